// Feedback and petitions (phản ánh, kiến nghị — PAKN): states, the transition table, the legal handling
// deadline and the on-time classification. Pure: the working calendar and "today" are passed in.
import { formatLocalDate, parseLocalDate, type WorkingCalendar } from '../calendar/index.js';

export const FEEDBACK_STATES = ['received', 'processing', 'answered', 'rejected'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

export const FEEDBACK_ACTIONS = ['assign', 'answer', 'reject'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

export const FEEDBACK_TOPICS = ['regulation', 'handling'] as const;
export type FeedbackTopic = (typeof FEEDBACK_TOPICS)[number];

/** state × action → next state; a missing pair is not allowed. answered and rejected are final. */
export const FEEDBACK_TRANSITIONS: Readonly<
  Record<FeedbackState, Partial<Record<FeedbackAction, FeedbackState>>>
> = {
  received: { assign: 'processing', answer: 'answered', reject: 'rejected' },
  processing: { assign: 'processing', answer: 'answered', reject: 'rejected' },
  answered: {},
  rejected: {},
};

export function nextFeedbackState(state: FeedbackState, action: FeedbackAction): FeedbackState | null {
  return FEEDBACK_TRANSITIONS[state][action] ?? null;
}

/** A handling-time rule in force from a local date (data with a date, like the other legal parameters). */
export type FeedbackDeadlineRule = {
  effectiveFrom: string;
  /** Working days to answer, counted from the day after receipt. */
  workingDays: number;
  /** Working days to reject a feedback outside the unit's competence. */
  rejectWorkingDays: number;
};

/** The rule in force on a local date: the latest one effective on or before it; null if none. */
export function ruleInForce(
  rules: readonly FeedbackDeadlineRule[],
  date: string,
): FeedbackDeadlineRule | null {
  let best: FeedbackDeadlineRule | null = null;
  for (const r of rules) {
    if (r.effectiveFrom <= date && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  }
  return best;
}

/** The n-th working day after the day of receipt (the receipt day itself is not counted). */
export function workingDaysAfter(calendar: WorkingCalendar, receivedDate: string, days: number): string {
  return formatLocalDate(calendar.nthWorkingDayAfter(parseLocalDate(receivedDate), days));
}

/** Due date of the answer for a feedback received on a local date. */
export function feedbackDueDate(
  calendar: WorkingCalendar,
  rule: FeedbackDeadlineRule,
  receivedDate: string,
): string {
  return workingDaysAfter(calendar, receivedDate, rule.workingDays);
}

/**
 * On time when closed on or before the last allowed day: the due date for an answer, the rejection
 * window (rejectWorkingDays after receipt) for a rejection.
 */
export function closedOnTime(
  calendar: WorkingCalendar,
  rule: FeedbackDeadlineRule,
  input: { action: 'answer' | 'reject'; receivedDate: string; dueDate: string; closedDate: string },
): boolean {
  const limit =
    input.action === 'answer'
      ? input.dueDate
      : workingDaysAfter(calendar, input.receivedDate, rule.rejectWorkingDays);
  return input.closedDate <= limit;
}

/** Open feedback on a date: within the deadline while the due date is not passed. */
export function openFeedbackOverdue(dueDate: string, today: string): boolean {
  return dueDate < today;
}
