/** Groupings of the dossier-results report and the Vietnamese words users read for them. */
import type { ReportChannel } from './classify-dossier.js';

export const REPORT_GROUP_BY = ['field', 'procedure', 'unit', 'channel', 'source'] as const;
export type ReportGroupBy = (typeof REPORT_GROUP_BY)[number];

/** Heading of column 2 of the forms for each grouping. */
export const GROUP_BY_HEADINGS: Readonly<Record<ReportGroupBy, string>> = Object.freeze({
  field: 'Lĩnh vực giải quyết',
  procedure: 'Thủ tục hành chính',
  unit: 'Đơn vị',
  channel: 'Cách thức nộp hồ sơ',
  source: 'Nguồn hồ sơ',
});

export const CHANNEL_LABELS: Readonly<Record<ReportChannel, string>> = Object.freeze({
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Dịch vụ bưu chính công ích',
});

/** Known dossier sources; any other source is shown by its code. */
export const SOURCE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  motcua: 'Hệ thống một cửa (MotCua)',
  dvcqg: 'Cổng Dịch vụ công quốc gia',
});

export function sourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}
