/**
 * The frame every statistical form of Thông tư 01/2020/TT-VPCP shares (Biểu II.06a, II.06b, II.07b):
 * national header block, form code, title, period and reporting-unit lines, unit of measure, two-level
 * column headers with column numbers, numbered rows, a total row and the signature lines. The layout
 * models fill it; the xlsx, docx and screen renderers draw it and decide nothing.
 */
import { formatLocalDate } from '../format/vi.js';
import type { ReportPeriod } from './period.js';

export const FORM_BASIS = '(Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020)';
export const COUNTRY = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** A top-level header: either one column spanning both header rows, or a group of sub-columns. */
export type HeaderGroup = { heading: string; sub: string[] | null };

/**
 * One body row. `section` rows head a group of rows (Roman numeral, bold, their subtotal); `detail`
 * rows are numbered within their section.
 */
export type FormRow = { no: string; label: string; values: number[]; kind: 'section' | 'detail' };

export type StatisticalForm = {
  code: string;
  /** Worksheet name of the xlsx (at most 31 characters, no slash). */
  sheetName: string;
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
  /** Column numbers 1…n printed under the headers. */
  columnNumbers: number[];
  rows: FormRow[];
  totalRow: { no: string; label: string; values: number[] };
  placeDateLine: string;
  signatures: { title: string; note: string }[];
  /** Notes printed under the table (definitions the form needs), possibly none. */
  notes: string[];
};

export type FormFrameInput = {
  unitName: string;
  /** The superior body printed above the unit (e.g. the province), if any. */
  superiorName: string | null;
  period: ReportPeriod;
};

/** Number of data columns the headers span. */
export function columnCount(headers: readonly HeaderGroup[]): number {
  return headers.reduce((n, h) => n + (h.sub ? h.sub.length : 1), 0);
}

/** The parts of a form that do not depend on its table. */
export function formFrame(
  input: FormFrameInput,
  form: { code: string; sheetName: string; title: string; measure: string; headers: HeaderGroup[] },
): Omit<StatisticalForm, 'rows' | 'totalRow' | 'notes'> {
  return {
    code: form.code,
    sheetName: form.sheetName,
    superior: input.superiorName,
    unit: input.unitName,
    country: COUNTRY,
    motto: MOTTO,
    title: form.title,
    basis: FORM_BASIS,
    periodLine: `Kỳ báo cáo: từ ngày ${formatLocalDate(input.period.from)} đến ngày ${formatLocalDate(input.period.to)}`,
    reportingUnitLine: `Đơn vị báo cáo: ${input.unitName}`,
    measure: form.measure,
    headers: form.headers,
    columnNumbers: Array.from({ length: columnCount(form.headers) }, (_, i) => i + 1),
    placeDateLine: '……, ngày …… tháng …… năm ……',
    signatures: [
      { title: 'NGƯỜI LẬP BIỂU', note: '(Ký, ghi rõ họ tên)' },
      { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký tên, đóng dấu)' },
    ],
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Roman numeral of a section (1 → I), up to X; beyond that the Arabic number. */
export function sectionNumber(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}
