/**
 * A report period: calendar dates [from, to] in Asia/Ho_Chi_Minh, both included. As instants it is
 * [start, end) with start = local midnight opening `from` and end = local midnight after `to`.
 */
import { formatLocalDate, instantAt, parseLocalDate } from '../calendar/time.js';
import type { Instant, LocalDate } from '../calendar/types.js';

export type ReportPeriod = { from: LocalDate; to: LocalDate };
export type PeriodBounds = { start: Instant; end: Instant };

/** Longest period a report covers: five years (with their leap days). */
export const MAX_PERIOD_DAYS = 5 * 365 + 2;

export function periodBounds(p: ReportPeriod): PeriodBounds {
  return { start: instantAt(parseLocalDate(p.from), 0), end: instantAt(parseLocalDate(p.to) + 1, 0) };
}

/** Number of calendar days in the period (1 when from = to; ≤ 0 when to < from). */
export function periodDays(p: ReportPeriod): number {
  return parseLocalDate(p.to) - parseLocalDate(p.from) + 1;
}

export type PeriodProblem = 'to_before_from' | 'too_long';

export function periodProblem(p: ReportPeriod): PeriodProblem | null {
  const days = periodDays(p);
  if (days < 1) return 'to_before_from';
  if (days > MAX_PERIOD_DAYS) return 'too_long';
  return null;
}

/** The period of `days` days that starts the day after `p` ends. */
export function nextPeriod(p: ReportPeriod, days: number): ReportPeriod {
  const first = parseLocalDate(p.to) + 1;
  return { from: formatLocalDate(first), to: formatLocalDate(first + days - 1) };
}
