/** Reads generated PDFs back with pdf.js (legacy build, runs in Node 20+): text per page, page sizes, images. */

import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';

export interface PageInfo {
  readonly width: number;
  readonly height: number;
  /** Text with a newline at each end of line. */
  readonly text: string;
  /** Text items with their baseline y (PDF units from the bottom of the page). */
  readonly items: readonly { readonly str: string; readonly x: number; readonly y: number }[];
  readonly images: readonly DecodedImage[];
}

export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  /** 1 = 1 bit grey, 2 = RGB, 3 = RGBA (pdf.js ImageKind). */
  readonly kind: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

export interface PdfInfo {
  readonly pages: readonly PageInfo[];
  readonly title: string | undefined;
}

export async function inspectPdf(buffer: Buffer): Promise<PdfInfo> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise;
  try {
    const pages: PageInfo[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      let text = '';
      const items: { str: string; x: number; y: number }[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        if (item.str.trim() !== '') items.push({ str: item.str, x: item.transform[4], y: item.transform[5] });
      }
      const operators = await page.getOperatorList();
      const images: DecodedImage[] = [];
      for (const [i, fn] of operators.fnArray.entries()) {
        if (fn !== OPS.paintImageXObject) continue;
        const name = String(operators.argsArray[i]?.[0]);
        images.push(await new Promise<DecodedImage>((resolve) => page.objs.get(name, resolve)));
      }
      pages.push({ width: width ?? 0, height: height ?? 0, text, items, images });
    }
    const meta = await pdf.getMetadata();
    const info = meta.info as { Title?: string };
    return { pages, title: info.Title };
  } finally {
    await pdf.destroy();
  }
}

/** Text with every run of white space made one space: lines that wrap still match a phrase. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Text without any white space, for URLs and codes that may wrap at a hyphen or slash. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

export function allText(info: PdfInfo): string {
  return flat(info.pages.map((p) => p.text).join('\n'));
}

/**
 * Whether an image is the QR code of `text` as the renderer draws it (error correction M, a one-module quiet
 * zone): each module's centre pixel is dark exactly where the reference symbol has a dark module.
 */
export function imageIsQrOf(image: DecodedImage, text: string): boolean {
  const symbol = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = symbol.modules.size;
  const modulePixels = image.width / (size + 2);
  const channels = image.kind === 3 ? 4 : image.kind === 2 ? 3 : 0;
  if (channels === 0 || !Number.isInteger(modulePixels) || image.width !== image.height) return false;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const px = Math.floor((col + 1.5) * modulePixels);
      const py = Math.floor((row + 1.5) * modulePixels);
      const value = image.data[(py * image.width + px) * channels] ?? 255;
      if (value < 128 !== Boolean(symbol.modules.get(row, col))) return false;
    }
  }
  return true;
}
