import { describe, expect, it } from 'vitest';
import {
  caseDuration,
  catalogInForce,
  isInForce,
  versionInForce,
} from '../../../src/domain/catalog/index.js';
import { sample } from './fixtures.js';

const v1 = sample({ effectiveFrom: '2025-07-01', effectiveTo: '2026-01-01' });
const v2 = sample({ version: 2, effectiveFrom: '2026-01-01', effectiveTo: '2026-07-01' });
const v3 = sample({ version: 3, effectiveFrom: '2026-07-01' });
const other = sample({ code: '1.001193', effectiveFrom: '2025-07-01' });
const all = [v3, other, v1, v2];

describe('version in force', () => {
  it('is none before the first version', () => {
    expect(versionInForce(all, '2.000815', '2025-06-30')).toBeNull();
  });

  it('starts on effectiveFrom (inclusive)', () => {
    expect(versionInForce(all, '2.000815', '2025-07-01')).toBe(v1);
  });

  it('ends the day before effectiveTo (exclusive) and switches on that day', () => {
    expect(versionInForce(all, '2.000815', '2025-12-31')).toBe(v1);
    expect(versionInForce(all, '2.000815', '2026-01-01')).toBe(v2);
    expect(versionInForce(all, '2.000815', '2026-06-30')).toBe(v2);
    expect(versionInForce(all, '2.000815', '2026-07-01')).toBe(v3);
  });

  it('keeps an open-ended version in force forever', () => {
    expect(versionInForce(all, '2.000815', '2099-12-31')).toBe(v3);
    expect(isInForce(v3, '2026-06-30')).toBe(false);
  });

  it('is none for an unknown code', () => {
    expect(versionInForce(all, '9.999999', '2026-01-01')).toBeNull();
  });

  it('prefers the highest version if data overlaps', () => {
    const overlapping = sample({ version: 7, effectiveFrom: '2025-01-01' });
    expect(versionInForce([v1, overlapping], '2.000815', '2025-08-01')).toBe(overlapping);
  });

  it('builds the catalog in force, one version per code, ordered by code', () => {
    expect(catalogInForce(all, '2026-01-01')).toEqual([other, v2]);
    expect(catalogInForce(all, '2025-06-30')).toEqual([]);
  });

  it('falls back to the counter duration for online submissions', () => {
    const c = v1.cases[0]!;
    expect(caseDuration(c, 'online')).toBe(c.durations.counter);
    const withOnline = {
      ...c,
      durations: { ...c.durations, online: { amount: 4, unit: 'working_hours' as const } },
    };
    expect(caseDuration(withOnline, 'online')).toEqual({ amount: 4, unit: 'working_hours' });
  });
});
