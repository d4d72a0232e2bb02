// Random dossier histories for property tests: a walk through the state machine's clock-relevant
// transitions (receive, pause for a supplement or a payment, resume, finish, transfer), producing the
// columns the report reads exactly as apply-decision.ts writes them.
import fc from 'fast-check';
import type { ReportChannel, ReportDossier, ReportTransition } from '../../../../src/domain/reports/index.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** 2026-01-01 00:00 in Vietnam. */
export const WINDOW_START = Date.parse('2025-12-31T17:00:00.000Z');
export const WINDOW_DAYS = 150;

type Step =
  | { kind: 'pause'; pause: 'supplement' | 'financial_obligation' }
  | { kind: 'resume'; extendDays: number }
  | { kind: 'finish'; outcome: 'result_issued' | 'refused' | 'withdrawn' | 'stopped' }
  | { kind: 'return' }
  | { kind: 'transfer' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('pause' as const),
    pause: fc.constantFrom('supplement', 'financial_obligation'),
  }),
  fc.record({ kind: fc.constant('resume' as const), extendDays: fc.integer({ min: 0, max: 10 }) }),
  fc.record({
    kind: fc.constant('finish' as const),
    outcome: fc.constantFrom('result_issued', 'result_issued', 'refused', 'withdrawn', 'stopped'),
  }),
  fc.record({ kind: fc.constant('return' as const) }),
  fc.record({ kind: fc.constant('transfer' as const) }),
);

export type History = {
  start: number;
  intake: 'received' | 'rejected' | 'pending';
  channel: ReportChannel;
  dueDays: number | null;
  gaps: number[];
  steps: Step[];
  group: number;
};

export const historyArb: fc.Arbitrary<History> = fc.record({
  start: fc.integer({ min: WINDOW_START, max: WINDOW_START + WINDOW_DAYS * DAY }),
  intake: fc.constantFrom('received', 'received', 'received', 'received', 'rejected', 'pending'),
  channel: fc.constantFrom('direct', 'online', 'postal'),
  dueDays: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 6 }),
  gaps: fc.array(fc.integer({ min: 1, max: 20 * 24 }), { minLength: 6, maxLength: 6 }),
  steps: fc.array(stepArb, { maxLength: 6 }),
  group: fc.integer({ min: 0, max: 3 }),
});

/** Applies a history; the result has the same columns the server would have written. */
export function buildDossier(h: History): ReportDossier {
  const transitions: ReportTransition[] = [];
  if (h.intake !== 'received') {
    transitions.push({ at: h.start, toState: h.intake === 'rejected' ? 'rejected_at_intake' : 'submitted' });
    return {
      receivedAt: null,
      finishedAt: null,
      dueAt: null,
      outcome: h.intake === 'rejected' ? 'rejected_at_intake' : null,
      channel: h.channel,
      pausedAt: null,
      pauseKind: null,
      transitions,
    };
  }
  const d: ReportDossier & { transitions: ReportTransition[] } = {
    receivedAt: h.start,
    finishedAt: null,
    dueAt: h.dueDays === null ? null : h.start + h.dueDays * DAY,
    outcome: null,
    channel: h.channel,
    pausedAt: null,
    pauseKind: null,
    transitions,
  };
  let state = 'received';
  let t = h.start;
  transitions.push({ at: t, toState: state });
  h.steps.forEach((step, i) => {
    t += (h.gaps[i] ?? 1) * HOUR;
    const open = ['received', 'processing', 'supplement_requested', 'awaiting_payment'].includes(state);
    const paused = state === 'supplement_requested' || state === 'awaiting_payment';
    if (step.kind === 'pause' && open && !paused) {
      state = step.pause === 'supplement' ? 'supplement_requested' : 'awaiting_payment';
      d.pausedAt = t;
      d.pauseKind = step.pause;
    } else if (step.kind === 'resume' && paused) {
      state = 'processing';
      if (d.dueAt !== null) d.dueAt += step.extendDays * DAY;
      d.pausedAt = null;
      d.pauseKind = null;
    } else if (step.kind === 'finish' && open) {
      if (step.outcome === 'result_issued' && paused) return;
      // End of processing; while paused it is the pause start (apply-decision.ts, end_clock).
      d.finishedAt = paused && d.pausedAt !== null ? d.pausedAt : t;
      d.outcome = step.outcome;
      state = step.outcome === 'result_issued' ? 'resolved' : step.outcome;
    } else if (step.kind === 'return' && (state === 'resolved' || state === 'refused')) {
      state = 'returned';
    } else if (step.kind === 'transfer' && state === 'received') {
      state = 'transferred';
      d.outcome = 'transferred';
    } else {
      return;
    }
    transitions.push({ at: t, toState: state });
  });
  return d;
}

export const dossiersArb = fc
  .array(historyArb, { maxLength: 60 })
  .map((hs) => hs.map((h) => ({ history: h, dossier: buildDossier(h) })));

/** A period inside the window: from-day offset and length in days. */
export const periodArb = fc.record({
  offset: fc.integer({ min: -5, max: WINDOW_DAYS + 10 }),
  days: fc.integer({ min: 1, max: 60 }),
});

export function periodAt(offset: number, days: number): { from: string; to: string } {
  const iso = (ms: number) => new Date(ms + 7 * HOUR).toISOString().slice(0, 10);
  const from = WINDOW_START + offset * DAY;
  return { from: iso(from), to: iso(from + (days - 1) * DAY) };
}
