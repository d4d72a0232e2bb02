// Dates of the national portal's sync format: `yyyyMMddHHmmss`, wall-clock time in Vietnam (UTC+7, no
// daylight saving), e.g. '20260302090000' = 2026-03-02T02:00:00Z.

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DVC_DATE = /^\d{14}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The instant (ms since epoch) of a real `yyyyMMddHHmmss` date; null when malformed or not in the calendar. */
export function parseDvcDate(text: string): number | null {
  if (!DVC_DATE.test(text)) return null;
  // Digits read directly (this runs for every date of every imported row).
  const d = (i: number, n: number) => {
    let v = 0;
    for (let k = i; k < i + n; k++) v = v * 10 + text.charCodeAt(k) - 48;
    return v;
  };
  const y = d(0, 4);
  const mo = d(4, 2);
  const day = d(6, 2);
  const h = d(8, 2);
  const mi = d(10, 2);
  const s = d(12, 2);
  if (y < 1900 || mo < 1 || mo > 12 || day < 1 || h > 23 || mi > 59 || s > 59) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (day > (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!)) return null;
  return Date.UTC(y, mo - 1, day, h, mi, s) - VIETNAM_OFFSET_MS;
}

/** Inverse of parseDvcDate (for tests and stand-ins). */
export function formatDvcDate(at: number): string {
  const d = new Date(at + VIETNAM_OFFSET_MS);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}
