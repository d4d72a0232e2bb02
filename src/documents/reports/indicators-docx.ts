/**
 * The indicator report as an editable Word draft in the administrative-report layout (Nghị định
 * 30/2020 style as the seeds show it): header table (issuer | Quốc hiệu, tiêu ngữ), number and
 * place-date line, "BÁO CÁO", title, "Kính gửi", the numbered body, "Nơi nhận" and the signature block.
 * Times New Roman 13–14 pt, A4 portrait.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IndicatorNarrative, NarrativeLine } from '../../domain/reports/indicator-narrative.js';

const FONT = 'Times New Roman';
type Run = { text: string; bold?: boolean; italic?: boolean; size?: number; underline?: boolean };
type Align = 'left' | 'center' | 'right' | 'both';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.JUSTIFIED,
} as const;

const para = (runs: Run | Run[], align: Align = 'center', indentFirst = 0) =>
  new Paragraph({
    alignment: ALIGN[align],
    spacing: { after: 60 },
    ...(indentFirst ? { indent: { firstLine: indentFirst } } : {}),
    children: (Array.isArray(runs) ? runs : [runs]).map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold ?? false,
          italics: r.italic ?? false,
          size: (r.size ?? 13) * 2,
          font: FONT,
          ...(r.underline ? { underline: {} } : {}),
        }),
    ),
  });

const cell = (children: Paragraph[], width: number) =>
  new TableCell({ children, borders: TableBorders.NONE, width: { size: width, type: WidthType.PERCENTAGE } });

function twoBlocks(left: Paragraph[], right: Paragraph[], widths: [number, number] = [40, 60]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, widths[0]), cell(right, widths[1])] })],
  });
}

const bodyLine = (l: NarrativeLine) =>
  para({ text: l.text, bold: l.bold ?? false, italic: l.italic ?? false, size: 14 }, 'both', 567);

export async function renderIndicatorsDocx(n: IndicatorNarrative): Promise<Buffer> {
  const doc = new Document({
    creator: 'MotCua',
    title: `${n.kind} — ${n.issuer}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
          },
        },
        children: [
          twoBlocks(
            [
              ...(n.superior ? [para({ text: n.superior })] : []),
              para({ text: n.issuer, bold: true }),
              para({ text: n.number }),
            ],
            [
              para({ text: n.country, bold: true }),
              para({ text: n.motto, bold: true, underline: true, size: 14 }),
              para({ text: n.placeDate, italic: true, size: 14 }),
            ],
          ),
          para({ text: '' }),
          para({ text: n.kind, bold: true, size: 14 }),
          para({ text: n.title, bold: true, size: 14 }),
          para({ text: n.addressee, size: 14 }),
          ...n.body.map(bodyLine),
          para({ text: '' }),
          twoBlocks(
            [
              para({ text: 'Nơi nhận:', bold: true, italic: true, size: 12 }, 'left'),
              ...n.recipients.map((r) => para({ text: r, size: 11 }, 'left')),
            ],
            [
              para({ text: n.signer.title, bold: true, size: 14 }),
              para({ text: n.signer.note, italic: true }),
            ],
            [50, 50],
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
