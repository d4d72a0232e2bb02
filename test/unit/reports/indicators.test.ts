// Indicator rates, target comparison, targets in force and the Decision 766 scores (pure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeIndex766,
  type IndicatorFacts,
  indicators,
  itemScore,
  rankByTotal,
  rate,
  type TargetRow,
  targetMet,
  targetRowInForce,
  targetsInForce,
} from '../../../src/domain/reports/index.js';

/** Seed 003's week (01/01/2026 – 22/01/2026), with the reuse count 844 (see test/api/seed-reports.test.ts). */
const SEED_003: IndicatorFacts = {
  dossiers: 845,
  online: 845,
  feeBearing: 738,
  paidOnline: 738,
  feesPaidOnline: 18_025_000,
  digitized: 845,
  dataReused: 844,
  fullOnlineProcedureDossiers: 144,
  fullOnlineDossiers: 126,
  proceduresWithDossiers: { full: 11, partial: 12, none: 0 },
  proceduresPaidOnline: 12,
  procedures: { full: 217, partial: 162, none: 0 },
  nonTerritorial: { period: 0, lastWeek: 0 },
  resolved: 826,
  resolvedWithEResult: 826,
  late: 0,
  overdue: 0,
  feedback: {
    received: 0,
    handled: 0,
    handledOnTime: 0,
    pending: 0,
    ratings: { total: 0, verySatisfied: 0, satisfied: 0, dissatisfied: 0 },
  },
};

describe('rate', () => {
  it('rounds the percent to 2 decimals and keeps the counts', () => {
    expect(rate(844, 845)).toEqual({ numerator: 844, denominator: 845, value: 99.88 });
    expect(rate(845, 845).value).toBe(100);
    expect(rate(1, 3).value).toBe(33.33);
    expect(rate(2, 3).value).toBe(66.67);
  });
  it('has no value without a denominator', () => {
    expect(rate(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
  });
  it('refuses impossible counts', () => {
    expect(() => rate(3, 2)).toThrow(RangeError);
    expect(() => rate(-1, 2)).toThrow(RangeError);
    expect(() => rate(1.5, 2)).toThrow(RangeError);
  });
  it('stays within [0, 100] and is monotonic in the numerator (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), (d, n0) => {
        const n = n0 % (d + 1);
        const v = rate(n, d).value as number;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
        if (n < d) expect(rate(n + 1, d).value as number).toBeGreaterThanOrEqual(v);
      }),
    );
  });
});

describe('targetMet', () => {
  it('compares the exact counts, not the rounded percent', () => {
    // 949/1000 = 94,9 %: not ≥ 95 %; 19/20 = 95 % exactly: met.
    expect(targetMet(rate(949, 1000), { comparator: 'at_least', value: 95 })).toBe(false);
    expect(targetMet(rate(19, 20), { comparator: 'at_least', value: 95 })).toBe(true);
    // 99,995 % rounds to 100,00 but is not = 100 %.
    expect(targetMet(rate(19999, 20000), { comparator: 'at_least', value: 100 })).toBe(false);
    expect(targetMet(rate(1, 10), { comparator: 'at_most', value: 10 })).toBe(true);
    expect(targetMet(rate(2, 10), { comparator: 'at_most', value: 10 })).toBe(false);
  });
  it('is null without a target or a denominator', () => {
    expect(targetMet(rate(1, 2), null)).toBeNull();
    expect(targetMet(rate(0, 0), { comparator: 'at_least', value: 50 })).toBeNull();
  });
  it('agrees with numerator/denominator ≥ value/100 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.nat(),
        fc.integer({ min: 0, max: 10000 }),
        (d, n0, t) => {
          const n = n0 % (d + 1);
          const value = t / 100;
          expect(targetMet(rate(n, d), { comparator: 'at_least', value })).toBe(n * 10000 >= t * d);
        },
      ),
    );
  });
});

describe('indicators', () => {
  it('reproduce the rates of seed 003 with its targets', () => {
    const list = indicators(SEED_003, {
      online_submission: { comparator: 'at_least', value: 95 },
      online_payment: { comparator: 'at_least', value: 60 },
      data_reuse: { comparator: 'at_least', value: 50 },
      feedback_on_time: { comparator: 'at_least', value: 100 },
    });
    const by = Object.fromEntries(list.map((i) => [i.code, i]));
    expect(by.online_submission).toMatchObject({ numerator: 845, denominator: 845, value: 100, met: true });
    expect(by.online_payment).toMatchObject({ numerator: 738, denominator: 738, value: 100, met: true });
    expect(by.digitization).toMatchObject({ numerator: 845, denominator: 845, target: null, met: null });
    expect(by.data_reuse).toMatchObject({ numerator: 844, value: 99.88, met: true });
    expect(by.full_online_dossiers).toMatchObject({ numerator: 126, denominator: 144, value: 87.5 });
    expect(by.feedback_on_time).toMatchObject({ denominator: 0, value: null, met: null });
  });
});

describe('targets in force', () => {
  const rows: TargetRow[] = [
    {
      scopeUnitId: null,
      indicator: 'online_submission',
      comparator: 'at_least',
      value: 50,
      effectiveFrom: '2022-06-23',
    },
    {
      scopeUnitId: null,
      indicator: 'online_submission',
      comparator: 'at_least',
      value: 60,
      effectiveFrom: '2026-01-01',
    },
    {
      scopeUnitId: 'P',
      indicator: 'online_submission',
      comparator: 'at_least',
      value: 90,
      effectiveFrom: '2026-02-01',
    },
    {
      scopeUnitId: 'U',
      indicator: 'online_submission',
      comparator: 'at_least',
      value: 95,
      effectiveFrom: '2026-03-01',
    },
  ];
  it('takes the latest effective row of the most specific scope', () => {
    const at = (date: string) => targetRowInForce(rows, 'online_submission', ['U', 'P', null], date)?.value;
    expect(at('2025-12-31')).toBe(50);
    expect(at('2026-01-15')).toBe(60);
    expect(at('2026-02-15')).toBe(90);
    expect(at('2026-03-01')).toBe(95);
    expect(targetRowInForce(rows, 'online_submission', ['V', 'P', null], '2026-03-01')?.value).toBe(90);
    expect(targetRowInForce(rows, 'online_submission', [null], '2026-03-01')?.value).toBe(60);
  });
  it('is null when nothing is configured', () => {
    expect(targetsInForce(rows, ['digitization'], ['U', null], '2026-03-01')).toEqual({ digitization: null });
  });
});

describe('Decision 766 index', () => {
  it('has groups of 18/20/22/22/18 points summing to 100', () => {
    const idx = computeIndex766(SEED_003);
    expect(idx.groups.map((g) => g.max)).toEqual([18, 20, 22, 22, 18]);
    for (const g of idx.groups) {
      const pts = g.items.reduce((s, i) => s + i.points, 0);
      expect(Math.round(pts * 100) / 100).toBe(g.max);
    }
  });
  it('scores a rate against its full-score threshold', () => {
    expect(itemScore(4.4, 80, rate(80, 100))).toBe(4.4);
    expect(itemScore(4.4, 80, rate(40, 100))).toBe(2.2);
    expect(itemScore(20, null, rate(95, 100))).toBe(19);
    expect(itemScore(5, null, rate(0, 0))).toBe(5);
  });
  it('scores seed 003: every computed item at its maximum except 3.2', () => {
    const idx = computeIndex766(SEED_003);
    const items = idx.groups.flatMap((g) => g.items);
    const i32 = items.find((i) => i.id === '3.2')!;
    expect(i32.rate).toMatchObject({ numerator: 23, denominator: 379 });
    expect(i32.score).toBe(Math.round(4.4 * (23 / 379) * 100) / 100);
    for (const i of items.filter((x) => x.basis === 'computed' && x.id !== '3.2'))
      expect(i.score).toBe(i.points);
    expect(items.filter((i) => i.basis === 'not_recorded').map((i) => i.id)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.2',
      '3.5',
      '4.4',
      '4.5',
      '5.1',
      '5.3',
    ]);
    expect(idx.computableMax).toBe(61.8); // 20 + 4 × 4,4 + 3 × 4,4 + 5 + 6
    expect(idx.total).toBe(Math.round((idx.computableMax - 4.4 + (i32.score as number)) * 100) / 100);
  });
  it('stays within [0, computableMax] for any facts (property)', () => {
    const n = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(n, n, n, n, n, n, (dossiers, a, b, c, late, fb) => {
        const f: IndicatorFacts = {
          ...SEED_003,
          dossiers,
          online: a % (dossiers + 1),
          digitized: b % (dossiers + 1),
          dataReused: c % (dossiers + 1),
          late: late % (dossiers + 1),
          overdue: 0,
          feedback: { ...SEED_003.feedback, received: fb },
        };
        const idx = computeIndex766(f);
        expect(idx.total).toBeGreaterThanOrEqual(0);
        expect(idx.total).toBeLessThanOrEqual(idx.computableMax + 1e-9);
        for (const g of idx.groups) expect(g.score).toBeLessThanOrEqual(g.max + 1e-9);
      }),
    );
  });
  it('ranks by total with shared ranks', () => {
    const ranked = rankByTotal([
      { code: 'B', total: 80 },
      { code: 'A', total: 80 },
      { code: 'C', total: 90 },
      { code: 'D', total: 10 },
    ]);
    expect(ranked.map((r) => `${r.rank}${r.code}`)).toEqual(['1C', '2A', '2B', '4D']);
  });
});
