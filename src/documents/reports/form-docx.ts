/**
 * Biểu II.06a as a Word document: the same header block, title, period line and table (two-level
 * merged headers, column numbers, group rows, total) as the xlsx, then the signature lines;
 * Times New Roman, A4 landscape.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { II06aModel } from '../../domain/reports/index.js';

const FONT = 'Times New Roman';
/** A4 landscape width minus the left and right margins, in twentieths of a point. */
const TEXT_WIDTH = 16838 - 1100 - 1000;
type Run = { text: string; bold?: boolean; italic?: boolean; size?: number };

const para = (runs: Run | Run[], align: 'left' | 'center' | 'right' = 'center') =>
  new Paragraph({
    alignment:
      align === 'left' ? AlignmentType.LEFT : align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    children: (Array.isArray(runs) ? runs : [runs]).map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold ?? false,
          italics: r.italic ?? false,
          size: (r.size ?? 12) * 2,
          font: FONT,
        }),
    ),
  });

const cell = (
  children: Paragraph[],
  opts: { columnSpan?: number; rowSpan?: number; width?: number; borderless?: boolean } = {},
) =>
  new TableCell({
    children,
    verticalAlign: VerticalAlign.CENTER,
    ...(opts.columnSpan ? { columnSpan: opts.columnSpan } : {}),
    ...(opts.rowSpan ? { rowSpan: opts.rowSpan } : {}),
    ...(opts.width ? { width: { size: opts.width, type: WidthType.PERCENTAGE } } : {}),
    ...(opts.borderless ? { borders: TableBorders.NONE } : {}),
  });

/** Two borderless columns: left block and right block. */
function twoBlocks(left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, { width: 40 }), cell(right, { width: 60 })] })],
  });
}

function dataTable(model: II06aModel): Table {
  const bold = (text: string) => para({ text, bold: true, size: 11 });
  const topRow: TableCell[] = [];
  const subRow: TableCell[] = [];
  for (const h of model.headers) {
    if (!h.sub) topRow.push(cell([bold(h.heading)], { rowSpan: 2 }));
    else {
      topRow.push(cell([bold(h.heading)], { columnSpan: h.sub.length }));
      for (const s of h.sub) subRow.push(cell([bold(s)]));
    }
  }
  const numbers = model.columnNumbers.map((n) => cell([para({ text: `(${n})`, italic: true, size: 11 })]));
  const body = [...model.rows, model.totalRow].map((row) => {
    const b = row === model.totalRow;
    return new TableRow({
      children: [
        cell([para({ text: row.no, bold: b, size: 11 })]),
        cell([para({ text: row.label, bold: b, size: 11 }, 'left')]),
        ...row.values.map((v) => cell([para({ text: String(v), bold: b, size: 11 })])),
      ],
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: [600, 3400, ...Array.from({ length: 11 }, () => Math.floor((TEXT_WIDTH - 4000) / 11))],
    rows: [
      new TableRow({ tableHeader: true, children: topRow }),
      new TableRow({ tableHeader: true, children: subRow }),
      new TableRow({ children: numbers }),
      ...body,
    ],
  });
}

export async function renderII06aDocx(model: II06aModel): Promise<Buffer> {
  const [maker, head] = model.signatures;
  const doc = new Document({
    creator: 'MotCua',
    title: `${model.code} — ${model.unit}`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1000, bottom: 1000, left: 1100, right: 1000 },
          },
        },
        children: [
          twoBlocks(
            [
              ...(model.superior ? [para({ text: model.superior.toUpperCase() })] : []),
              para({ text: model.unit.toUpperCase(), bold: true }),
            ],
            [para({ text: model.country, bold: true }), para({ text: model.motto, bold: true, size: 13 })],
          ),
          para({ text: model.code, bold: true }, 'right'),
          para({ text: '' }),
          para({ text: model.title, bold: true, size: 14 }),
          para({ text: model.basis, italic: true }),
          para({ text: model.periodLine }),
          para({ text: model.reportingUnitLine }),
          para({ text: model.measure, italic: true }, 'right'),
          dataTable(model),
          para({ text: '' }),
          twoBlocks(
            maker
              ? [
                  para({ text: '' }),
                  para({ text: maker.title, bold: true }),
                  para({ text: maker.note, italic: true }),
                ]
              : [],
            head
              ? [
                  para({ text: model.placeDateLine, italic: true }),
                  para({ text: head.title, bold: true }),
                  para({ text: head.note, italic: true }),
                ]
              : [],
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
