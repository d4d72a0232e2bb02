// Property tests of the dossier-results formulas over random dossier histories: the invariant holds
// on every row and total, rows sum to the total, units sum to their parent, and consecutive periods
// chain (next carriedOver = this period's open dossiers; a period split in two adds up).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFigures,
  checkInvariant,
  type DossierResultFigures,
  figuresOf,
  figuresOnly,
  finishedTotal,
  invariantViolations,
  nextPeriod,
  openTotal,
  placeDossier,
  sumFigures,
  tallyReport,
} from '../../../src/domain/reports/index.js';
import { dossiersArb, periodArb, periodAt } from './helpers/histories.js';

type Built = { history: { group: number }; dossier: Parameters<typeof placeDossier>[0] };

const keyed = (list: Built[], groups = 4) =>
  list.map((x) => ({
    key: `g${x.history.group % groups}`,
    label: `Nhóm ${x.history.group % groups}`,
    dossier: x.dossier,
  }));

const RUNS = { numRuns: 300 };

describe('dossier-results invariant', () => {
  it('holds on every row and on the total, for every period and grouping; rows sum to the total', () => {
    fc.assert(
      fc.property(dossiersArb, periodArb, fc.integer({ min: 1, max: 4 }), (list, p, groups) => {
        const period = periodAt(p.offset, p.days);
        const table = tallyReport(keyed(list, groups), period);
        for (const row of table.rows) expect(invariantViolations(row)).toEqual([]);
        expect(invariantViolations(table.total)).toEqual([]);
        expect(sumFigures(table.rows.map(figuresOnly))).toEqual(table.total);
        // Every dossier lands in at most one bucket.
        for (const x of list)
          expect(figuresOf(placeDossier(x.dossier, period)).received.total).toBeLessThan(2);
      }),
      RUNS,
    );
  });

  it('gives the same total for any grouping, and the parent equals the sum of its units', () => {
    fc.assert(
      fc.property(dossiersArb, periodArb, (list, p) => {
        const period = periodAt(p.offset, p.days);
        const parent = tallyReport(keyed(list, 1), period).total;
        const units = [0, 1, 2, 3].map(
          (g) => tallyReport(keyed(list.filter((x) => x.history.group === g)), period).total,
        );
        expect(sumFigures(units)).toEqual(parent);
        expect(tallyReport(keyed(list, 3), period).total).toEqual(parent);
      }),
      RUNS,
    );
  });

  it('chains consecutive periods: next carriedOver = this period’s open dossiers, per row', () => {
    fc.assert(
      fc.property(dossiersArb, periodArb, fc.integer({ min: 1, max: 60 }), (list, p, nextDays) => {
        const first = periodAt(p.offset, p.days);
        const second = nextPeriod(first, nextDays);
        const a = tallyReport(keyed(list), first);
        const b = tallyReport(keyed(list), second);
        const open = new Map(a.rows.map((r) => [r.key, openTotal(r)]));
        for (const r of b.rows) expect(r.received.carriedOver).toBe(open.get(r.key) ?? 0);
        expect(b.total.received.carriedOver).toBe(openTotal(a.total));
      }),
      RUNS,
    );
  });

  it('adds up when a period is split in two', () => {
    fc.assert(
      fc.property(dossiersArb, periodArb, fc.integer({ min: 1, max: 60 }), (list, p, moreDays) => {
        const first = periodAt(p.offset, p.days);
        const second = nextPeriod(first, moreDays);
        const whole = { from: first.from, to: second.to };
        const a = tallyReport(keyed(list), first).total;
        const b = tallyReport(keyed(list), second).total;
        const w = tallyReport(keyed(list), whole).total;
        expect(w.received.carriedOver).toBe(a.received.carriedOver);
        expect(w.received.new).toBe(a.received.new + b.received.new);
        expect(finishedTotal(w)).toBe(finishedTotal(a) + finishedTotal(b));
        const sum: DossierResultFigures = addFigures(a, b);
        expect(w.resolved).toEqual(sum.resolved);
        expect([w.refused, w.withdrawn, w.stopped]).toEqual([sum.refused, sum.withdrawn, sum.stopped]);
        expect(w.inProgress).toEqual(b.inProgress);
        expect(w.paused).toEqual(b.paused);
        expect(checkInvariant(w)).toBe(true);
      }),
      RUNS,
    );
  });
});
