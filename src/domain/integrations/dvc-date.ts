// Dates of the national portal's sync format: `yyyyMMddHHmmss`, wall-clock time in Vietnam (UTC+7, no
// daylight saving), e.g. '20260302090000' = 2026-03-02T02:00:00Z.

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DVC_DATE = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** The instant (ms since epoch) of a real `yyyyMMddHHmmss` date; null when malformed or not in the calendar. */
export function parseDvcDate(text: string): number | null {
  const m = DVC_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return utc - VIETNAM_OFFSET_MS;
}

/** Inverse of parseDvcDate (for tests and stand-ins). */
export function formatDvcDate(at: number): string {
  const d = new Date(at + VIETNAM_OFFSET_MS);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}
