/**
 * Working-time arithmetic over office sessions. Sessions are closed intervals: an instant equal to a
 * session end (11:30, 17:00) is still inside office hours, so a due instant at 17:00 chains with the
 * next computation without losing or adding a day. Everything is integer ms on the UTC+7 grid.
 */
import { instantAt, MS_PER_DAY, MS_PER_MINUTE, UTC_OFFSET_MS } from './time.js';
import type { Instant } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Why counting starts where it does (used by explanations). */
export type ReceiptTiming =
  | 'in_office_hours'
  | 'before_opening'
  | 'between_sessions'
  | 'after_cutoff'
  | 'after_closing'
  | 'day_off';

/** Classifies a receipt instant; `cutoffMs` is ms since local midnight, or -1 for no cut-off. */
export function receiptTiming(
  calendar: WorkingCalendar,
  receivedAt: Instant,
  cutoffMs: number,
): ReceiptTiming {
  const local = receivedAt + UTC_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const ms = local - day * MS_PER_DAY;
  if (!calendar.isWorkingDay(day)) return 'day_off';
  if (cutoffMs >= 0 && ms > cutoffMs) return 'after_cutoff';
  if (ms > calendar.closingMs) return 'after_closing';
  if (ms < calendar.openingMs) return 'before_opening';
  const starts = calendar.sessionStartMs;
  const ends = calendar.sessionEndMs;
  for (let i = 0; i < starts.length; i++) {
    if (ms <= ends[i]!) return ms >= starts[i]! ? 'in_office_hours' : 'between_sessions';
  }
  return 'after_closing';
}

/**
 * Effective receipt: the receipt instant itself when it is inside office hours on a working day and
 * not after the cut-off; the next session start of the same day when before opening or at lunch;
 * otherwise the opening of the next working day.
 */
export function effectiveReceipt(calendar: WorkingCalendar, receivedAt: Instant, cutoffMs: number): Instant {
  const local = receivedAt + UTC_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const ms = local - day * MS_PER_DAY;
  if (!calendar.isWorkingDay(day) || (cutoffMs >= 0 && ms > cutoffMs) || ms > calendar.closingMs) {
    return instantAt(calendar.nthWorkingDayAfter(day, 1), calendar.openingMs);
  }
  const starts = calendar.sessionStartMs;
  const ends = calendar.sessionEndMs;
  for (let i = 0; i < starts.length; i++) {
    if (ms <= ends[i]!) return ms >= starts[i]! ? receivedAt : instantAt(day, starts[i]!);
  }
  return receivedAt;
}

/** Working ms of a working day elapsed at `ms` since local midnight. */
function workedUpTo(calendar: WorkingCalendar, ms: number): number {
  const starts = calendar.sessionStartMs;
  const ends = calendar.sessionEndMs;
  let worked = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    if (ms <= start) break;
    const end = ends[i]!;
    worked += Math.min(ms, end) - start;
  }
  return worked;
}

/** Instant at which `worked` ms (0 < worked ≤ workingMsPerDay) of working day `day` have elapsed. */
function instantAfterWorked(calendar: WorkingCalendar, day: number, worked: number): Instant {
  const starts = calendar.sessionStartMs;
  const ends = calendar.sessionEndMs;
  let left = worked;
  for (let i = 0; i < starts.length; i++) {
    const length = ends[i]! - starts[i]!;
    if (left <= length) return instantAt(day, starts[i]! + left);
    left -= length;
  }
  return instantAt(day, calendar.closingMs);
}

/** Adds `amountMs` (≥ 0) of working time to `from`; 0 returns `from` unchanged. */
export function addWorkingMs(calendar: WorkingCalendar, from: Instant, amountMs: number): Instant {
  if (amountMs <= 0) return from;
  const local = from + UTC_OFFSET_MS;
  let day = Math.floor(local / MS_PER_DAY);
  let done = 0;
  if (calendar.isWorkingDay(day)) {
    done = workedUpTo(calendar, local - day * MS_PER_DAY);
  } else {
    day = calendar.nthWorkingDayAfter(day, 1);
  }
  const perDay = calendar.workingMsPerDay;
  const target = done + amountMs;
  if (target <= perDay) return instantAfterWorked(calendar, day, target);
  const extraDays = Math.ceil(target / perDay) - 1;
  return instantAfterWorked(
    calendar,
    calendar.nthWorkingDayAfter(day, extraDays),
    target - extraDays * perDay,
  );
}

/** Working ms in [a, b); negative when b < a. */
export function workingMsBetween(calendar: WorkingCalendar, a: Instant, b: Instant): number {
  if (b < a) return 0 - workingMsBetween(calendar, b, a); // 0 − x avoids returning -0
  const localA = a + UTC_OFFSET_MS;
  const localB = b + UTC_OFFSET_MS;
  const dayA = Math.floor(localA / MS_PER_DAY);
  const dayB = Math.floor(localB / MS_PER_DAY);
  const workedA = calendar.isWorkingDay(dayA) ? workedUpTo(calendar, localA - dayA * MS_PER_DAY) : 0;
  const workedB = calendar.isWorkingDay(dayB) ? workedUpTo(calendar, localB - dayB * MS_PER_DAY) : 0;
  if (dayA === dayB) return workedB - workedA;
  const fullDays = calendar.countWorkingDays(dayA, dayB);
  return fullDays * calendar.workingMsPerDay - workedA + workedB;
}

/** Working minutes between two instants (fractional when the instants carry seconds). */
export function workingMinutesBetween(calendar: WorkingCalendar, a: Instant, b: Instant): number {
  return workingMsBetween(calendar, a, b) / MS_PER_MINUTE;
}

/** Adds working minutes (≥ 0, rounded to the ms) to an instant, skipping non-working time. */
export function addWorkingMinutes(calendar: WorkingCalendar, from: Instant, minutes: number): Instant {
  if (!(minutes >= 0) || !Number.isFinite(minutes))
    throw new RangeError(`Invalid working minutes ${minutes}`);
  return addWorkingMs(calendar, from, Math.round(minutes * MS_PER_MINUTE));
}
