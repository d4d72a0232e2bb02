/** Flowing text: paragraphs, labelled fields and numbered items. Long text wraps and continues on a new page. */
import { type FontFace, fontPath } from './fonts.js';
import { ensureSpace, type Form } from './pdf.js';

export interface ParagraphOptions {
  readonly face?: FontFace;
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  /** Indent of the first line. */
  readonly indent?: number;
  /** Space after, in points. Default: the paper's paragraph gap. */
  readonly gapAfter?: number;
  /** Extra left offset of the whole paragraph. */
  readonly inset?: number;
}

export function paragraph(form: Form, text: string, options: ParagraphOptions = {}): void {
  const { doc } = form;
  const inset = options.inset ?? 0;
  const size = options.size ?? form.type.body;
  doc.font(fontPath(options.face ?? 'regular')).fontSize(size);
  ensureSpace(form, size + form.type.lineGap);
  doc.text(text.normalize('NFC'), form.left + inset, doc.y, {
    width: form.width - inset,
    align: options.align ?? 'justify',
    indent: options.indent ?? 0,
    lineGap: form.type.lineGap,
  });
  doc.y += options.gapAfter ?? form.type.paragraphGap;
}

/** A run of text in one face; runs of a line are written one after another and wrap together. */
export interface Run {
  readonly text: string;
  readonly face?: FontFace;
}

/**
 * Runs in several faces, wrapped together. Alignment is `left` by default; pdfkit cannot justify or centre text
 * whose runs change face, so use `centredRuns` for a centred line.
 */
export function runs(form: Form, parts: readonly Run[], options: ParagraphOptions = {}): void {
  const { doc } = form;
  const visible = parts.filter((p) => p.text !== '');
  if (visible.length === 0) return;
  const inset = options.inset ?? 0;
  const size = options.size ?? form.type.body;
  doc.fontSize(size);
  ensureSpace(form, size + form.type.lineGap);
  visible.forEach((part, i) => {
    doc.font(fontPath(part.face ?? 'regular'));
    const continued = i < visible.length - 1;
    const textOptions = {
      width: form.width - inset,
      align: options.align ?? 'left',
      lineGap: form.type.lineGap,
      indent: i === 0 ? (options.indent ?? 0) : 0,
      continued,
    };
    const text = part.text.normalize('NFC');
    if (i === 0) doc.text(text, form.left + inset, doc.y, textOptions);
    else doc.text(text, textOptions);
  });
  doc.x = form.left;
  doc.y += options.gapAfter ?? form.type.paragraphGap;
}

/** `Label: value` with the value in bold (or the given face). Nothing is printed for an empty value. */
export function field(
  form: Form,
  label: string,
  value: string | undefined,
  options: ParagraphOptions & { readonly valueFace?: FontFace } = {},
): void {
  if (value === undefined || value.trim() === '') return;
  runs(form, [{ text: `${label}: ` }, { text: value, face: options.valueFace ?? 'bold' }], options);
}

/** Several short `Label: value` pairs on one line, separated by `; `. Empty values are left out. */
export function fieldLine(
  form: Form,
  pairs: readonly (readonly [string, string | undefined])[],
  options: ParagraphOptions = {},
): void {
  const present = pairs.filter(([, v]) => v !== undefined && v.trim() !== '');
  const parts: Run[] = present.flatMap(([label, value], i) => [
    { text: `${i > 0 ? '; ' : ''}${label}: ` },
    { text: value ?? '', face: 'bold' as const },
  ]);
  runs(form, parts, options);
}

/** Vertical space. */
export function space(form: Form, points: number): void {
  form.doc.y += points;
}

/** One centred line of runs in several faces (falls back to wrapped left-aligned runs when too long). */
export function centredRuns(form: Form, parts: readonly Run[], size = form.type.body): void {
  const { doc } = form;
  const texts = parts.map((p) => ({ text: p.text.normalize('NFC'), face: p.face ?? 'regular' }));
  doc.fontSize(size);
  const widths = texts.map((p) => doc.font(fontPath(p.face)).widthOfString(p.text));
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > form.width) {
    runs(form, parts, { size });
    return;
  }
  ensureSpace(form, size * 1.3);
  const y = doc.y;
  let x = form.left + (form.width - total) / 2;
  texts.forEach((p, i) => {
    doc.font(fontPath(p.face)).text(p.text, x, y, { lineBreak: false });
    x += widths[i] ?? 0;
  });
  doc.x = form.left;
  doc.y = y + doc.currentLineHeight(true) + form.type.paragraphGap;
}
