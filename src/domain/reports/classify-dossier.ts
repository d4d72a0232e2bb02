/**
 * Places ONE dossier in the dossier-results report of a period, in exactly one bucket (or none).
 * The SQL of src/modules/reports/dossier-results-sql.ts mirrors this function case by case; a test
 * compares the two on the same rows.
 *
 * - Never counted: dossiers not received (received_at null: statuses 1 and 3), refused at intake,
 *   transferred to another unit (the competent unit counts the dossier it receives; counting it here
 *   too would count it twice in a province), received after the period, or finished before it.
 * - received: `new` when received in the period (split by channel), else `carriedOver`.
 * - Finished in the period (finished_at in [start, end); finished_at is the end of processing, the
 *   pause start for an end while paused): by outcome — result_issued → resolved, classified
 *   early / on time / late by the local date of finishing vs the date due (legal-rules §4.6); refused;
 *   withdrawn; stopped. A returned result stays "resolved" (its finishing instant is the result).
 * - Otherwise open at the end of `to`: paused when the dossier's state at that instant was
 *   supplement_requested / awaiting_payment (from its last transition at or before the end; without
 *   transitions, from the current pause columns); else in progress, within deadline or overdue by
 *   `classifyOpenOnReportDate(to, dueAt)`.
 */
import { classifyFinished, classifyOpenOnReportDate } from '../calendar/classify.js';
import type { Instant } from '../calendar/types.js';
import { type DossierResultFigures, emptyFigures } from './figures.js';
import { periodBounds, type ReportPeriod } from './period.js';

export type ReportChannel = 'direct' | 'online' | 'postal';

export type ReportTransition = { at: Instant; toState: string };

/** The columns of a dossier the report reads. */
export type ReportDossier = {
  receivedAt: Instant | null;
  finishedAt: Instant | null;
  dueAt: Instant | null;
  outcome: string | null;
  channel: ReportChannel;
  pausedAt: Instant | null;
  pauseKind: string | null;
  /** State changes (dossier_events: at, to_state) in the order they were written. */
  transitions?: readonly ReportTransition[];
};

export type EndBucket =
  | 'early'
  | 'onTime'
  | 'late'
  | 'refused'
  | 'withdrawn'
  | 'stopped'
  | 'withinDeadline'
  | 'overdue'
  | 'pausedSupplement'
  | 'pausedFinancialObligation';

export type Placement = { received: 'new' | 'carriedOver'; channel: ReportChannel; end: EndBucket };

/** Outcomes that end the processing of a received dossier and are counted as finished. */
const FINISHED_OUTCOMES: Readonly<Record<string, EndBucket | null>> = {
  result_issued: null, // classified by date
  refused: 'refused',
  withdrawn: 'withdrawn',
  stopped: 'stopped',
};

/** Outcomes whose dossiers are never counted. */
export const EXCLUDED_OUTCOMES: readonly string[] = ['rejected_at_intake', 'transferred'];

export function placeDossier(d: ReportDossier, period: ReportPeriod): Placement | null {
  const { start, end } = periodBounds(period);
  if (d.receivedAt === null || d.receivedAt >= end) return null;
  if (d.outcome !== null && EXCLUDED_OUTCOMES.includes(d.outcome)) return null;
  if (d.finishedAt !== null && d.finishedAt < start) return null;
  const received = d.receivedAt >= start ? 'new' : 'carriedOver';
  return { received, channel: d.channel, end: endBucket(d, period, end) };
}

function endBucket(d: ReportDossier, period: ReportPeriod, end: Instant): EndBucket {
  const finishedIn = d.finishedAt !== null && d.finishedAt < end;
  if (finishedIn && d.outcome !== null && d.outcome in FINISHED_OUTCOMES) {
    const fixed = FINISHED_OUTCOMES[d.outcome];
    if (fixed) return fixed;
    const c = classifyFinished(d.finishedAt as Instant, d.dueAt);
    return c === 'early' ? 'early' : c === 'on_time' ? 'onTime' : 'late';
  }
  const pause = pauseAtEnd(d, end);
  if (pause === 'supplement') return 'pausedSupplement';
  if (pause === 'financial_obligation') return 'pausedFinancialObligation';
  return classifyOpenOnReportDate(period.to, d.dueAt) === 'overdue' ? 'overdue' : 'withinDeadline';
}

/** The pause kind in force just before `end`, or null when the dossier was not paused then. */
export function pauseAtEnd(d: ReportDossier, end: Instant): string | null {
  // The last transition before `end`; on equal instants the later-written one (SQL: ORDER BY at, id).
  let last: ReportTransition | null = null;
  for (const t of d.transitions ?? []) if (t.at < end && (last === null || t.at >= last.at)) last = t;
  if (last !== null) {
    if (last.toState === 'supplement_requested') return 'supplement';
    if (last.toState === 'awaiting_payment') return 'financial_obligation';
    return null;
  }
  return d.pausedAt !== null && d.pausedAt < end ? d.pauseKind : null;
}

/** The figures of one placed dossier (all zero for null). */
export function figuresOf(p: Placement | null): DossierResultFigures {
  const f = emptyFigures();
  if (!p) return f;
  f.received.total = 1;
  if (p.received === 'carriedOver') f.received.carriedOver = 1;
  else {
    f.received.new = 1;
    f.received[p.channel] = 1;
  }
  switch (p.end) {
    case 'early':
    case 'onTime':
    case 'late':
      f.resolved.total = 1;
      f.resolved[p.end] = 1;
      break;
    case 'refused':
    case 'withdrawn':
    case 'stopped':
      f[p.end] = 1;
      break;
    case 'withinDeadline':
    case 'overdue':
      f.inProgress.total = 1;
      f.inProgress[p.end] = 1;
      break;
    case 'pausedSupplement':
      f.paused.total = 1;
      f.paused.supplement = 1;
      break;
    case 'pausedFinancialObligation':
      f.paused.total = 1;
      f.paused.financialObligation = 1;
      break;
  }
  return f;
}
