import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromEpochDay,
  epochDayFromCivil,
  epochDayOf,
  formatClockTime,
  formatDisplayDate,
  formatDisplayDateTime,
  formatLocalDate,
  localInstant,
  msOfLocalDay,
  parseClockTime,
  parseLocalDate,
  toLocalDate,
  toLocalTime,
  weekdayName,
  weekdayOf,
} from '../../../src/domain/calendar/index.js';

describe('UTC+7 fixed-offset time', () => {
  it('maps instants to the local date at UTC+7', () => {
    // 2026-02-11T17:00Z is 00:00 on 12/02/2026 in Vietnam; one ms earlier is still 11/02.
    const midnight = Date.UTC(2026, 1, 11, 17, 0);
    expect(toLocalDate(midnight)).toBe('2026-02-12');
    expect(toLocalDate(midnight - 1)).toBe('2026-02-11');
    expect(msOfLocalDay(midnight)).toBe(0);
    expect(localInstant('2026-02-12', '10:00')).toBe(Date.UTC(2026, 1, 12, 3, 0));
    expect(toLocalTime(Date.UTC(2026, 1, 12, 3, 0))).toBe('10:00');
  });

  it('formats Vietnamese display dates and times', () => {
    expect(formatDisplayDate(parseLocalDate('2026-02-05'))).toBe('05/02/2026');
    expect(formatDisplayDateTime(localInstant('2026-02-05', '07:30'))).toBe('07:30 05/02/2026');
    expect(formatClockTime(15 * 60)).toBe('15:00');
    expect(weekdayName(parseLocalDate('2026-01-10'))).toBe('Thứ Bảy');
    expect(weekdayName(parseLocalDate('2026-02-22'))).toBe('Chủ nhật');
  });

  it('knows weekdays (1970-01-01 was a Thursday)', () => {
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(parseLocalDate('2026-02-12'))).toBe(4);
    expect(weekdayOf(parseLocalDate('2025-09-02'))).toBe(2);
    expect(weekdayOf(parseLocalDate('1969-12-31'))).toBe(3);
  });

  it('rejects malformed dates and times', () => {
    for (const bad of [
      '2026-2-1',
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '26-02-01',
      '2026-02-01T00:00',
    ]) {
      expect(() => parseLocalDate(bad)).toThrow(RangeError);
    }
    expect(parseLocalDate('2024-02-29')).toBe(epochDayFromCivil(2024, 2, 29));
    for (const bad of ['7:30', '07.30', '24:01', '07:60', 'ab:cd'])
      expect(() => parseClockTime(bad)).toThrow(RangeError);
    expect(parseClockTime('24:00')).toBe(1440);
  });

  it('round-trips civil dates and agrees with Date.UTC (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 120_000 }), (day) => {
        const c = civilFromEpochDay(day);
        expect(epochDayFromCivil(c.year, c.month, c.day)).toBe(day);
        expect(parseLocalDate(formatLocalDate(day))).toBe(day);
        expect(Date.UTC(c.year, c.month - 1, c.day) / 86_400_000).toBe(day);
      }),
    );
  });

  it('epochDayOf and msOfLocalDay recompose the instant (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7_000_000_000_000 }), (ms) => {
        expect(epochDayOf(ms) * 86_400_000 + msOfLocalDay(ms) - 7 * 3_600_000).toBe(ms);
      }),
    );
  });
});
