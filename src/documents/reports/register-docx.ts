/**
 * Sổ theo dõi hồ sơ (Mẫu 06) as a Word document: the national header, title, period line and the
 * register table with its two-level headers repeated on every page. Drawn in memory, so the caller
 * bounds the rows (the xlsx is the unbounded format).
 */
import { Table, TableLayoutType, TableRow, WidthType } from 'docx';
import { COUNTRY, MOTTO } from '../../domain/reports/index.js';
import type { FormHeader, RegisterRow } from '../models.js';
import {
  REGISTER_COLUMNS,
  REGISTER_HEADERS,
  registerCells,
  TRACKING_REGISTER_TITLE,
} from '../tracking-register.js';
import { cell, formDocument, headerRows, nationalHeaderBlocks, para, TEXT_WIDTH } from './form-docx.js';
import { REGISTER_CODE } from './register-xlsx.js';

export async function renderRegisterDocx(file: {
  header: FormHeader;
  periodLine: string;
  rows: readonly RegisterRow[];
}): Promise<Buffer> {
  const weights = REGISTER_COLUMNS.map((c) => c.weight);
  const sum = weights.reduce((a, b) => a + b, 0);
  const body = file.rows.map(
    (row, i) =>
      new TableRow({
        children: registerCells(row, i + 1).map((text, c) =>
          cell([para({ text, size: 9 }, c === 0 || c === 3 ? 'center' : 'left')]),
        ),
      }),
  );
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum)),
    rows: [...headerRows(REGISTER_HEADERS, 9), ...body],
  });
  return formDocument(`${TRACKING_REGISTER_TITLE} — ${file.header.issuer}`, [
    nationalHeaderBlocks({
      superior: file.header.superior ?? null,
      unit: file.header.issuer,
      country: COUNTRY,
      motto: MOTTO,
    }),
    para({ text: REGISTER_CODE, bold: true }, 'right'),
    para({ text: TRACKING_REGISTER_TITLE, bold: true, size: 14 }),
    para({ text: file.periodLine, italic: true }),
    file.rows.length ? table : para({ text: '(Chưa có hồ sơ trong kỳ)', italic: true }),
  ]);
}
