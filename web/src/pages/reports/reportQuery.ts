// The report's parameters as they live in the address (?unitCode&from&to&groupBy&includeChildren), the
// figure columns of the on-screen Biểu II.06a table, and the links from a figure to its dossiers.

import { withQuery } from '../../api/client';
import type { ReportFigure, ReportGroupByValue, ReportParams } from '../../api/reports';
import { parseLocalDate } from '../../lib/parse';

export const GROUP_BY_LABELS: Record<ReportGroupByValue, string> = {
  field: 'Lĩnh vực',
  procedure: 'Thủ tục',
  unit: 'Đơn vị',
  channel: 'Kênh',
  source: 'Nguồn',
};
const GROUPS = Object.keys(GROUP_BY_LABELS) as ReportGroupByValue[];

/** Every figure by its name in sentences ("Hồ sơ <label>"). */
export const FIGURE_LABELS: Record<ReportFigure, string> = {
  'received.total': 'Tổng số hồ sơ',
  'received.new': 'Mới tiếp nhận',
  'received.carriedOver': 'Kỳ trước chuyển sang',
  'received.online': 'Mới tiếp nhận trực tuyến',
  'received.direct': 'Mới tiếp nhận trực tiếp',
  'received.postal': 'Mới tiếp nhận qua bưu chính',
  'resolved.total': 'Đã giải quyết',
  'resolved.early': 'Giải quyết trước hạn',
  'resolved.onTime': 'Giải quyết đúng hạn',
  'resolved.late': 'Giải quyết quá hạn',
  refused: 'Từ chối',
  withdrawn: 'Rút hồ sơ',
  stopped: 'Dừng xử lý',
  'inProgress.total': 'Đang giải quyết',
  'inProgress.withinDeadline': 'Đang giải quyết trong hạn',
  'inProgress.overdue': 'Đang giải quyết quá hạn',
  'paused.total': 'Tạm dừng',
  'paused.supplement': 'Tạm dừng chờ bổ sung',
  'paused.financialObligation': 'Tạm dừng chờ nghĩa vụ tài chính',
};
export const FIGURES = Object.keys(FIGURE_LABELS) as ReportFigure[];

/** Columns of the table, left to right (the header rows are drawn in ResultsTable). */
export const TABLE_FIGURES: readonly ReportFigure[] = [
  'received.total',
  'received.carriedOver',
  'received.online',
  'received.direct',
  'received.postal',
  'resolved.total',
  'resolved.early',
  'resolved.onTime',
  'resolved.late',
  'refused',
  'withdrawn',
  'stopped',
  'inProgress.total',
  'inProgress.withinDeadline',
  'inProgress.overdue',
  'paused.supplement',
  'paused.financialObligation',
];

/** The report parameters in the address, or null when the period is missing or not a date. */
export function readReportParams(params: URLSearchParams): ReportParams | null {
  const unitCode = params.get('unitCode');
  const from = parseLocalDate(params.get('from') ?? '');
  const to = parseLocalDate(params.get('to') ?? '');
  if (!unitCode || !from || !to) return null;
  const g = params.get('groupBy');
  return {
    unitCode,
    from,
    to,
    groupBy: GROUPS.includes(g as ReportGroupByValue) ? (g as ReportGroupByValue) : 'field',
    includeChildren: params.get('includeChildren') === 'true' ? 'true' : 'false',
  };
}

export function reportPath(p: ReportParams): string {
  return withQuery('/bao-cao', p);
}

export function figurePath(p: ReportParams, figure: ReportFigure, row?: { key: string; label: string }) {
  return withQuery('/bao-cao/ho-so', { ...p, figure, key: row?.key, rowLabel: row?.label });
}

/** A figure path from the address, or null. */
export function readFigure(params: URLSearchParams): ReportFigure | null {
  const f = params.get('figure');
  return FIGURES.includes(f as ReportFigure) ? (f as ReportFigure) : null;
}
