/**
 * A statistical form (Biểu II.06a, II.06b, II.07b) as a Word document: the same header block, title,
 * period line and table (two-level merged headers, column numbers, section and detail rows, total)
 * as the xlsx, then the notes and the signature lines; Times New Roman, A4 landscape. The block
 * helpers are shared with the register (register-docx.ts).
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
import type { HeaderGroup, StatisticalForm } from '../../domain/reports/index.js';

export const FONT = 'Times New Roman';
/** A4 landscape width minus the left and right margins, in twentieths of a point. */
export const TEXT_WIDTH = 16838 - 1100 - 1000;
export type Run = { text: string; bold?: boolean; italic?: boolean; size?: number };

export const para = (runs: Run | Run[], align: 'left' | 'center' | 'right' = 'center') =>
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

export const cell = (
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
export function twoBlocks(left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, { width: 40 }), cell(right, { width: 60 })] })],
  });
}

/** The two header rows of a table with two-level headers (repeated on every page). */
export function headerRows(headers: readonly HeaderGroup[], size = 11): TableRow[] {
  const bold = (text: string) => para({ text, bold: true, size });
  const topRow: TableCell[] = [];
  const subRow: TableCell[] = [];
  for (const h of headers) {
    if (!h.sub) topRow.push(cell([bold(h.heading)], { rowSpan: 2 }));
    else {
      topRow.push(cell([bold(h.heading)], { columnSpan: h.sub.length }));
      for (const s of h.sub) subRow.push(cell([bold(s)]));
    }
  }
  return [
    new TableRow({ tableHeader: true, children: topRow }),
    new TableRow({ tableHeader: true, children: subRow }),
  ];
}

function dataTable(model: StatisticalForm): Table {
  const numbers = model.columnNumbers.map((n) => cell([para({ text: `(${n})`, italic: true, size: 11 })]));
  const body = [...model.rows, { ...model.totalRow, kind: 'total' as const }].map((row) => {
    const b = row.kind !== 'detail';
    return new TableRow({
      children: [
        cell([para({ text: row.no, bold: b, size: 11 })]),
        cell([para({ text: row.label, bold: b, size: 11 }, 'left')]),
        ...row.values.map((v) => cell([para({ text: String(v), bold: b, size: 11 })])),
      ],
    });
  });
  const figures = model.columnNumbers.length - 2;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: [
      600,
      3400,
      ...Array.from({ length: figures }, () => Math.floor((TEXT_WIDTH - 4000) / figures)),
    ],
    rows: [...headerRows(model.headers), new TableRow({ children: numbers }), ...body],
  });
}

/** Left block: superior and unit; right block: country and motto (the national header). */
export function nationalHeaderBlocks(h: {
  superior: string | null;
  unit: string;
  country: string;
  motto: string;
}): Table {
  return twoBlocks(
    [
      ...(h.superior ? [para({ text: h.superior.toUpperCase() })] : []),
      para({ text: h.unit.toUpperCase(), bold: true }),
    ],
    [para({ text: h.country, bold: true }), para({ text: h.motto, bold: true, size: 13 })],
  );
}

/** The signature blocks: the maker on the left, the place and date and the head on the right. */
export function signatureBlocks(form: Pick<StatisticalForm, 'placeDateLine' | 'signatures'>): Table {
  const [maker, head] = form.signatures;
  return twoBlocks(
    maker
      ? [
          para({ text: '' }),
          para({ text: maker.title, bold: true }),
          para({ text: maker.note, italic: true }),
        ]
      : [],
    head
      ? [
          para({ text: form.placeDateLine, italic: true }),
          para({ text: head.title, bold: true }),
          para({ text: head.note, italic: true }),
        ]
      : [],
  );
}

/** A4 landscape section properties of the forms. */
export const LANDSCAPE_PAGE = {
  page: {
    size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
    margin: { top: 1000, bottom: 1000, left: 1100, right: 1000 },
  },
};

export function formDocument(title: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'MotCua',
    title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{ properties: LANDSCAPE_PAGE, children }],
  });
  return Packer.toBuffer(doc);
}

export async function renderStatisticalFormDocx(model: StatisticalForm): Promise<Buffer> {
  return formDocument(`${model.code} — ${model.unit}`, [
    nationalHeaderBlocks(model),
    para({ text: model.code, bold: true }, 'right'),
    para({ text: '' }),
    para({ text: model.title, bold: true, size: 14 }),
    para({ text: model.basis, italic: true }),
    para({ text: model.periodLine }),
    para({ text: model.reportingUnitLine }),
    para({ text: model.measure, italic: true }, 'right'),
    dataTable(model),
    ...model.notes.map((n) => para({ text: n, italic: true, size: 11 }, 'left')),
    para({ text: '' }),
    signatureBlocks(model),
  ]);
}
