/**
 * Nominal working-time arithmetic used to check that a process fits its case duration.
 *
 * Step allotments are in working days or working hours; 1 working day = 8 h (`HOURS_PER_WORKING_DAY`,
 * QĐ 188/1999). A case duration's capacity is the working time it guarantees in the worst case:
 * - working_hours h → h;
 * - working_days n → n × 8 h plus, when the procedure has a cut-off, the time from the cut-off to the
 *   nominal close of office (17:00): a dossier received just before the cut-off still has that much of
 *   its receipt day. So "trong ngày" (0 working days, cut-off 15:00) guarantees 2 working hours, and
 *   0 working days without a cut-off guarantees nothing;
 * - calendar_days n → ⌊n × 5/7⌋ working days (the nominal share of working days; holidays ignored).
 * This is a plausibility check on data, not a deadline computation (that is the calendar module's job).
 */
import { HOURS_PER_WORKING_DAY } from '../calendar/due-date.js';
import type { Allotment, ClockTime, Duration } from './types.js';

/** Nominal close of office used for the same-day remainder. */
export const NOMINAL_CLOSING: ClockTime = '17:00';

function minutesOf(time: ClockTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function allotmentHours(allotment: Allotment): number {
  return allotment.unit === 'working_days' ? allotment.amount * HOURS_PER_WORKING_DAY : allotment.amount;
}

export function sumAllotmentHours(allotments: readonly Allotment[]): number {
  let total = 0;
  for (const a of allotments) total += allotmentHours(a);
  return total;
}

/** Same-day remainder guaranteed by a cut-off, in hours (0 without a cut-off). */
export function sameDayHours(cutoff: ClockTime | null): number {
  if (cutoff === null) return 0;
  return Math.max(0, minutesOf(NOMINAL_CLOSING) - minutesOf(cutoff)) / 60;
}

export function durationCapacityHours(duration: Duration, cutoff: ClockTime | null): number {
  switch (duration.unit) {
    case 'working_hours':
      return duration.amount;
    case 'working_days':
      return duration.amount * HOURS_PER_WORKING_DAY + sameDayHours(cutoff);
    case 'calendar_days':
      return Math.floor((duration.amount * 5) / 7) * HOURS_PER_WORKING_DAY;
  }
}

/** Format a number of hours for messages: '2', '1,5' (Vietnamese decimal comma). */
export function formatHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return String(rounded).replace('.', ',');
}
