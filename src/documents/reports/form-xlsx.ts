/**
 * A statistical form (Biểu II.06a, II.06b, II.07b — domain/reports/statistical-form.ts) as an xlsx
 * workbook: national header block (unit left, country and motto right), the form code, title, period
 * line, two-level merged column headers with the column numbers, the body rows (section rows bold),
 * the total row, the notes and the signature lines; Times New Roman throughout, A4 landscape.
 * The header helpers are shared with the streamed register (register-xlsx.ts).
 */
import ExcelJS from 'exceljs';
import type { HeaderGroup, StatisticalForm } from '../../domain/reports/index.js';

export const FONT = 'Times New Roman';
const thin = { style: 'thin' as const };
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export type CellStyle = {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right';
  border?: boolean;
};
type Range = [number, number, number, number];

/** Writes a value into a (merged) range of the sheet with the form's font and alignment. */
export function putCell(ws: ExcelJS.Worksheet, range: Range, value: string | number, style: CellStyle = {}) {
  const [r1, c1, r2, c2] = range;
  if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
  const cell = ws.getCell(r1, c1);
  cell.value = value;
  cell.font = {
    name: FONT,
    size: style.size ?? 12,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
  };
  cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: true };
  if (style.border) {
    for (let y = r1; y <= r2; y++) for (let x = c1; x <= c2; x++) ws.getCell(y, x).border = BORDER;
  }
}

/**
 * The national header block over `columns` columns: superior and unit on the left, country and motto
 * on the right, the form code under them on the right. Occupies rows 1–3.
 */
export function putNationalHeader(
  ws: ExcelJS.Worksheet,
  columns: number,
  h: { superior: string | null; unit: string; country: string; motto: string; code: string },
) {
  const split = Math.max(2, Math.floor(columns * 0.35));
  if (h.superior) putCell(ws, [1, 1, 1, split], h.superior.toUpperCase());
  putCell(ws, [2, 1, 2, split], h.unit.toUpperCase(), { bold: true });
  putCell(ws, [1, split + 2, 1, columns], h.country, { bold: true });
  putCell(ws, [2, split + 2, 2, columns], h.motto, { bold: true, size: 13 });
  putCell(ws, [3, Math.max(1, columns - 3), 3, columns], h.code, { bold: true, align: 'right' });
}

/** Two-level headers at row `top` (and top + 1); a heading without sub-columns spans both rows. */
export function putTwoLevelHeaders(ws: ExcelJS.Worksheet, top: number, headers: readonly HeaderGroup[]) {
  let col = 1;
  for (const h of headers) {
    if (!h.sub) {
      putCell(ws, [top, col, top + 1, col], h.heading, { bold: true, border: true });
      col += 1;
      continue;
    }
    putCell(ws, [top, col, top, col + h.sub.length - 1], h.heading, { bold: true, border: true });
    h.sub.forEach((s, i) => {
      putCell(ws, [top + 1, col + i, top + 1, col + i], s, { bold: true, border: true });
    });
    col += h.sub.length;
  }
  ws.getRow(top + 1).height = 48;
}

/** Signature lines from row `r`: the maker on the left, the head of the unit on the right. */
export function putSignatures(
  ws: ExcelJS.Worksheet,
  r: number,
  columns: number,
  form: Pick<StatisticalForm, 'placeDateLine' | 'signatures'>,
) {
  const right = Math.max(1, columns - 4);
  putCell(ws, [r, right, r, columns], form.placeDateLine, { italic: true });
  const [maker, head] = form.signatures;
  if (maker) {
    putCell(ws, [r + 1, 1, r + 1, 4], maker.title, { bold: true });
    putCell(ws, [r + 2, 1, r + 2, 4], maker.note, { italic: true });
  }
  if (head) {
    putCell(ws, [r + 1, right, r + 1, columns], head.title, { bold: true });
    putCell(ws, [r + 2, right, r + 2, columns], head.note, { italic: true });
  }
}

export const PAGE_SETUP = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
} as const;

export async function renderStatisticalFormXlsx(model: StatisticalForm): Promise<Buffer> {
  const columns = model.columnNumbers.length;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  const ws = wb.addWorksheet(model.sheetName, { pageSetup: { ...PAGE_SETUP } });
  ws.columns = [{ width: 6 }, { width: 42 }, ...Array.from({ length: columns - 2 }, () => ({ width: 11 }))];

  putNationalHeader(ws, columns, model);
  putCell(ws, [5, 1, 5, columns], model.title, { bold: true, size: 14 });
  ws.getRow(5).height = 36;
  putCell(ws, [6, 1, 6, columns], model.basis, { italic: true });
  putCell(ws, [7, 1, 7, columns], model.periodLine);
  putCell(ws, [8, 1, 8, columns], model.reportingUnitLine);
  putCell(ws, [9, columns - 3, 9, columns], model.measure, { italic: true, align: 'right' });

  const top = 10;
  putTwoLevelHeaders(ws, top, model.headers);
  model.columnNumbers.forEach((n, i) => {
    putCell(ws, [top + 2, i + 1, top + 2, i + 1], `(${n})`, { italic: true, border: true });
  });

  let r = top + 3;
  const body = [...model.rows, { ...model.totalRow, kind: 'total' as const }];
  for (const row of body) {
    const bold = row.kind !== 'detail';
    putCell(ws, [r, 1, r, 1], row.no, { bold, border: true });
    putCell(ws, [r, 2, r, 2], row.label, { bold, align: 'left', border: true });
    row.values.forEach((v, i) => {
      putCell(ws, [r, i + 3, r, i + 3], v, { bold, border: true });
    });
    r += 1;
  }
  for (const note of model.notes) {
    putCell(ws, [r, 1, r, columns], note, { italic: true, size: 11, align: 'left' });
    r += 1;
  }
  putSignatures(ws, r + 1, columns, model);
  ws.views = [{ state: 'frozen', ySplit: top + 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
