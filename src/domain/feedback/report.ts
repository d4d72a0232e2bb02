// Biểu II.05a/b figures: where one feedback falls in a report period [from, to] of local dates.
// The official column list of Biểu II.05a/VPCP/KSTT was not found; these columns follow the measures
// the legal notes infer (received new / carried over, handled on time / late, in progress) — ADR 0016.
// modules/feedback/feedback-report.ts computes the same in SQL.
import type { FeedbackState } from './rules.js';

export type FeedbackPlacement =
  | { counted: false }
  | {
      counted: true;
      isNew: boolean;
      outcome: 'answeredOnTime' | 'answeredLate' | 'rejected' | 'pendingWithinDeadline' | 'pendingOverdue';
    };

export type FeedbackFacts = {
  state: FeedbackState;
  receivedDate: string;
  dueDate: string;
  closedDate: string | null;
  onTime: boolean | null;
};

export function placeFeedback(f: FeedbackFacts, from: string, to: string): FeedbackPlacement {
  if (f.receivedDate > to) return { counted: false };
  if (f.closedDate !== null && f.closedDate < from) return { counted: false };
  const isNew = f.receivedDate >= from;
  if (f.closedDate !== null && f.closedDate <= to) {
    if (f.state === 'rejected') return { counted: true, isNew, outcome: 'rejected' };
    return { counted: true, isNew, outcome: f.onTime ? 'answeredOnTime' : 'answeredLate' };
  }
  return { counted: true, isNew, outcome: f.dueDate < to ? 'pendingOverdue' : 'pendingWithinDeadline' };
}

export type FeedbackReportFigures = {
  receivedTotal: number;
  receivedNew: number;
  carriedOver: number;
  answeredTotal: number;
  answeredOnTime: number;
  answeredLate: number;
  rejected: number;
  pendingTotal: number;
  pendingWithinDeadline: number;
  pendingOverdue: number;
};

export const EMPTY_FEEDBACK_FIGURES: FeedbackReportFigures = Object.freeze({
  receivedTotal: 0,
  receivedNew: 0,
  carriedOver: 0,
  answeredTotal: 0,
  answeredOnTime: 0,
  answeredLate: 0,
  rejected: 0,
  pendingTotal: 0,
  pendingWithinDeadline: 0,
  pendingOverdue: 0,
});

export function tallyFeedback(placements: readonly FeedbackPlacement[]): FeedbackReportFigures {
  const t = { ...EMPTY_FEEDBACK_FIGURES };
  for (const p of placements) {
    if (!p.counted) continue;
    t.receivedTotal += 1;
    if (p.isNew) t.receivedNew += 1;
    else t.carriedOver += 1;
    t[p.outcome] += 1;
  }
  t.answeredTotal = t.answeredOnTime + t.answeredLate;
  t.pendingTotal = t.pendingWithinDeadline + t.pendingOverdue;
  return t;
}

export function sumFeedbackFigures(rows: readonly FeedbackReportFigures[]): FeedbackReportFigures {
  const t = { ...EMPTY_FEEDBACK_FIGURES };
  for (const r of rows) for (const k of Object.keys(t) as (keyof FeedbackReportFigures)[]) t[k] += r[k];
  return t;
}

/** The identities every row must satisfy; an empty list when it does. */
export function feedbackInvariantViolations(f: FeedbackReportFigures): string[] {
  const out: string[] = [];
  if (f.receivedTotal !== f.receivedNew + f.carriedOver) out.push('receivedTotal ≠ new + carriedOver');
  if (f.answeredTotal !== f.answeredOnTime + f.answeredLate) out.push('answeredTotal ≠ onTime + late');
  if (f.pendingTotal !== f.pendingWithinDeadline + f.pendingOverdue)
    out.push('pendingTotal ≠ within + overdue');
  if (f.receivedTotal !== f.answeredTotal + f.rejected + f.pendingTotal)
    out.push('receivedTotal ≠ answered + rejected + pending');
  return out;
}
