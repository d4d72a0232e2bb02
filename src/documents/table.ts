/**
 * Ruled tables whose rows grow with their wrapped text. A row never splits: when it does not fit, the table
 * continues on a new page and its header is drawn again. Header cells may be grouped under a shared caption.
 */
import { type FontFace, fontPath } from './fonts.js';
import { ensureSpace, type Form, newPage } from './pdf.js';

type Align = 'left' | 'center' | 'right';

export interface TableColumn {
  readonly header: string;
  /** Columns with the same consecutive group share a caption cell above their headers. */
  readonly group?: string;
  /** Relative width. */
  readonly weight: number;
  readonly align?: Align;
}

export type TableCell = string | { readonly text: string; readonly face?: FontFace; readonly align?: Align };

export interface TableOptions {
  readonly size: number;
  /** A row of column numbers `(1) (2) …` under the header, repeated with it. */
  readonly numbered?: boolean;
  readonly padding?: number;
  /** Rows are at least this tall (room for a hand signature). */
  readonly minRowHeight?: number;
}

interface Layout {
  readonly x: readonly number[];
  readonly w: readonly number[];
  readonly groupHeight: number;
  readonly columnHeight: number;
  readonly numberHeight: number;
}

export function table(
  form: Form,
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  options: TableOptions,
): void {
  const { doc } = form;
  const pad = options.padding ?? 3;
  const layout = measureHeader(form, columns, options, pad);
  const headerHeight = layout.groupHeight + layout.columnHeight + layout.numberHeight;
  const maxRowHeight = form.bottom - form.top - headerHeight;

  const firstRow = rows[0];
  const firstHeight = firstRow ? rowHeight(form, layout, firstRow, options.size, pad) : 0;
  ensureSpace(form, headerHeight + Math.max(firstHeight, options.minRowHeight ?? 0));
  drawHeader(form, columns, layout, options, pad);

  for (const row of rows) {
    const natural = Math.max(rowHeight(form, layout, row, options.size, pad), options.minRowHeight ?? 0);
    const height = Math.min(natural, maxRowHeight);
    if (doc.y + height > form.bottom) {
      newPage(form);
      drawHeader(form, columns, layout, options, pad);
    }
    const y = doc.y;
    columns.forEach((column, i) => {
      const cell = normalise(row[i] ?? '', column.align ?? 'left');
      box(form, layout.x[i] ?? 0, y, layout.w[i] ?? 0, height);
      write(form, cell.text, cell.face, options.size, layout.x[i] ?? 0, y + pad, layout.w[i] ?? 0, pad, {
        align: cell.align,
        height: height - 2 * pad,
      });
    });
    doc.y = y + height;
  }
  doc.x = form.left;
  doc.y += 6;
}

function measureHeader(
  form: Form,
  columns: readonly TableColumn[],
  options: TableOptions,
  pad: number,
): Layout {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const w = columns.map((c) => (form.width * c.weight) / total);
  const x: number[] = [];
  w.reduce((left, width) => {
    x.push(left);
    return left + width;
  }, form.left);

  const measure = (text: string, width: number) => textHeight(form, text, 'bold', options.size, width, pad);
  let groupHeight = 0;
  let grouped = 0;
  let single = 0;
  for (const span of groupSpans(columns)) {
    const spanWidth = w.slice(span.from, span.to).reduce((a, b) => a + b, 0);
    if (span.group) groupHeight = Math.max(groupHeight, measure(span.group, spanWidth));
    for (let i = span.from; i < span.to; i++) {
      const h = measure(columns[i]?.header ?? '', w[i] ?? 0);
      if (span.group) grouped = Math.max(grouped, h);
      else single = Math.max(single, h);
    }
  }
  const columnHeight = groupHeight > 0 ? Math.max(grouped, single - groupHeight) : single;
  const numberHeight = options.numbered ? options.size + 2 * pad : 0;
  return { x, w, groupHeight, columnHeight, numberHeight };
}

function drawHeader(
  form: Form,
  columns: readonly TableColumn[],
  layout: Layout,
  options: TableOptions,
  pad: number,
): void {
  const { doc } = form;
  const top = doc.y;
  const full = layout.groupHeight + layout.columnHeight;
  for (const span of groupSpans(columns)) {
    const left = layout.x[span.from] ?? 0;
    if (span.group) {
      const spanWidth = layout.w.slice(span.from, span.to).reduce((a, b) => a + b, 0);
      headerCell(form, span.group, left, top, spanWidth, layout.groupHeight, options.size, pad);
    }
    for (let i = span.from; i < span.to; i++) {
      const y = span.group ? top + layout.groupHeight : top;
      const h = span.group ? layout.columnHeight : full;
      headerCell(form, columns[i]?.header ?? '', layout.x[i] ?? 0, y, layout.w[i] ?? 0, h, options.size, pad);
    }
  }
  if (layout.numberHeight > 0) {
    columns.forEach((_, i) => {
      const y = top + full;
      box(form, layout.x[i] ?? 0, y, layout.w[i] ?? 0, layout.numberHeight);
      write(form, `(${i + 1})`, 'italic', options.size, layout.x[i] ?? 0, y + pad, layout.w[i] ?? 0, pad, {
        align: 'center',
      });
    });
  }
  doc.y = top + full + layout.numberHeight;
}

function headerCell(
  form: Form,
  text: string,
  x: number,
  y: number,
  w: number,
  h: number,
  size: number,
  pad: number,
): void {
  box(form, x, y, w, h);
  const textH = textHeight(form, text, 'bold', size, w, pad) - 2 * pad;
  write(form, text, 'bold', size, x, y + Math.max(pad, (h - textH) / 2), w, pad, { align: 'center' });
}

interface Span {
  readonly group: string | undefined;
  readonly from: number;
  readonly to: number;
}

function groupSpans(columns: readonly TableColumn[]): Span[] {
  const spans: Span[] = [];
  columns.forEach((column, i) => {
    const last = spans.at(-1);
    if (last && column.group && last.group === column.group) spans[spans.length - 1] = { ...last, to: i + 1 };
    else spans.push({ group: column.group, from: i, to: i + 1 });
  });
  return spans;
}

function rowHeight(form: Form, layout: Layout, row: readonly TableCell[], size: number, pad: number): number {
  let height = size + 2 * pad;
  row.forEach((raw, i) => {
    const cell = normalise(raw, 'left');
    height = Math.max(height, textHeight(form, cell.text, cell.face, size, layout.w[i] ?? 0, pad));
  });
  return Math.ceil(height);
}

function textHeight(
  form: Form,
  text: string,
  face: FontFace,
  size: number,
  width: number,
  pad: number,
): number {
  if (text === '') return size + 2 * pad;
  form.doc.font(fontPath(face)).fontSize(size);
  return form.doc.heightOfString(text.normalize('NFC'), { width: width - 2 * pad, lineGap: 1 }) + 2 * pad;
}

function write(
  form: Form,
  text: string,
  face: FontFace,
  size: number,
  x: number,
  y: number,
  w: number,
  pad: number,
  options: { readonly align: Align; readonly height?: number },
): void {
  if (text === '') return;
  form.doc
    .font(fontPath(face))
    .fontSize(size)
    .text(text.normalize('NFC'), x + pad, y, { width: w - 2 * pad, lineGap: 1, ellipsis: true, ...options });
}

function box(form: Form, x: number, y: number, w: number, h: number): void {
  form.doc.lineWidth(0.5).rect(x, y, w, h).stroke();
}

function normalise(cell: TableCell, align: Align): { text: string; face: FontFace; align: Align } {
  if (typeof cell === 'string') return { text: cell, face: 'regular', align };
  return { text: cell.text, face: cell.face ?? 'regular', align: cell.align ?? align };
}
