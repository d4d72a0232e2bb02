/**
 * Biểu II.06a as an xlsx workbook: national header block (unit left, country and motto right), the
 * form code, title, period line, two-level merged column headers with the column numbers, one row
 * per group and the total row, the signature lines; Times New Roman throughout, A4 landscape.
 */
import ExcelJS from 'exceljs';
import type { II06aModel } from '../../domain/reports/index.js';

const FONT = 'Times New Roman';
const COLUMNS = 13;
const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export async function renderII06aXlsx(model: II06aModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  const ws = wb.addWorksheet('Biểu II.06a', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 6 }, { width: 42 }, ...Array.from({ length: COLUMNS - 2 }, () => ({ width: 11 }))];

  const put = (
    range: [number, number, number, number],
    value: string | number,
    style: { bold?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' | 'right' } = {},
  ) => {
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
  };

  // National header block.
  if (model.superior) put([1, 1, 1, 4], model.superior.toUpperCase());
  put([2, 1, 2, 4], model.unit.toUpperCase(), { bold: true });
  put([1, 6, 1, 13], model.country, { bold: true });
  put([2, 6, 2, 13], model.motto, { bold: true, size: 13 });
  put([3, 10, 3, 13], model.code, { bold: true, align: 'right' });

  // Title block.
  put([5, 1, 5, 13], model.title, { bold: true, size: 14 });
  ws.getRow(5).height = 36;
  put([6, 1, 6, 13], model.basis, { italic: true });
  put([7, 1, 7, 13], model.periodLine);
  put([8, 1, 8, 13], model.reportingUnitLine);
  put([9, 10, 9, 13], model.measure, { italic: true, align: 'right' });

  // Two-level headers: a single heading spans both rows, a group spans its sub-columns.
  const top = 10;
  let col = 1;
  for (const h of model.headers) {
    if (!h.sub) {
      put([top, col, top + 1, col], h.heading, { bold: true });
      col += 1;
      continue;
    }
    put([top, col, top, col + h.sub.length - 1], h.heading, { bold: true });
    h.sub.forEach((s, i) => {
      put([top + 1, col + i, top + 1, col + i], s, { bold: true });
    });
    col += h.sub.length;
  }
  ws.getRow(top + 1).height = 48;
  model.columnNumbers.forEach((n, i) => {
    put([top + 2, i + 1, top + 2, i + 1], `(${n})`, { italic: true });
  });

  // Body: one row per group, then the total.
  let r = top + 3;
  for (const row of [...model.rows, model.totalRow]) {
    const isTotal = row === model.totalRow;
    put([r, 1, r, 1], row.no, { bold: isTotal });
    put([r, 2, r, 2], row.label, { bold: isTotal, align: 'left' });
    row.values.forEach((v, i) => {
      put([r, i + 3, r, i + 3], v, { bold: isTotal });
    });
    r += 1;
  }
  for (let y = top; y < r; y++) for (let x = 1; x <= COLUMNS; x++) ws.getCell(y, x).border = BORDER;

  // Signatures.
  r += 1;
  put([r, 9, r, 13], model.placeDateLine, { italic: true });
  r += 1;
  const [maker, head] = model.signatures;
  if (maker) {
    put([r, 1, r, 4], maker.title, { bold: true });
    put([r + 1, 1, r + 1, 4], maker.note, { italic: true });
  }
  if (head) {
    put([r, 9, r, 13], head.title, { bold: true });
    put([r + 1, 9, r + 1, 13], head.note, { italic: true });
  }
  ws.views = [{ state: 'frozen', ySplit: top + 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
