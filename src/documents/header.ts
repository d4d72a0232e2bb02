/**
 * The national header block of an administrative document (Nghị định 30/2020/NĐ-CP layout): the issuing body on
 * the left, the country name and motto on the right with the place-and-date line under them, then the title.
 */
import { type FontFace, fontPath } from './fonts.js';
import { placeDateLine } from './format.js';
import type { FormHeader } from './models.js';
import type { Form } from './pdf.js';

export const COUNTRY = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface HeaderExtras {
  /** Subject line under the document number (`V/v …`), as on an official letter. */
  readonly subject?: string;
}

/** Draws the header block and leaves `doc.y` under it. */
export function nationalHeader(form: Form, header: FormHeader, extras: HeaderExtras = {}): void {
  const { doc } = form;
  const gap = 8;
  const leftWidth = Math.round(form.width * 0.42);
  const rightWidth = form.width - leftWidth - gap;
  const leftX = form.left;
  const rightX = form.left + leftWidth + gap;
  const top = doc.y;
  const size = form.type.body;

  // Left column: superior body, issuing body (bold, with a short rule), number and subject.
  let y = top;
  if (header.superior) y = centred(form, header.superior.toUpperCase(), leftX, y, leftWidth, 'regular', size);
  y = centred(form, header.issuer.toUpperCase(), leftX, y, leftWidth, 'bold', size);
  rule(form, leftX + leftWidth / 2, y + 1, leftWidth / 3);
  y += 5;
  if (header.documentNumber) y = centred(form, header.documentNumber, leftX, y, leftWidth, 'regular', size);
  if (extras.subject) y = centred(form, extras.subject, leftX, y + 1, leftWidth, 'regular', form.type.small);
  const leftBottom = y;

  // Right column: country, motto (underlined to its own width), place and date.
  y = top;
  const countrySize = fittedSize(form, COUNTRY, 'bold', size, rightWidth);
  y = centred(form, COUNTRY, rightX, y, rightWidth, 'bold', countrySize);
  const mottoSize = fittedSize(form, MOTTO, 'bold', size + 0.5, rightWidth);
  y = centred(form, MOTTO, rightX, y, rightWidth, 'bold', mottoSize);
  doc.font(fontPath('bold')).fontSize(mottoSize);
  rule(form, rightX + rightWidth / 2, y + 1, doc.widthOfString(MOTTO));
  y += 7;
  y = centred(form, placeDateLine(header.place, header.issuedAt), rightX, y, rightWidth, 'italic', size);

  doc.x = form.left;
  doc.y = Math.max(leftBottom, y) + 8;
}

/** The form title (bold, centred, upper case) and an optional line under it. */
export function formTitle(form: Form, title: string, subtitle?: string): void {
  const { doc } = form;
  doc.y = centred(form, title, form.left, doc.y, form.width, 'bold', form.type.title);
  if (subtitle) doc.y = centred(form, subtitle, form.left, doc.y + 1, form.width, 'italic', form.type.body);
  doc.x = form.left;
  doc.y += 6;
}

/** Writes centred text in a box of the given width and returns the y under it. */
export function centred(
  form: Form,
  text: string,
  x: number,
  y: number,
  width: number,
  face: FontFace,
  size: number,
): number {
  const { doc } = form;
  doc.font(fontPath(face)).fontSize(size);
  doc.text(text.normalize('NFC'), x, y, { width, align: 'center', lineGap: 1 });
  return doc.y;
}

/** The largest size up to `size` (not below 70 % of it) at which `text` fits on one line of `width`. */
function fittedSize(form: Form, text: string, face: FontFace, size: number, width: number): number {
  const { doc } = form;
  doc.font(fontPath(face)).fontSize(size);
  const natural = doc.widthOfString(text);
  return natural <= width ? size : Math.max(size * 0.7, Math.floor(((size * width) / natural) * 10) / 10);
}

/** A horizontal rule of `length` centred on `cx`. */
function rule(form: Form, cx: number, y: number, length: number): void {
  form.doc
    .moveTo(cx - length / 2, y)
    .lineTo(cx + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}
