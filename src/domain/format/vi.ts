/**
 * Vietnamese display formats shared by the server (PDF, SMS, e-mail) and the web client.
 * Pure and browser-safe: no `node:` imports, no Intl (its output varies between ICU versions),
 * no clock. Times are shown in Asia/Ho_Chi_Minh, which is UTC+7 all year (no daylight saving).
 *
 * Invalid input to a `format*` function (NaN, ±Infinity, out-of-range instants) is a programming error
 * and throws a RangeError; `parseDateVi` returns `null` for text people typed.
 */

/** Offset of Asia/Ho_Chi_Minh from UTC, in milliseconds. */
export const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface NumberFormatOptions {
  /** Fraction digits always shown (padded with zeros). Default 0. */
  readonly minimumFractionDigits?: number;
  /** Fraction digits at most (rounded half away from zero). Default max(minimumFractionDigits, 3). */
  readonly maximumFractionDigits?: number;
}

export interface PercentFormatOptions {
  readonly minimumFractionDigits?: number;
  /** Default max(minimumFractionDigits, 1). */
  readonly maximumFractionDigits?: number;
}

/** `dd/MM/yyyy` in Vietnam time, e.g. `24/02/2026`. */
export function formatDate(epochMs: number): string {
  const t = vietnamTime(epochMs);
  return `${pad2(t.day)}/${pad2(t.month)}/${pad4(t.year)}`;
}

/** `HH:mm dd/MM/yyyy` in Vietnam time (24-hour clock), e.g. `08:05 24/02/2026`. */
export function formatDateTime(epochMs: number): string {
  const t = vietnamTime(epochMs);
  return `${pad2(t.hour)}:${pad2(t.minute)} ${pad2(t.day)}/${pad2(t.month)}/${pad4(t.year)}`;
}

/** Formats a calendar date `YYYY-MM-DD` (no time zone involved) as `dd/MM/yyyy`. */
export function formatLocalDate(localDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  const [, year, month, day] = match ?? [];
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    !isCalendarDate(+year, +month, +day)
  ) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${localDate}`);
  }
  return `${day}/${month}/${year}`;
}

/**
 * Parses a date typed in Vietnamese order, `dd/MM/yyyy` (also `d/M/yyyy`, and `-` or `.` as separator),
 * into `YYYY-MM-DD`. Returns `null` if the text is not a real calendar date.
 */
export function parseDateVi(input: string): string | null {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(input.trim());
  if (match === null) return null;
  const day = Number(match[1]);
  const month = Number(match[3]);
  const year = Number(match[4]);
  if (!isCalendarDate(year, month, day)) return null;
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Vietnamese number format: `.` groups thousands, `,` marks decimals: `1.568`, `12,5`, `-1.234,57`. */
export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
  const minimum = options.minimumFractionDigits ?? 0;
  const maximum = options.maximumFractionDigits ?? Math.max(minimum, 3);
  checkFractionDigits(minimum, maximum);
  return formatDecimal(value, 0, minimum, maximum);
}

/** Amount in Vietnamese đồng, rounded to the whole đồng: `18.025.000 đ`. */
export function formatCurrency(amountVnd: number): string {
  return `${formatDecimal(amountVnd, 0, 0, 0)} đ`;
}

/** A ratio shown as a percentage: `formatPercent(0.953)` is `95,3 %`. */
export function formatPercent(ratio: number, options: PercentFormatOptions = {}): string {
  const minimum = options.minimumFractionDigits ?? 0;
  const maximum = options.maximumFractionDigits ?? Math.max(minimum, 1);
  checkFractionDigits(minimum, maximum);
  return `${formatDecimal(ratio, 2, minimum, maximum)} %`;
}

interface VietnamTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

function vietnamTime(epochMs: number): VietnamTime {
  const shifted = new Date(epochMs + VIETNAM_UTC_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  if (!Number.isFinite(epochMs) || Number.isNaN(shifted.getTime()) || year < 0 || year > 9999) {
    throw new RangeError(`Not a supported instant: ${String(epochMs)}`);
  }
  return {
    year,
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

function checkFractionDigits(minimum: number, maximum: number): void {
  const valid = (n: number) => Number.isInteger(n) && n >= 0 && n <= 20;
  if (!valid(minimum) || !valid(maximum) || minimum > maximum) {
    throw new RangeError(`Invalid fraction digits: minimum ${minimum}, maximum ${maximum}`);
  }
}

/**
 * Formats `value × 10^shift` with Vietnamese separators. Works on the shortest decimal representation
 * of the number (what `String(value)` prints), so `1.005` rounds to `1,01` and `0.953` shifted by 2 is
 * exactly `95,3`, without binary floating-point surprises.
 */
function formatDecimal(value: number, shift: number, minimum: number, maximum: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${String(value)}`);

  let { digits, point } = decimalDigits(Math.abs(value));
  point += shift;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (digits.length < point) digits += '0'.repeat(point - digits.length);

  let integer = digits.slice(0, point);
  let fraction = digits.slice(point);
  if (fraction.length > maximum) {
    const roundUp = (fraction[maximum] ?? '0') >= '5';
    let kept = integer + fraction.slice(0, maximum);
    if (roundUp) kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
    integer = kept.slice(0, kept.length - maximum);
    fraction = kept.slice(kept.length - maximum);
  }
  integer = integer.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '').padEnd(minimum, '0');

  const isZero = /^0*$/.test(integer + fraction);
  const sign = value < 0 && !isZero ? '-' : '';
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === '' ? `${sign}${grouped}` : `${sign}${grouped},${fraction}`;
}

/** Decimal digits of a non-negative finite number and the position of the decimal point in them. */
function decimalDigits(abs: number): { digits: string; point: number } {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  return { digits: whole + fraction, point: whole.length + Number(exponent) };
}
