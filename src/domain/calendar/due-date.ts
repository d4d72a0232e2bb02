/**
 * Due-date computation (hạn giải quyết), legal-rules §4.1, §4.3, §4.5.
 *
 * 1. Effective receipt: after the cut-off, outside office hours or on a day off → opening of the next
 *    working day; before opening or at lunch → next session start of the same day. D0 = its local date.
 * 2. working_days n: the n-th working day strictly after D0 (the first day is not counted, Civil Code
 *    Art 147.2); n = 0 is D0 itself. Due at the end of the last office session of that day.
 * 3. calendar_days n: D0 + n days, moved forward to the next working day if that is a day off (Art 148.5).
 * 4. working_hours h: h working hours (minute precision) added from the effective receipt instant.
 *
 * The hot path does no Date, Intl or string work apart from parsing the 5-character cut-off.
 */
import { explainDueDate } from './explain.js';
import { epochDayOf, instantAt, MS_PER_MINUTE, parseClockTime } from './time.js';
import type { DueDateInput, DueDateResult, DurationUnit } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';
import { addWorkingMs, effectiveReceipt } from './working-time.js';

export const DEFAULT_CUTOFF = '15:00';
const DEFAULT_CUTOFF_MS = 15 * 60 * MS_PER_MINUTE;

/** Cut-off in ms since local midnight, -1 = none (undefined → default 15:00). */
export function cutoffToMs(cutoff: string | null | undefined): number {
  if (cutoff === undefined) return DEFAULT_CUTOFF_MS;
  if (cutoff === null) return -1;
  return parseClockTime(cutoff) * MS_PER_MINUTE;
}

/**
 * Nominal length of a working day: 8 hours (40-hour, 5-day week, QĐ 188/1999/QĐ-TTg). Counting never
 * uses it — days are counted as days and hours over the configured sessions. It is only for converting
 * a duration expressed in working days into hours where hours are required, e.g. a step allotment in
 * days, or data exchanged with systems that store durations in hours (R20: 8 h = 1 ngày).
 */
export const HOURS_PER_WORKING_DAY = 8;

/** Nominal conversion, 1 working day = `hoursPerDay` hours (default 8). */
export function workingDaysToHours(days: number, hoursPerDay: number = HOURS_PER_WORKING_DAY): number {
  return days * hoursPerDay;
}

/**
 * Session-based conversion: working minutes of `days` full working days of this calendar (7.5 h per day
 * with the default sessions). Use it for working-time arithmetic such as pauses, where one full day of
 * sessions must move a deadline by exactly one working day.
 */
export function workingDaysToMinutes(calendar: WorkingCalendar, days: number): number {
  return (days * calendar.workingMsPerDay) / MS_PER_MINUTE;
}

/** Working hours → whole ms, rounded to the minute. */
export function hoursToMs(hours: number): number {
  return Math.round(hours * 60) * MS_PER_MINUTE;
}

function assertAmount(amount: number, unit: DurationUnit): void {
  if (unit === 'working_hours') {
    if (!(amount >= 0) || !Number.isFinite(amount)) throw new RangeError(`Invalid working hours ${amount}`);
  } else if (!Number.isInteger(amount) || amount < 0) {
    throw new RangeError(`Invalid ${unit} amount ${amount}: a non-negative integer is required`);
  }
}

/** Due instant for a duration counted from an already effective start instant. */
export function dueFromStart(
  calendar: WorkingCalendar,
  start: number,
  amount: number,
  unit: DurationUnit,
): number {
  switch (unit) {
    case 'working_days':
      return instantAt(calendar.nthWorkingDayAfter(epochDayOf(start), amount), calendar.closingMs);
    case 'calendar_days': {
      const last = epochDayOf(start) + amount;
      const due = calendar.isWorkingDay(last) ? last : calendar.nthWorkingDayAfter(last, 1);
      return instantAt(due, calendar.closingMs);
    }
    case 'working_hours':
      return addWorkingMs(calendar, start, hoursToMs(amount));
    default:
      throw new TypeError(`Unknown duration unit '${String(unit)}'`);
  }
}

/** Computes the due instant of a dossier (and, on request, a Vietnamese explanation). */
export function computeDueDate(calendar: WorkingCalendar, input: DueDateInput): DueDateResult {
  const { receivedAt, amount, unit } = input;
  if (!Number.isFinite(receivedAt)) throw new RangeError(`Invalid receipt instant ${receivedAt}`);
  assertAmount(amount, unit);
  const cutoffMs = cutoffToMs(input.cutoff);
  const countingStartsAt = effectiveReceipt(calendar, receivedAt, cutoffMs);
  const dueAt = dueFromStart(calendar, countingStartsAt, amount, unit);
  if (input.explain === true) {
    const explanation = explainDueDate(calendar, {
      receivedAt,
      amount,
      unit,
      cutoffMs,
      countingStartsAt,
      dueAt,
    });
    return { dueAt, countingStartsAt, explanation };
  }
  return { dueAt, countingStartsAt };
}
