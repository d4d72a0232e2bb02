/**
 * Biểu II.05a/VPCP/KSTT (one unit, rows by the subject of the feedback) and II.05b (a locality, one row
 * per unit) in the shared statistical-form frame. The official II.05a/b columns were not retrieved
 * (legal-rules §10.3 [NOT FOUND]); the columns are the measures the notes infer: received (new, carried
 * over), handled (on time, late), returned as outside the unit's competence, in progress (within the
 * deadline, overdue). Identity on every row: col 3 = col 6 + col 9 + col 10 (ADR 0016).
 */
import { formFrame, type HeaderGroup, type StatisticalForm } from '../reports/statistical-form.js';
import type { FeedbackReportFigures } from './report.js';

export const II05A_CODE = 'Biểu II.05a/VPCP/KSTT';
export const II05B_CODE = 'Biểu II.05b/VPCP/KSTT';
export const II05A_TITLE =
  'TÌNH HÌNH, KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ VỀ QUY ĐỊNH HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ';
export const II05B_TITLE =
  'TÌNH HÌNH, KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ VỀ QUY ĐỊNH HÀNH CHÍNH TẠI ĐỊA PHƯƠNG';
export const FEEDBACK_MEASURE = 'Đơn vị tính: Số phản ánh, kiến nghị';

export function feedbackHeaders(rowHeading: string): HeaderGroup[] {
  return [
    { heading: 'TT', sub: null },
    { heading: rowHeading, sub: null },
    {
      heading: 'Số phản ánh, kiến nghị tiếp nhận',
      sub: ['Tổng số', 'Mới tiếp nhận trong kỳ', 'Từ kỳ trước'],
    },
    { heading: 'Số phản ánh, kiến nghị đã xử lý', sub: ['Tổng số', 'Đúng hạn', 'Quá hạn'] },
    { heading: 'Trả lại do không thuộc thẩm quyền', sub: null },
    { heading: 'Số phản ánh, kiến nghị đang xử lý', sub: ['Tổng số', 'Trong hạn', 'Quá hạn'] },
  ];
}

/** Columns 3–12 of one row. */
export function ii05Values(f: FeedbackReportFigures): number[] {
  return [
    f.receivedTotal,
    f.receivedNew,
    f.carriedOver,
    f.answeredTotal,
    f.answeredOnTime,
    f.answeredLate,
    f.rejected,
    f.pendingTotal,
    f.pendingWithinDeadline,
    f.pendingOverdue,
  ];
}

export type II05Input = {
  form: 'ii05a' | 'ii05b';
  unitName: string;
  superiorName: string | null;
  period: { from: string; to: string };
  rows: ({ label: string } & FeedbackReportFigures)[];
  total: FeedbackReportFigures;
};

export function buildII05(input: II05Input): StatisticalForm {
  const a = input.form === 'ii05a';
  return {
    ...formFrame(input, {
      code: a ? II05A_CODE : II05B_CODE,
      sheetName: a ? 'Biểu II.05a' : 'Biểu II.05b',
      title: a ? II05A_TITLE : II05B_TITLE,
      measure: FEEDBACK_MEASURE,
      headers: feedbackHeaders(a ? 'Nội dung phản ánh, kiến nghị' : 'Cơ quan, đơn vị'),
    }),
    rows: input.rows.map((r, i) => ({
      no: String(i + 1),
      label: r.label,
      values: ii05Values(r),
      kind: 'detail',
    })),
    totalRow: { no: '', label: 'Tổng cộng', values: ii05Values(input.total) },
    notes: [
      'Cột (3) = cột (6) + cột (9) + cột (10). Đúng hạn: trả lời trong thời hạn tính theo ngày làm việc kể từ ngày tiếp nhận.',
    ],
  };
}
