// Streaming CSV reader for exports of other systems (RFC 4180 plus what spreadsheet programs write):
// a UTF-8 byte-order mark is dropped, the separator is `,`, `;` or a tab (guessed from the header line
// when not given), fields may be quoted with `"` (a doubled `""` inside is one quote; quoted fields may
// hold separators and line breaks), lines end with LF or CRLF, blank lines are skipped. Each row carries
// the number of the physical line it starts on (the header is line 1), for error reports.
//
// Text is pushed in pieces of any size (a row may straddle pieces); rows without quotes are split with
// indexOf/split, the common case, and only quoted rows are scanned character by character.

export type CsvDelimiter = ',' | ';' | '\t';
export type CsvRow = { line: number; cells: string[] };

/** The separator used most often outside quotes in a header line (`,` when none is found). */
export function guessDelimiter(headerLine: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  let best: CsvDelimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

export class CsvReader {
  private buf = '';
  private line = 1;
  private started = false;
  private delimiter: CsvDelimiter | null;

  constructor(delimiter: CsvDelimiter | null = null) {
    this.delimiter = delimiter;
  }

  get separator(): CsvDelimiter | null {
    return this.delimiter;
  }

  /** Adds text and returns the rows completed by it. */
  push(text: string): CsvRow[] {
    if (!this.started) {
      if (text.length === 0) return [];
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buf = this.buf.length ? this.buf + text : text;
    return this.drain(false);
  }

  /** The last row (a file need not end with a line break). */
  end(): CsvRow[] {
    return this.drain(true);
  }

  private drain(final: boolean): CsvRow[] {
    const rows: CsvRow[] = [];
    const buf = this.buf;
    let pos = 0;
    // Position of the next quote at or after pos (-1: none left), found once, not once per line.
    let quote = buf.indexOf('"');
    while (pos < buf.length) {
      const nl = buf.indexOf('\n', pos);
      if (nl < 0 && !final) break;
      const lineEnd = nl < 0 ? buf.length : nl;
      if (this.delimiter === null) this.delimiter = guessDelimiter(buf.slice(pos, lineEnd));
      if (quote >= 0 && quote < pos) quote = buf.indexOf('"', pos);
      if (quote < 0 || quote > lineEnd) {
        // Fast path: no quote in this line.
        let text = buf.slice(pos, lineEnd);
        if (text.endsWith('\r')) text = text.slice(0, -1);
        if (text.length) rows.push({ line: this.line, cells: text.split(this.delimiter) });
        this.line++;
        pos = lineEnd + 1;
        continue;
      }
      const parsed = this.quotedRow(buf, pos, final);
      if (!parsed) break;
      rows.push({ line: this.line, cells: parsed.cells });
      this.line += parsed.lines;
      pos = parsed.next;
    }
    this.buf = pos >= buf.length ? '' : buf.slice(pos);
    return rows;
  }

  /** One row with quotes from `start`; null when it continues past the text received so far. */
  private quotedRow(
    buf: string,
    start: number,
    final: boolean,
  ): { cells: string[]; lines: number; next: number } | null {
    const d = this.delimiter!;
    const len = buf.length;
    const cells: string[] = [];
    let lines = 1;
    let i = start;
    // End of the current physical line (recomputed when a quoted field runs past it).
    let nl = buf.indexOf('\n', i);
    for (;;) {
      let cell = '';
      if (i < len && buf.charCodeAt(i) === 34) {
        // Quoted field: up to the closing quote; a doubled quote is one quote.
        let j = i + 1;
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q < 0 || (q + 1 >= len && !final)) {
            if (!final) return null;
            cell += buf.slice(j);
            j = len;
            break;
          }
          if (buf.charCodeAt(q + 1) === 34) {
            cell += buf.slice(j, q + 1);
            j = q + 2;
            continue;
          }
          cell += buf.slice(j, q);
          j = q + 1;
          break;
        }
        for (let k = cell.indexOf('\n'); k >= 0; k = cell.indexOf('\n', k + 1)) lines++;
        i = j;
        if (nl >= 0 && nl < i) nl = buf.indexOf('\n', i);
      }
      // Unquoted text (or what follows a closing quote) up to the separator or the end of the line; a
      // stray quote inside it is kept as text, as spreadsheet programs do.
      let end = buf.indexOf(d, i);
      const lineEnd = nl < 0 ? len : nl;
      if (end < 0 || end > lineEnd) end = lineEnd;
      if (end === len && nl < 0 && !final) return null;
      let text = buf.slice(i, end);
      if (end === nl && text.endsWith('\r')) text = text.slice(0, -1);
      cells.push(cell + text);
      if (end < len && end !== nl) {
        i = end + 1;
        continue;
      }
      return { cells, lines, next: end === len ? len : end + 1 };
    }
  }
}

/** Parses a whole text (tests, small files). */
export function parseCsv(text: string, delimiter: CsvDelimiter | null = null): CsvRow[] {
  const reader = new CsvReader(delimiter);
  return [...reader.push(text), ...reader.end()];
}

/** One CSV field, quoted when needed (for error reports written back to the user). */
export function csvField(value: string | number | null | undefined, delimiter: CsvDelimiter = ','): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
