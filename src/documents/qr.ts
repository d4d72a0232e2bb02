/** QR codes of tracking URLs, drawn as a PNG image with a caption under it. */
import QRCode from 'qrcode';
import { fontPath } from './fonts.js';
import type { Form } from './pdf.js';

/** PNG of the QR code: error correction M, a one-module quiet zone, 8 pixels per module (sharp when printed). */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 1, scale: 8, type: 'png' });
}

/** Draws the QR image at (x, y) with `size` points a side and the caption centred under it; returns the bottom y. */
export function drawQr(form: Form, png: Buffer, x: number, y: number, size: number, caption: string): number {
  const { doc } = form;
  doc.image(png, x, y, { width: size, height: size });
  doc.font(fontPath('italic')).fontSize(form.type.small - 1);
  doc.text(caption, x, y + size + 1, { width: size, align: 'center', lineGap: 0 });
  return doc.y;
}
