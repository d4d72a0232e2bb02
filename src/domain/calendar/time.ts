/**
 * Local time of Asia/Ho_Chi_Minh by fixed-offset arithmetic.
 *
 * Vietnam has used UTC+7 without daylight saving time since 13/06/1975, so a local wall-clock
 * time is exactly `instant + 7 h`. We therefore never use `Date`/`Intl` time-zone machinery:
 * local dates are integer epoch days (`floor((ms + 7 h) / 24 h)`), local times are offsets
 * within that day. Instants before 1975 are also computed at UTC+7; that is what the lunar
 * calendar and the tests need, not a claim about the historical civil offset.
 */
import type { ClockTime, EpochDay, Instant, LocalDate, Weekday } from './types.js';

export const UTC_OFFSET_MS = 7 * 3_600_000;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
export const MINUTES_PER_DAY = 1440;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Local date (epoch day) of an instant. */
export function epochDayOf(instant: Instant): EpochDay {
  return Math.floor((instant + UTC_OFFSET_MS) / MS_PER_DAY);
}

/** Milliseconds elapsed since local midnight. */
export function msOfLocalDay(instant: Instant): number {
  const local = instant + UTC_OFFSET_MS;
  return local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
}

/** Instant of a local date plus an offset (ms) from its local midnight. */
export function instantAt(day: EpochDay, msOfDay: number): Instant {
  return day * MS_PER_DAY + msOfDay - UTC_OFFSET_MS;
}

/** Epoch day of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function epochDayFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Gregorian date of an epoch day (H. Hinnant's civil_from_days). */
export function civilFromEpochDay(epochDay: EpochDay): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function yearOfEpochDay(epochDay: EpochDay): number {
  return civilFromEpochDay(epochDay).year;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(epochDay: EpochDay): Weekday {
  return ((((epochDay + 4) % 7) + 7) % 7) as Weekday;
}

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' (strict) into an epoch day; throws RangeError when invalid. */
export function parseLocalDate(date: LocalDate): EpochDay {
  const m = LOCAL_DATE_RE.exec(date);
  if (m === null) throw new RangeError(`Invalid local date '${date}', expected YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Invalid local date '${date}'`);
  }
  return epochDayFromCivil(year, month, day);
}

/** True when `date` is a valid 'YYYY-MM-DD'. */
export function isValidLocalDate(date: string): boolean {
  try {
    parseLocalDate(date);
    return true;
  } catch {
    return false;
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/** Epoch day → 'YYYY-MM-DD'. */
export function formatLocalDate(epochDay: EpochDay): LocalDate {
  const c = civilFromEpochDay(epochDay);
  return `${pad4(c.year)}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** Epoch day → 'dd/MM/yyyy' (Vietnamese display format). */
export function formatDisplayDate(epochDay: EpochDay): string {
  const c = civilFromEpochDay(epochDay);
  return `${pad2(c.day)}/${pad2(c.month)}/${pad4(c.year)}`;
}

/**
 * Parses 'HH:mm' into minutes since midnight (00:00–24:00; '24:00' is allowed as a session end).
 * Uses charCodeAt only, so it is cheap enough for the hot path. Throws RangeError when invalid.
 */
export function parseClockTime(time: ClockTime): number {
  if (time.length !== 5 || time.charCodeAt(2) !== 58)
    throw new RangeError(`Invalid time '${time}', expected HH:mm`);
  const h1 = time.charCodeAt(0) - 48;
  const h2 = time.charCodeAt(1) - 48;
  const m1 = time.charCodeAt(3) - 48;
  const m2 = time.charCodeAt(4) - 48;
  if (h1 < 0 || h1 > 9 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) {
    throw new RangeError(`Invalid time '${time}', expected HH:mm`);
  }
  const minutes = (h1 * 10 + h2) * 60 + m1 * 10 + m2;
  if (minutes > MINUTES_PER_DAY) throw new RangeError(`Invalid time '${time}'`);
  return minutes;
}

/** Minutes since midnight → 'HH:mm'. */
export function formatClockTime(minutes: number): ClockTime {
  const m = Math.floor(minutes);
  return `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

/** Instant of a local date and wall-clock time, e.g. `localInstant('2026-02-12', '10:00')`. */
export function localInstant(date: LocalDate, time: ClockTime = '00:00'): Instant {
  return instantAt(parseLocalDate(date), parseClockTime(time) * MS_PER_MINUTE);
}

/** Local date 'YYYY-MM-DD' of an instant. */
export function toLocalDate(instant: Instant): LocalDate {
  return formatLocalDate(epochDayOf(instant));
}

/** Local wall-clock time 'HH:mm' of an instant (seconds are truncated). */
export function toLocalTime(instant: Instant): ClockTime {
  return formatClockTime(Math.floor(msOfLocalDay(instant) / MS_PER_MINUTE));
}

/** 'HH:mm dd/MM/yyyy' for Vietnamese display. */
export function formatDisplayDateTime(instant: Instant): string {
  return `${toLocalTime(instant)} ${formatDisplayDate(epochDayOf(instant))}`;
}

const WEEKDAY_NAMES: readonly string[] = [
  'Chủ nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
];

/** Vietnamese weekday name, e.g. 'Thứ Bảy'. */
export function weekdayName(epochDay: EpochDay): string {
  return WEEKDAY_NAMES[weekdayOf(epochDay)] ?? '';
}
