import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  createWorkingCalendar,
  effectiveReceipt,
  HOURS_PER_WORKING_DAY,
  receiptTiming,
  workingDaysToHours,
  workingDaysToMinutes,
  workingMinutesBetween,
} from '../../../src/domain/calendar/index.js';
import { at, show } from './helpers/local.js';

const calendar = createWorkingCalendar();
const CUTOFF_15 = 15 * 3_600_000;

describe('workingMinutesBetween', () => {
  const rows: readonly (readonly [string, string, number])[] = [
    ['2026-03-10 10:00', '2026-03-10 11:00', 60],
    ['2026-03-10 11:00', '2026-03-10 14:00', 60], // 30 before lunch + 30 after
    ['2026-03-10 12:00', '2026-03-10 13:00', 0], // lunch
    ['2026-03-10 07:30', '2026-03-11 07:30', 450], // one full day of sessions
    ['2026-03-13 16:00', '2026-03-16 08:00', 90], // Friday → Monday across the weekend
    ['2026-03-10 18:00', '2026-03-11 06:00', 0], // night
    ['2026-02-13 07:30', '2026-02-23 17:00', 900], // Tết 2026: only 13/02 and 23/02 count
    ['2026-01-09 09:00', '2026-01-12 09:00', 900], // Saturday 10/01 is a working day
    ['2026-03-10 11:00', '2026-03-10 10:00', -60], // reversed interval
  ];
  it.each(rows)('%s → %s = %d min', (a, b, minutes) => {
    expect(workingMinutesBetween(calendar, at(a), at(b))).toBe(minutes);
  });
});

describe('addWorkingMinutes', () => {
  const rows: readonly (readonly [string, number, string])[] = [
    ['2026-03-10 10:00', 60, '2026-03-10 11:00'],
    ['2026-03-10 11:00', 30, '2026-03-10 11:30'], // lands on the session end, not on 13:30
    ['2026-03-10 11:00', 31, '2026-03-10 13:31'],
    ['2026-03-10 12:00', 10, '2026-03-10 13:40'],
    ['2026-03-10 17:00', 1, '2026-03-11 07:31'],
    ['2026-03-13 16:30', 45, '2026-03-16 07:45'], // over the weekend
    ['2026-03-14 10:00', 450, '2026-03-16 17:00'], // from a Saturday
    ['2026-02-13 16:00', 120, '2026-02-23 08:30'], // over Tết 2026
    ['2026-03-10 12:00', 0, '2026-03-10 12:00'], // zero keeps the instant as is
  ];
  it.each(rows)('%s + %d min → %s', (from, minutes, expected) => {
    expect(show(addWorkingMinutes(calendar, at(from), minutes))).toBe(expected);
  });

  it('rejects negative or non-finite amounts', () => {
    expect(() => addWorkingMinutes(calendar, at('2026-03-10 10:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingMinutes(calendar, at('2026-03-10 10:00'), Number.POSITIVE_INFINITY)).toThrow(
      RangeError,
    );
  });
});

describe('receipt timing', () => {
  const rows: readonly (readonly [string, string, string])[] = [
    ['2026-03-10 09:00', 'in_office_hours', '2026-03-10 09:00'],
    ['2026-03-10 11:30', 'in_office_hours', '2026-03-10 11:30'],
    ['2026-03-10 06:59', 'before_opening', '2026-03-10 07:30'],
    ['2026-03-10 12:30', 'between_sessions', '2026-03-10 13:30'],
    ['2026-03-10 15:30', 'after_cutoff', '2026-03-11 07:30'],
    ['2026-03-14 09:00', 'day_off', '2026-03-16 07:30'],
  ];
  it.each(rows)('%s is %s → counting starts %s', (received, timing, start) => {
    expect(receiptTiming(calendar, at(received), CUTOFF_15)).toBe(timing);
    expect(show(effectiveReceipt(calendar, at(received), CUTOFF_15))).toBe(start);
  });

  it('after closing without a cut-off', () => {
    expect(receiptTiming(calendar, at('2026-03-10 17:01'), -1)).toBe('after_closing');
    expect(show(effectiveReceipt(calendar, at('2026-03-10 17:01'), -1))).toBe('2026-03-11 07:30');
  });
});

describe('days ↔ hours', () => {
  it('nominal 8 h per day only for conversions; sessions give 7.5 h per counted day', () => {
    expect(HOURS_PER_WORKING_DAY).toBe(8);
    expect(workingDaysToHours(2.5)).toBe(20);
    expect(workingDaysToMinutes(calendar, 2)).toBe(900);
  });
});
