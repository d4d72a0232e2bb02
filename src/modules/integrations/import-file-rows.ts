// Rows of an uploaded export, streamed from disk: CSV through the domain's CsvReader, XLSX through
// exceljs's streaming reader (first worksheet). Cells come out as the text the record rules expect: a date
// cell becomes yyyyMMddHHmmss (its wall-clock time), a number its digits, a boolean 1/0. `bytesRead`
// follows the file for the progress bar.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { type CsvDelimiter, CsvReader, type CsvRow, formatDvcDate } from '../../domain/integrations/index.js';

export type FileFormat = 'csv' | 'xlsx';

/** The format by the file's first bytes (an XLSX file is a ZIP archive), never by its name. */
export async function sniffFormat(path: string): Promise<FileFormat | null> {
  const fd = await fs.promises.open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await fd.read(head, 0, 4, 0);
    if (bytesRead >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
      return 'xlsx';
    // Text: no NUL byte in the first 4 KB.
    const sample = Buffer.alloc(4096);
    const r = await fd.read(sample, 0, 4096, 0);
    return sample.subarray(0, r.bytesRead).includes(0) ? null : 'csv';
  } finally {
    await fd.close();
  }
}

export class FileRows {
  bytesRead = 0;
  constructor(
    private readonly path: string,
    private readonly format: FileFormat,
    private readonly delimiter: CsvDelimiter | null,
  ) {}

  /** Rows in file order; the first is the header. */
  rows(): AsyncGenerator<CsvRow[]> {
    return this.format === 'csv' ? this.csv() : this.xlsx();
  }

  private async *csv(): AsyncGenerator<CsvRow[]> {
    const reader = new CsvReader(this.delimiter);
    const decoder = new TextDecoder('utf-8');
    const stream = fs.createReadStream(this.path, { highWaterMark: 1 << 20 });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      this.bytesRead += chunk.length;
      const rows = reader.push(decoder.decode(chunk, { stream: true }));
      if (rows.length) yield rows;
    }
    const rest = [...reader.push(decoder.decode()), ...reader.end()];
    if (rest.length) yield rest;
  }

  private async *xlsx(): AsyncGenerator<CsvRow[]> {
    const stream = fs.createReadStream(this.path, { highWaterMark: 1 << 20 });
    stream.on('data', (chunk) => {
      this.bytesRead += chunk.length;
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    let batch: CsvRow[] = [];
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        if (cells.some((c) => c !== '')) batch.push({ line: row.number, cells });
        if (batch.length >= 2000) {
          yield batch;
          batch = [];
        }
      }
      break; // the first worksheet only
    }
    if (batch.length) yield batch;
    stream.destroy();
  }
}

const WALL_CLOCK_OFFSET_MS = 7 * 3_600_000;

/** One XLSX cell value as text. Dates carry the wall-clock time as UTC fields (exceljs), read back as such. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (v instanceof Date) return formatDvcDate(v.getTime() - WALL_CLOCK_OFFSET_MS);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if (o.result !== undefined) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
    if (o.error) return '';
  }
  return String(v);
}
