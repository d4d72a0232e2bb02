/**
 * Sổ theo dõi hồ sơ (Mẫu 06) as an xlsx, STREAMED: the national header block, the title, the period
 * line and the two-level headers, then one row per dossier written and committed as it arrives from
 * the keyset reader, so a register of 100,000 dossiers never sits in memory (exceljs WorkbookWriter).
 * Times New Roman, A4 landscape, the same cells as the PDF (registerCells).
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { COUNTRY, MOTTO } from '../../domain/reports/index.js';
import type { FormHeader, RegisterRow } from '../models.js';
import { REGISTER_HEADERS, registerCells, TRACKING_REGISTER_TITLE } from '../tracking-register.js';
import { BORDER, FONT, PAGE_SETUP, putCell, putNationalHeader, putTwoLevelHeaders } from './form-xlsx.js';

export const REGISTER_CODE = 'Mẫu số 06';
const HEADER_TOP = 8;
const WIDTHS = [6, 20, 40, 8, 24, 30, 14, 12, 12, 12, 12, 12, 20, 16, 14];

export type RegisterFile = { header: FormHeader; periodLine: string; rows: AsyncIterable<RegisterRow> };

/** Writes the workbook to `out`; resolves with the number of dossier rows once the file is complete. */
export async function writeRegisterXlsx(file: RegisterFile, out: Writable): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'MotCua';
  const ws = wb.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { ...PAGE_SETUP },
    views: [{ state: 'frozen', ySplit: HEADER_TOP + 1 }],
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const columns = WIDTHS.length;
  putNationalHeader(ws, columns, {
    superior: file.header.superior ?? null,
    unit: file.header.issuer,
    country: COUNTRY,
    motto: MOTTO,
    code: REGISTER_CODE,
  });
  putCell(ws, [5, 1, 5, columns], TRACKING_REGISTER_TITLE, { bold: true, size: 14 });
  putCell(ws, [6, 1, 6, columns], file.periodLine, { italic: true });
  const top = HEADER_TOP;
  putTwoLevelHeaders(ws, top, REGISTER_HEADERS);

  const font = { name: FONT, size: 11 };
  let n = 0;
  for await (const row of file.rows) {
    n += 1;
    const line = ws.getRow(top + 1 + n);
    registerCells(row, n).forEach((text, i) => {
      const cell = line.getCell(i + 1);
      cell.value = text;
      cell.font = font;
      cell.border = BORDER;
      cell.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: i === 0 || i === 3 ? 'center' : 'left',
      };
    });
    line.commit();
  }
  if (n === 0) putCell(ws, [top + 2, 1, top + 2, columns], '(Chưa có hồ sơ trong kỳ)', { italic: true });
  ws.commit();
  await wb.commit();
  return n;
}
