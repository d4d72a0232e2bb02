import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  epochDayToLunar,
  formatLocalDate,
  leapMonthOf,
  lunarNewYear,
  lunarToEpochDay,
  parseLocalDate,
} from '../../../src/domain/calendar/index.js';
import {
  newMoonJde,
  referenceLunarYear,
  solveSunLongitude,
  sunApparentLongitude,
} from './helpers/astronomy.js';

/**
 * Years where the module may legitimately differ from the reference because a new moon or a principal
 * term falls within minutes of local midnight. None is needed for 1970–2100 today; add a year here only
 * with the reason.
 */
const KNOWN_EXCEPTIONS: ReadonlyMap<number, string> = new Map();

const hungKings = (year: number) => lunarToEpochDay({ day: 10, month: 3, year, leap: false });

describe('independent astronomical reference (self-check against Meeus)', () => {
  it('reproduces Meeus example 49.a (new moon of February 1977)', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it('reproduces Meeus example 25.b (apparent solar longitude 1992-10-13.0 TD) within 1″', () => {
    const expected = 199 + 54 / 60 + 21.818 / 3600;
    expect(Math.abs(sunApparentLongitude(2448908.5) - expected) * 3600).toBeLessThan(1);
  });

  it('finds the December 2024 solstice at 09:20 UTC within two minutes', () => {
    const jdeSolstice = solveSunLongitude(270, 2460666.0);
    const jdUt = jdeSolstice - 69.2 / 86400;
    const expectedUt = 2460665.5 + (9 + 20 / 60) / 24;
    expect(Math.abs(jdUt - expectedUt) * 1440).toBeLessThan(2);
  });
});

describe('Vietnamese lunar calendar', () => {
  it('gives the Vietnam-specific Tết dates (Chinese tables differ)', () => {
    expect(formatLocalDate(lunarNewYear(1985))).toBe('1985-01-21');
    expect(formatLocalDate(lunarNewYear(2007))).toBe('2007-02-17');
    expect(formatLocalDate(lunarNewYear(2030))).toBe('2030-02-02');
    for (const year of [1985, 2007, 2030]) expect(referenceLunarYear(year).tet).toBe(lunarNewYear(year));
  });

  it('gives well-known recent dates', () => {
    expect(formatLocalDate(lunarNewYear(2025))).toBe('2025-01-29');
    expect(formatLocalDate(lunarNewYear(2026))).toBe('2026-02-17');
    expect(formatLocalDate(hungKings(2025))).toBe('2025-04-07');
    expect(formatLocalDate(hungKings(2026))).toBe('2026-04-26');
    expect(formatLocalDate(hungKings(2023))).toBe('2023-04-29');
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2026)).toBeNull();
    expect(epochDayToLunar(parseLocalDate('2026-02-16'))).toEqual({
      day: 29,
      month: 12,
      year: 2025,
      leap: false,
    });
  });

  it('agrees with the independent computation for Tết and 10/3 in every year 1970–2100', () => {
    const mismatches: string[] = [];
    for (let year = 1970; year <= 2100; year++) {
      if (KNOWN_EXCEPTIONS.has(year)) continue;
      const ref = referenceLunarYear(year);
      const tet = lunarNewYear(year);
      const gio = hungKings(year);
      if (tet !== ref.tet || gio !== ref.hungKings) {
        mismatches.push(
          `${year}: Tết ${formatLocalDate(tet)} vs ${formatLocalDate(ref.tet)}, 10/3 ${formatLocalDate(gio)} vs ${formatLocalDate(ref.hungKings)}`,
        );
      }
      // Leap month of the months 11 (year − 1) … 10 (year) must agree as well.
      const previousLeap = leapMonthOf(year - 1);
      const currentLeap = leapMonthOf(year);
      const inSui =
        previousLeap !== null && previousLeap >= 11
          ? previousLeap
          : currentLeap !== null && currentLeap <= 10
            ? currentLeap
            : null;
      if (inSui !== ref.leapMonth) mismatches.push(`${year}: leap month ${inSui} vs ${ref.leapMonth}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('round-trips lunar ↔ solar dates and advances day by day (property)', () => {
    const from = parseLocalDate('1970-01-01');
    const to = parseLocalDate('2100-12-31');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (day) => {
        const lunar = epochDayToLunar(day);
        expect(lunarToEpochDay(lunar)).toBe(day);
        const next = epochDayToLunar(day + 1);
        if (next.day !== 1) {
          expect(next).toEqual({ ...lunar, day: lunar.day + 1 });
        } else {
          expect(lunar.day === 29 || lunar.day === 30).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects lunar dates that do not exist', () => {
    expect(() => lunarToEpochDay({ day: 1, month: 3, year: 2026, leap: true })).toThrow(RangeError);
    expect(() => lunarToEpochDay({ day: 31, month: 1, year: 2026, leap: false })).toThrow(RangeError);
    expect(formatLocalDate(lunarToEpochDay({ day: 1, month: 6, year: 2025, leap: true }))).toBe('2025-07-25');
  });
});
