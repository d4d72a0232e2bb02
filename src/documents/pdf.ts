/** A pdfkit document set up for one form: paper, margins, Vietnamese fonts and type sizes. */
import PDFDocument from 'pdfkit';
import { fontPath } from './fonts.js';
import { toEpoch } from './format.js';
import type { DateInput } from './models.js';

export type Doc = PDFKit.PDFDocument;

export type Paper = 'A5' | 'A4' | 'A4-landscape';

/** Type sizes in points for one paper size. */
export interface TypeScale {
  /** Body text. */
  readonly body: number;
  /** Notes, table cells, captions. */
  readonly small: number;
  /** The form title. */
  readonly title: number;
  /** Extra space between lines. */
  readonly lineGap: number;
  /** Space after a paragraph. */
  readonly paragraphGap: number;
  /** Height left blank for a hand signature. */
  readonly signingSpace: number;
}

/** A document and its writable area. `doc.y` is the flow position. */
export interface Form {
  readonly doc: Doc;
  readonly type: TypeScale;
  /** Left edge of the writable area. */
  readonly left: number;
  /** Width of the writable area. */
  readonly width: number;
  /** Top of the writable area (also after a page break). */
  readonly top: number;
  /** Lowest y that content may reach. */
  readonly bottom: number;
}

const MM = 72 / 25.4;

interface PaperSpec {
  readonly size: 'A5' | 'A4';
  readonly layout: 'portrait' | 'landscape';
  /** top, right, bottom, left in millimetres. */
  readonly marginsMm: readonly [number, number, number, number];
  readonly type: TypeScale;
}

// A4 portrait margins follow Nghị định 30/2020/NĐ-CP (top/bottom 20 mm, left 30 mm, right 15 mm); A5 scales them.
const PAPERS: Readonly<Record<Paper, PaperSpec>> = {
  A5: {
    size: 'A5',
    layout: 'portrait',
    marginsMm: [12, 12, 12, 18],
    type: { body: 10, small: 8.5, title: 12, lineGap: 1, paragraphGap: 1, signingSpace: 38 },
  },
  A4: {
    size: 'A4',
    layout: 'portrait',
    marginsMm: [20, 15, 20, 30],
    type: { body: 12.5, small: 10.5, title: 14, lineGap: 2, paragraphGap: 3, signingSpace: 60 },
  },
  'A4-landscape': {
    size: 'A4',
    layout: 'landscape',
    marginsMm: [15, 12, 15, 20],
    type: { body: 11.5, small: 8.5, title: 14, lineGap: 1, paragraphGap: 2, signingSpace: 60 },
  },
};

export interface DocumentMeta {
  readonly title: string;
  readonly subject?: string;
  readonly createdAt: DateInput;
}

export function createForm(paper: Paper, meta: DocumentMeta): Form {
  const spec = PAPERS[paper];
  const [top, right, bottom, left] = spec.marginsMm.map((mm) => Math.round(mm * MM));
  const doc = new PDFDocument({
    size: spec.size,
    layout: spec.layout,
    margins: { top: top ?? 0, right: right ?? 0, bottom: bottom ?? 0, left: left ?? 0 },
    font: fontPath('regular'),
    bufferPages: true,
    lang: 'vi-VN',
    info: {
      Title: meta.title,
      Subject: meta.subject ?? meta.title,
      Creator: 'MotCua',
      Producer: 'MotCua (PDFKit)',
      CreationDate: new Date(toEpoch(meta.createdAt)),
    },
  });
  doc.font(fontPath('regular')).fontSize(spec.type.body).lineWidth(0.6);
  const page = doc.page;
  return {
    doc,
    type: spec.type,
    left: page.margins.left,
    width: page.width - page.margins.left - page.margins.right,
    top: page.margins.top,
    bottom: page.height - page.margins.bottom,
  };
}

/** Starts a new page when fewer than `height` points remain. */
export function ensureSpace(form: Form, height: number): void {
  if (form.doc.y + height > form.bottom) newPage(form);
}

export function newPage(form: Form): void {
  form.doc.addPage();
  form.doc.x = form.left;
  form.doc.y = form.top;
}

/** Numbers the pages (`Trang 1/3`) when there is more than one, then ends the document. */
export function finish(form: Form): Promise<Buffer> {
  const { doc } = form;
  const range = doc.bufferedPageRange();
  if (range.count > 1) {
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const margin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing inside the bottom margin must not add a page
      doc
        .font(fontPath('italic'))
        .fontSize(form.type.small)
        .text(`Trang ${i + 1}/${range.count}`, form.left, form.bottom + margin / 3, {
          width: form.width,
          align: 'center',
          lineBreak: false,
        });
      doc.page.margins.bottom = margin;
    }
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
