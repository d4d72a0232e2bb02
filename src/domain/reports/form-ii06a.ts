/**
 * Biểu II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP), legal-rules §10.1: the layout model of the form,
 * filled from the dossier-results figures. Renderers (xlsx, docx, screen) draw this model and decide
 * nothing. Column mapping (13 numbered columns):
 *   3 = received.total; 4 = online (new); 5 = direct + postal (new); 6 = carried over;
 *   7 = finished in the period = resolved + refused + withdrawn + stopped;
 *   8 = resolved early; 9 = resolved on time + refused + withdrawn + stopped (the form's note: "bao gồm
 *   cả hồ sơ … trả lại/xin rút"); 10 = resolved late;
 *   11 = open at the end = in progress + paused; 12 = within deadline + paused (note: "bao gồm cả hồ
 *   sơ chờ bổ sung"); 13 = overdue.
 * Hence col 3 = col 7 + col 11 on every row (the report invariant).
 */
import { formatLocalDate } from '../format/vi.js';
import type { DossierResultFigures } from './figures.js';
import type { ReportGroupBy } from './labels.js';
import { GROUP_BY_HEADINGS } from './labels.js';
import type { ReportPeriod } from './period.js';

export const II06A_CODE = 'Biểu II.06a/VPCP/KSTT';
export const II06A_TITLE =
  'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
export const II06A_BASIS = '(Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020)';
export const II06A_MEASURE = 'Đơn vị tính: Số hồ sơ TTHC';
export const COUNTRY = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** A top-level header: either one column spanning both header rows, or a group of sub-columns. */
export type HeaderGroup = { heading: string; sub: string[] | null };

export function ii06aHeaders(groupBy: ReportGroupBy): HeaderGroup[] {
  return [
    { heading: 'TT', sub: null },
    { heading: GROUP_BY_HEADINGS[groupBy], sub: null },
    {
      heading: 'Số hồ sơ nhận giải quyết',
      sub: ['Tổng số', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước'],
    },
    { heading: 'Số hồ sơ đã giải quyết', sub: ['Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn'] },
    { heading: 'Số hồ sơ đang giải quyết', sub: ['Tổng số', 'Trong hạn', 'Quá hạn'] },
  ];
}

/** Columns 3–13 of one row. */
export function ii06aValues(f: DossierResultFigures): number[] {
  const finishedOther = f.refused + f.withdrawn + f.stopped;
  return [
    f.received.total,
    f.received.online,
    f.received.direct + f.received.postal,
    f.received.carriedOver,
    f.resolved.total + finishedOther,
    f.resolved.early,
    f.resolved.onTime + finishedOther,
    f.resolved.late,
    f.inProgress.total + f.paused.total,
    f.inProgress.withinDeadline + f.paused.total,
    f.inProgress.overdue,
  ];
}

export type II06aInput = {
  unitName: string;
  /** The superior body printed above the unit (e.g. the province), if any. */
  superiorName: string | null;
  period: ReportPeriod;
  groupBy: ReportGroupBy;
  rows: ({ label: string } & DossierResultFigures)[];
  total: DossierResultFigures;
};

export type II06aModel = {
  code: string;
  superior: string | null;
  unit: string;
  country: string;
  motto: string;
  title: string;
  basis: string;
  periodLine: string;
  reportingUnitLine: string;
  measure: string;
  headers: HeaderGroup[];
  /** Column numbers 1…13 printed under the headers. */
  columnNumbers: number[];
  rows: { no: string; label: string; values: number[] }[];
  totalRow: { no: string; label: string; values: number[] };
  placeDateLine: string;
  signatures: { title: string; note: string }[];
};

export function buildII06a(input: II06aInput): II06aModel {
  const headers = ii06aHeaders(input.groupBy);
  const columns = headers.reduce((n, h) => n + (h.sub ? h.sub.length : 1), 0);
  return {
    code: II06A_CODE,
    superior: input.superiorName,
    unit: input.unitName,
    country: COUNTRY,
    motto: MOTTO,
    title: II06A_TITLE,
    basis: II06A_BASIS,
    periodLine: `Kỳ báo cáo: từ ngày ${formatLocalDate(input.period.from)} đến ngày ${formatLocalDate(input.period.to)}`,
    reportingUnitLine: `Đơn vị báo cáo: ${input.unitName}`,
    measure: II06A_MEASURE,
    headers,
    columnNumbers: Array.from({ length: columns }, (_, i) => i + 1),
    rows: input.rows.map((r, i) => ({ no: String(i + 1), label: r.label, values: ii06aValues(r) })),
    totalRow: { no: '', label: 'Tổng cộng', values: ii06aValues(input.total) },
    placeDateLine: '……, ngày …… tháng …… năm ……',
    signatures: [
      { title: 'NGƯỜI LẬP BIỂU', note: '(Ký, ghi rõ họ tên)' },
      { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký tên, đóng dấu)' },
    ],
  };
}
