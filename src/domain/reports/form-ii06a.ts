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
import type { DossierResultFigures } from './figures.js';
import type { ReportGroupBy } from './labels.js';
import { GROUP_BY_HEADINGS } from './labels.js';
import type { ReportPeriod } from './period.js';
import { formFrame, type HeaderGroup, type StatisticalForm } from './statistical-form.js';

export const II06A_CODE = 'Biểu II.06a/VPCP/KSTT';
export const II06A_TITLE =
  'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
export const DOSSIER_MEASURE = 'Đơn vị tính: Số hồ sơ TTHC';

/** The 13 columns of Biểu II.06a/b; column 2 is headed by what the rows are. */
export function ii06aHeaders(groupBy: ReportGroupBy): HeaderGroup[] {
  return dossierResultHeaders(GROUP_BY_HEADINGS[groupBy]);
}

export function dossierResultHeaders(rowHeading: string): HeaderGroup[] {
  return [
    { heading: 'TT', sub: null },
    { heading: rowHeading, sub: null },
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

export type II06aModel = StatisticalForm;

export function buildII06a(input: II06aInput): II06aModel {
  return {
    ...formFrame(input, {
      code: II06A_CODE,
      sheetName: 'Biểu II.06a',
      title: II06A_TITLE,
      measure: DOSSIER_MEASURE,
      headers: ii06aHeaders(input.groupBy),
    }),
    rows: input.rows.map((r, i) => ({
      no: String(i + 1),
      label: r.label,
      values: ii06aValues(r),
      kind: 'detail' as const,
    })),
    totalRow: { no: '', label: 'Tổng cộng', values: ii06aValues(input.total) },
    notes: [],
  };
}
