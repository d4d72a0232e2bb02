/**
 * Per-step deadlines (thời hạn từng bước, Phiếu kiểm soát quá trình giải quyết hồ sơ).
 *
 * A step gets an allotment in working hours; the time it used is the working time (over office
 * sessions) from its start to its finish, or to `now` while it is open. Following R28, the step is
 * overdue when the used working minutes exceed the allotted ones. A step overdue inside a dossier that
 * finished early or on time is "quá hạn một phần" (partially overdue).
 */
import { hoursToMs } from './due-date.js';
import type { FinishedClassification, Instant } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';
import { addWorkingMs, workingMsBetween } from './working-time.js';

export type StepStatus = 'within_deadline' | 'overdue' | 'partially_overdue';

export const STEP_STATUS_LABELS: Readonly<Record<StepStatus, string>> = Object.freeze({
  within_deadline: 'Trong hạn',
  overdue: 'Quá hạn',
  partially_overdue: 'Quá hạn một phần',
});

export interface StepDeadlineInput {
  readonly startedAt: Instant;
  /** Allotted working hours (fractional allowed, minute precision). */
  readonly allottedHours: number;
  /** Finish instant, or null/undefined while the step is open. */
  readonly finishedAt?: Instant | null;
  /** Evaluation instant for an open step. */
  readonly now: Instant;
  /** Outcome of the whole dossier once finished (classifyFinished); null while open. */
  readonly dossierOutcome?: FinishedClassification | null;
}

export interface StepDeadlineResult {
  readonly dueAt: Instant;
  readonly allottedWorkingMinutes: number;
  readonly usedWorkingMinutes: number;
  readonly finished: boolean;
  readonly overdue: boolean;
  readonly status: StepStatus;
  /** Vietnamese label of the status. */
  readonly label: string;
}

export function evaluateStepDeadline(
  calendar: WorkingCalendar,
  input: StepDeadlineInput,
): StepDeadlineResult {
  if (!(input.allottedHours >= 0) || !Number.isFinite(input.allottedHours)) {
    throw new RangeError(`Invalid allotted hours ${input.allottedHours}`);
  }
  const allottedMs = hoursToMs(input.allottedHours);
  const finished = input.finishedAt !== undefined && input.finishedAt !== null;
  const end = finished ? (input.finishedAt as Instant) : input.now;
  const usedMs = Math.max(0, workingMsBetween(calendar, input.startedAt, end));
  const overdue = usedMs > allottedMs;
  const dossierInTime = input.dossierOutcome === 'early' || input.dossierOutcome === 'on_time';
  const status: StepStatus = !overdue ? 'within_deadline' : dossierInTime ? 'partially_overdue' : 'overdue';
  return {
    dueAt: addWorkingMs(calendar, input.startedAt, allottedMs),
    allottedWorkingMinutes: allottedMs / 60_000,
    usedWorkingMinutes: usedMs / 60_000,
    finished,
    overdue,
    status,
    label: STEP_STATUS_LABELS[status],
  };
}
