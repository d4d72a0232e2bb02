/**
 * Early / on time / late classification, legal-rules §4.6.
 * - Finished dossiers: compare the local DATE of finishing with the local DATE due; no due date = on time.
 * - Open dossiers at report end date D: due date ≥ D or no due date → within deadline, else overdue.
 * - Open dossiers at an instant: overdue when now > dueAt; "sắp hết hạn" when at most
 *   `dueSoonWorkingDays` working days of working time remain (R20 uses 24 h; we use working time so
 *   that weekends and holidays do not trigger the warning early).
 */
import { epochDayOf, parseLocalDate } from './time.js';
import type { FinishedClassification, Instant, LocalDate, OpenClassification } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';
import { workingMsBetween } from './working-time.js';

export const CLASSIFICATION_LABELS: Readonly<Record<FinishedClassification | OpenClassification, string>> =
  Object.freeze({
    early: 'Trước hạn',
    on_time: 'Đúng hạn',
    late: 'Quá hạn',
    within_deadline: 'Trong hạn',
    due_soon: 'Sắp hết hạn',
    overdue: 'Quá hạn',
  });

export function classifyFinished(
  finishedAt: Instant,
  dueAt: Instant | null | undefined,
): FinishedClassification {
  if (dueAt === null || dueAt === undefined) return 'on_time';
  const finishedDay = epochDayOf(finishedAt);
  const dueDay = epochDayOf(dueAt);
  return finishedDay < dueDay ? 'early' : finishedDay === dueDay ? 'on_time' : 'late';
}

export function classifyOpenAt(
  calendar: WorkingCalendar,
  now: Instant,
  dueAt: Instant | null | undefined,
  dueSoonWorkingDays = 1,
): OpenClassification {
  if (dueAt === null || dueAt === undefined) return 'within_deadline';
  if (now > dueAt) return 'overdue';
  const remaining = workingMsBetween(calendar, now, dueAt);
  return remaining <= dueSoonWorkingDays * calendar.workingMsPerDay ? 'due_soon' : 'within_deadline';
}

export function classifyOpenOnReportDate(
  reportEndDate: LocalDate,
  dueAt: Instant | null | undefined,
): 'within_deadline' | 'overdue' {
  if (dueAt === null || dueAt === undefined) return 'within_deadline';
  return epochDayOf(dueAt) >= parseLocalDate(reportEndDate) ? 'within_deadline' : 'overdue';
}
