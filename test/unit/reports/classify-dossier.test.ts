// Worked examples of placing one dossier in a period (local dates in Asia/Ho_Chi_Minh).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EndBucket,
  periodBounds,
  periodProblem,
  placeDossier,
  type ReportDossier,
} from '../../../src/domain/reports/index.js';
import { dossiersArb, periodAt } from './helpers/histories.js';

/** Instant of a Vietnamese local time 'YYYY-MM-DD HH:mm'. */
const vn = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00.000+07:00`);
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

const base: ReportDossier = {
  receivedAt: vn('2026-03-02 09:00'),
  finishedAt: null,
  dueAt: vn('2026-03-09 17:00'),
  outcome: null,
  channel: 'online',
  pausedAt: null,
  pauseKind: null,
};
const place = (d: Partial<ReportDossier>, p = MARCH) => placeDossier({ ...base, ...d }, p);

describe('placeDossier', () => {
  it('uses local midnight for the period bounds', () => {
    expect(periodBounds(MARCH)).toEqual({ start: vn('2026-03-01 00:00'), end: vn('2026-04-01 00:00') });
    expect(place({ receivedAt: vn('2026-02-28 23:59') })?.received).toBe('carriedOver');
    expect(place({ receivedAt: vn('2026-03-01 00:00') })?.received).toBe('new');
    expect(place({ receivedAt: vn('2026-04-01 00:00') })).toBeNull();
  });

  it('classifies a result by the date of finishing against the date due', () => {
    expect(place({ finishedAt: vn('2026-03-08 16:00'), outcome: 'result_issued' })?.end).toBe('early');
    expect(place({ finishedAt: vn('2026-03-09 23:00'), outcome: 'result_issued' })?.end).toBe('onTime');
    expect(place({ finishedAt: vn('2026-03-10 07:30'), outcome: 'result_issued' })?.end).toBe('late');
    expect(place({ finishedAt: vn('2026-03-20 07:30'), outcome: 'result_issued', dueAt: null })?.end).toBe(
      'onTime',
    );
  });

  it('counts refusals, withdrawals and stops in the period they end', () => {
    for (const outcome of ['refused', 'withdrawn', 'stopped'] as const)
      expect(place({ finishedAt: vn('2026-03-05 10:00'), outcome })?.end).toBe(outcome);
  });

  it('drops dossiers never received, refused at intake, transferred, or finished before the period', () => {
    expect(place({ receivedAt: null })).toBeNull();
    expect(place({ outcome: 'rejected_at_intake' })).toBeNull();
    expect(place({ outcome: 'transferred' })).toBeNull();
    expect(
      place({
        receivedAt: vn('2026-02-02 09:00'),
        finishedAt: vn('2026-02-28 10:00'),
        outcome: 'result_issued',
      }),
    ).toBeNull();
    expect(
      place({
        receivedAt: vn('2026-02-02 09:00'),
        finishedAt: vn('2026-03-01 00:00'),
        outcome: 'result_issued',
      }),
    ).toEqual({ received: 'carriedOver', channel: 'online', end: 'early' });
  });

  it('keeps a dossier open at the end when it finishes after the period, in the state it had then', () => {
    const finishedLater = { finishedAt: vn('2026-04-03 10:00'), outcome: 'result_issued' };
    expect(place(finishedLater)?.end).toBe('overdue');
    expect(place({ ...finishedLater, dueAt: vn('2026-03-31 08:00') })?.end).toBe('withinDeadline');
    const transitions = [
      { at: vn('2026-03-02 09:00'), toState: 'received' },
      { at: vn('2026-03-20 09:00'), toState: 'supplement_requested' },
      { at: vn('2026-04-02 09:00'), toState: 'processing' },
      { at: vn('2026-04-03 10:00'), toState: 'resolved' },
    ];
    expect(place({ ...finishedLater, transitions })?.end).toBe('pausedSupplement');
    expect(place({ ...finishedLater, transitions }, { from: '2026-03-01', to: '2026-03-19' })?.end).toBe(
      'overdue',
    );
  });

  it('reads the current pause columns when the dossier has no transitions', () => {
    expect(place({ pausedAt: vn('2026-03-20 09:00'), pauseKind: 'financial_obligation' })?.end).toBe(
      'pausedFinancialObligation',
    );
    expect(place({ pausedAt: vn('2026-04-02 09:00'), pauseKind: 'supplement' })?.end).toBe('overdue');
  });

  it('counts an end while paused at the pause start (finished_at), not at the later action', () => {
    // Paused 20/03, stopped 05/04: finished_at = 20/03, so the dossier is finished in March.
    expect(
      place({ pausedAt: vn('2026-03-20 09:00'), finishedAt: vn('2026-03-20 09:00'), outcome: 'stopped' })
        ?.end,
    ).toBe('stopped');
  });

  it('rejects reversed and overlong periods', () => {
    expect(periodProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe('to_before_from');
    expect(periodProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
    expect(periodProblem({ from: '2021-01-01', to: '2025-12-31' })).toBeNull();
    expect(periodProblem({ from: '2020-01-01', to: '2026-01-01' })).toBe('too_long');
  });
});

describe('random histories', () => {
  it('reach every bucket (the property tests are not vacuous)', () => {
    const seen = new Set<EndBucket | 'carriedOver' | 'none'>();
    for (const list of fc.sample(dossiersArb, { numRuns: 200, seed: 5 }))
      for (const { dossier } of list) {
        const p = placeDossier(dossier, periodAt(40, 30));
        if (!p) seen.add('none');
        else {
          seen.add(p.end);
          if (p.received === 'carriedOver') seen.add('carriedOver');
        }
      }
    expect([...seen].sort()).toEqual(
      [
        'carriedOver',
        'early',
        'late',
        'none',
        'onTime',
        'overdue',
        'pausedFinancialObligation',
        'pausedSupplement',
        'refused',
        'stopped',
        'withdrawn',
        'withinDeadline',
      ].sort(),
    );
  });
});
