// Display formats used across the app: dates dd/MM/yyyy, times in Vietnam (UTC+7, no daylight saving),
// numbers with '.' as the thousands separator.

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'YYYY-MM-DD' → 'dd/MM/yyyy'. Any other input is returned unchanged. */
export function formatLocalDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

function vnParts(iso: string): Date | null {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return new Date(t + VN_OFFSET_MS);
}

/** ISO instant → 'dd/MM/yyyy' in Vietnam time. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = vnParts(iso);
  if (!d) return iso;
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** ISO instant → 'dd/MM/yyyy HH:mm' in Vietnam time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = vnParts(iso);
  if (!d) return iso;
  return `${formatDate(iso)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 1234567.5 → '1.234.567,5' */
export function formatNumber(n: number): string {
  const [int = '0', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Today's date in Vietnam as 'YYYY-MM-DD'. */
export function todayLocalDate(now: number = Date.now()): string {
  const d = new Date(now + VN_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Current time in Vietnam as 'HH:mm'. */
export function nowLocalTime(now: number = Date.now()): string {
  const d = new Date(now + VN_OFFSET_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Date 'YYYY-MM-DD' + time 'HH:mm' in Vietnam → ISO 8601 with the +07:00 offset. */
export function toVnIso(date: string, time: string): string {
  return `${date}T${time.slice(0, 5)}:00+07:00`;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Day of week for a 'YYYY-MM-DD' date, Monday = 0 … Sunday = 6. */
export function mondayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const js = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return (js + 6) % 7;
}

export const WEEKDAY_SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'] as const;
export const WEEKDAY_LONG = [
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
  'Chủ nhật',
] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'Thứ Hai' … 'Chủ nhật' for a 'YYYY-MM-DD' date. */
export function weekdayOfLocalDate(date: string): string {
  return WEEKDAY_LONG[mondayIndex(date)] ?? '';
}

/** 'Thứ Hai, 16/02/2026 08:00' for an ISO instant, in Vietnam time. */
export function formatDateTimeWithWeekday(iso: string): string {
  const d = vnParts(iso);
  if (!d) return iso;
  const local = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${weekdayOfLocalDate(local)}, ${formatDateTime(iso)}`;
}

/** 18025000 → '18.025.000 đ' */
export function formatMoney(amount: number): string {
  return `${formatNumber(Math.round(amount))} đ`;
}
