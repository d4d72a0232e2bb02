// Parsing of dates and times typed by officers. Native date/time inputs follow the browser's language
// (mm/dd/yyyy and 12-hour clocks on English Windows), so the app uses text fields in Vietnamese order.

/** 'dd/MM/yyyy' (also d/M/yyyy, with '.' or '-') or 'YYYY-MM-DD' → 'YYYY-MM-DD', or null if not a real date. */
export function parseLocalDate(text: string): string | null {
  const t = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 'H:mm', 'HH:mm', 'HHhmm', 'HHmm' → 'HH:mm' (24-hour), or null. */
export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})\s*[:hH.]?\s*(\d{2})?$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const min = Number(match[2] ?? '0');
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
