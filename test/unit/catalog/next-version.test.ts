import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../src/demo/procedures/index.js';
import { nextVersion, splitPath } from '../../../src/modules/catalog/next-version.js';

const latest = demoCatalog().find((p) => p.code === '1.004884' && p.effectiveTo === null)!;
const kase = latest.cases[0]!;

describe('next procedure version', () => {
  it('copies the latest version with the changed process, opening the day after "today" at the earliest', () => {
    const process = kase.process.map((s) =>
      s.kind === 'appraise' ? { ...s, name: 'Thẩm định, xác minh' } : s,
    );
    const r = nextVersion(
      latest,
      { effectiveFrom: '2026-12-02', cases: [{ code: kase.code, process }] },
      '2026-12-01',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.version.version).toBe(latest.version + 1);
    expect(r.version.effectiveFrom).toBe('2026-12-02');
    expect(r.version.effectiveTo).toBeNull();
    expect(r.closeLatestOn).toBe('2026-12-02');
    expect(r.version.cases[0]!.process.map((s) => s.name)).toContain('Thẩm định, xác minh');
    expect(r.version.fees).toEqual(latest.fees);
    // The latest version object is never modified.
    expect(latest.cases[0]!.process.map((s) => s.name)).not.toContain('Thẩm định, xác minh');
  });

  it('refuses a retroactive date, an unknown case and a process longer than the case duration', () => {
    const past = nextVersion(latest, { effectiveFrom: '2026-11-30', cases: [] }, '2026-12-01');
    expect(past).toMatchObject({
      ok: false,
      kind: 'invalid',
      issues: [{ code: 'RETROACTIVE', path: ['effectiveFrom'] }],
    });
    const unknown = nextVersion(
      latest,
      { effectiveFrom: '2026-12-02', cases: [{ code: 'TH9', process: [...kase.process] }] },
      '2026-12-01',
    );
    expect(unknown).toMatchObject({
      ok: false,
      issues: [{ code: 'UNKNOWN_CASE', path: ['cases', '0', 'code'] }],
    });
    const long = kase.process.map((s) => ({ ...s, allotted: { amount: 30, unit: 'working_days' as const } }));
    const tooLong = nextVersion(
      latest,
      { effectiveFrom: '2026-12-02', cases: [{ code: kase.code, process: long }] },
      '2026-12-01',
    );
    expect(tooLong.ok).toBe(false);
    if (tooLong.ok || tooLong.kind !== 'invalid') return;
    expect(
      tooLong.issues.some(
        (i) => i.code === 'STEPS_EXCEED_DURATION' && i.path[0] === 'cases' && i.path[1] === '0',
      ),
    ).toBe(true);
    expect(tooLong.issues.every((i) => /[à-ỹ]/.test(i.message))).toBe(true);
  });

  it('refuses a second version while one is scheduled', () => {
    const scheduled = { ...latest, effectiveFrom: '2027-01-01' };
    expect(nextVersion(scheduled, { effectiveFrom: '2027-02-01', cases: [] }, '2026-12-01')).toMatchObject({
      ok: false,
      kind: 'scheduled',
    });
  });

  it('splits validation paths into segments', () => {
    expect(splitPath('cases[0].process[2].allotted.amount')).toEqual([
      'cases',
      '0',
      'process',
      '2',
      'allotted',
      'amount',
    ]);
  });
});
