/**
 * CSV codec (RFC 4180 with the usual tolerances), pure string ↔ rows.
 *
 * - Output: fields separated by ',', records by CRLF, a final CRLF; a field is quoted when it contains
 *   '"', ',', CR, LF or leading/trailing spaces, with '"' doubled; a UTF-8 BOM first by default so that
 *   spreadsheet software reads Vietnamese text as UTF-8.
 * - Input: an optional BOM is skipped; records end at CRLF, LF or CR outside quotes; quoted fields may
 *   contain separators, line breaks and doubled quotes; blank lines are ignored. Every record carries the
 *   physical line number (1-based) where it starts, so errors can name the line.
 */

export interface CsvRecord {
  /** Line (1-based) on which the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvParseError {
  readonly line: number;
  readonly code: 'UNTERMINATED_QUOTE' | 'STRAY_QUOTE' | 'TEXT_AFTER_QUOTE';
  readonly message: string;
}

export type CsvParseResult =
  | { readonly ok: true; readonly records: CsvRecord[] }
  | { readonly ok: false; readonly records: CsvRecord[]; readonly errors: CsvParseError[] };

const BOM = '\uFEFF';

function needsQuotes(field: string): boolean {
  return /[",\r\n]/.test(field) || field !== field.trim();
}

export function formatCsvField(field: string): string {
  return needsQuotes(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function formatCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => `${row.map(formatCsvField).join(',')}\r\n`).join('');
  return (options.bom ?? true) ? BOM + body : body;
}

export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const errors: CsvParseError[] = [];
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  /** True once the current record has any content (a separator or a character). */
  let started = false;

  const endRecord = (): void => {
    fields.push(field);
    if (started) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    started = false;
  };
  const newline = (): void => {
    // Called at a line break outside quotes; i points at '\r' or '\n'.
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i += 1;
    line += 1;
    endRecord();
    recordLine = line;
  };

  while (i < n) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // Quoted field.
      started = true;
      const quoteLine = line;
      i += 1;
      let closed = false;
      while (i < n) {
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          closed = true;
          break;
        }
        if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line += 1;
        field += q;
        i += 1;
      }
      if (!closed) {
        errors.push({
          line: quoteLine,
          code: 'UNTERMINATED_QUOTE',
          message: `Dòng ${quoteLine}: thiếu dấu ngoặc kép (") đóng ô bắt đầu ở dòng này`,
        });
        break;
      }
      // After the closing quote: a separator, a line break or the end.
      if (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        errors.push({
          line,
          code: 'TEXT_AFTER_QUOTE',
          message: `Dòng ${line}: có ký tự sau dấu ngoặc kép đóng ô (ô có ngoặc kép phải kết thúc ngay sau dấu ")`,
        });
        while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') i += 1;
      }
      continue;
    }
    if (ch === ',') {
      started = true;
      fields.push(field);
      field = '';
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      newline();
      continue;
    }
    if (ch === '"') {
      errors.push({
        line,
        code: 'STRAY_QUOTE',
        message: `Dòng ${line}: dấu ngoặc kép (") nằm giữa ô không được đặt trong ngoặc kép`,
      });
    }
    started = true;
    field += ch;
    i += 1;
  }
  if (started || field !== '' || fields.length > 0) endRecord();
  return errors.length === 0 ? { ok: true, records } : { ok: false, records, errors };
}
