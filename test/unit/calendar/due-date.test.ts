import { describe, expect, it } from 'vitest';
import {
  computeDueDate,
  createWorkingCalendar,
  type DurationUnit,
  toLocalDate,
} from '../../../src/domain/calendar/index.js';
import { at, show } from './helpers/local.js';

const calendar = createWorkingCalendar();

type Row = readonly [
  received: string,
  amount: number,
  unit: DurationUnit,
  cutoff: string | null | undefined,
  due: string,
];

function due(received: string, amount: number, unit: DurationUnit, cutoff?: string | null): string {
  return show(computeDueDate(calendar, { receivedAt: at(received), amount, unit, cutoff }).dueAt);
}

describe('required table', () => {
  const rows: Row[] = [
    ['2026-02-12 10:00', 3, 'working_days', undefined, '2026-02-24 17:00'], // across Tết 2026
    ['2026-01-09 10:00', 1, 'working_days', undefined, '2026-01-10 17:00'], // Saturday 10/01 is a swapped working day
    ['2025-12-31 10:00', 2, 'working_days', undefined, '2026-01-06 17:00'], // 1/1 holiday, 2/1 swapped off
    ['2026-03-09 16:00', 1, 'working_days', '15:00', '2026-03-11 17:00'], // Monday after the cut-off → Wednesday
    ['2026-03-09 16:00', 0, 'working_days', '15:00', '2026-03-10 17:00'], // … same day = Tuesday
  ];
  it.each(rows)('%s + %d %s (cut-off %s) → %s', (received, amount, unit, cutoff, expected) => {
    expect(due(received, amount, unit, cutoff)).toBe(expected);
  });
});

describe('working days across 2025 and 2026', () => {
  const rows: Row[] = [
    // Tết Ất Tỵ 2025: 25/01–02/02 off
    ['2025-01-24 09:00', 1, 'working_days', undefined, '2025-02-03 17:00'],
    ['2025-01-24 15:30', 1, 'working_days', undefined, '2025-02-04 17:00'],
    ['2025-01-24 15:30', 0, 'working_days', undefined, '2025-02-03 17:00'],
    ['2025-01-26 10:00', 2, 'working_days', undefined, '2025-02-05 17:00'], // received on Sunday
    ['2025-01-22 10:00', 5, 'working_days', undefined, '2025-02-05 17:00'],
    // 1/1/2025 (Wednesday)
    ['2024-12-31 10:00', 1, 'working_days', undefined, '2025-01-02 17:00'],
    // Giỗ Tổ 2025 on Monday 07/04
    ['2025-04-04 10:00', 1, 'working_days', undefined, '2025-04-08 17:00'],
    // 30/4–1/5/2025: Saturday 26/04 works, Friday 02/05 swapped off
    ['2025-04-25 10:00', 1, 'working_days', undefined, '2025-04-26 17:00'],
    ['2025-04-25 10:00', 2, 'working_days', undefined, '2025-04-28 17:00'],
    ['2025-04-25 10:00', 4, 'working_days', undefined, '2025-05-05 17:00'],
    ['2025-04-29 14:00', 1, 'working_days', undefined, '2025-05-05 17:00'],
    ['2025-04-29 16:00', 0, 'working_days', undefined, '2025-05-05 17:00'],
    ['2025-05-02 09:00', 0, 'working_days', undefined, '2025-05-05 17:00'],
    // Quốc khánh 2025: 30/08–02/09 off
    ['2025-08-29 10:00', 1, 'working_days', undefined, '2025-09-03 17:00'],
    ['2025-08-29 10:00', 3, 'working_days', undefined, '2025-09-05 17:00'],
    ['2025-09-01 08:00', 0, 'working_days', undefined, '2025-09-03 17:00'],
    // Giỗ Tổ 2026 on Sunday 26/04 → Monday 27/04 compensatory; then 30/4–1/5
    ['2026-04-24 10:00', 1, 'working_days', undefined, '2026-04-28 17:00'],
    ['2026-04-24 10:00', 3, 'working_days', undefined, '2026-05-04 17:00'],
    // Quốc khánh 2026 (as reported): Saturday 22/08 works, 29/08–02/09 off
    ['2026-08-21 10:00', 1, 'working_days', undefined, '2026-08-22 17:00'],
    ['2026-08-28 10:00', 1, 'working_days', undefined, '2026-09-03 17:00'],
    // long durations
    ['2026-01-05 09:00', 15, 'working_days', undefined, '2026-01-23 17:00'], // includes Saturday 10/01
    ['2026-02-02 09:00', 30, 'working_days', undefined, '2026-03-23 17:00'],
    // provisional 2027: Tết 05/02–09/02 + compensatory 10–11/02
    ['2027-02-04 10:00', 1, 'working_days', undefined, '2027-02-12 17:00'],
  ];
  it.each(rows)('%s + %d %s (cut-off %s) → %s', (received, amount, unit, cutoff, expected) => {
    expect(due(received, amount, unit, cutoff)).toBe(expected);
  });
});

describe('calendar days (Civil Code Art 147.2 and 148.5)', () => {
  const rows: Row[] = [
    ['2026-03-10 10:00', 7, 'calendar_days', undefined, '2026-03-17 17:00'],
    ['2026-02-05 10:00', 10, 'calendar_days', undefined, '2026-02-23 17:00'], // lands on Sunday 15/02, Tết follows
    ['2025-04-20 10:00', 9, 'calendar_days', undefined, '2025-05-05 17:00'], // received Sunday → D0 21/04; 30/04 holiday
    ['2025-08-22 09:00', 10, 'calendar_days', undefined, '2025-09-03 17:00'], // lands on 01/09
    ['2025-09-02 10:00', 0, 'calendar_days', undefined, '2025-09-03 17:00'],
    ['2026-01-05 10:00', 5, 'calendar_days', undefined, '2026-01-10 17:00'], // lands on swapped working Saturday
    ['2026-01-05 10:00', 6, 'calendar_days', undefined, '2026-01-12 17:00'], // lands on Sunday
    ['2025-12-26 16:00', 5, 'calendar_days', undefined, '2026-01-05 17:00'], // after cut-off → D0 29/12; 03/01 Sat
    ['2026-04-20 10:00', 6, 'calendar_days', undefined, '2026-04-28 17:00'], // 26/04 Sunday holiday, 27/04 compensatory
  ];
  it.each(rows)('%s + %d %s (cut-off %s) → %s', (received, amount, unit, cutoff, expected) => {
    expect(due(received, amount, unit, cutoff)).toBe(expected);
  });
});

describe('working hours over office sessions', () => {
  const rows: Row[] = [
    ['2026-03-10 10:00', 4, 'working_hours', undefined, '2026-03-10 16:00'], // across lunch
    ['2026-03-10 11:30', 2, 'working_hours', undefined, '2026-03-10 15:30'], // from the end of the morning
    ['2026-03-10 12:15', 1, 'working_hours', undefined, '2026-03-10 14:30'], // received at lunch
    ['2026-03-10 06:00', 0.5, 'working_hours', undefined, '2026-03-10 08:00'], // before opening
    ['2026-03-10 18:00', 1, 'working_hours', undefined, '2026-03-11 08:30'], // evening
    ['2026-03-10 07:30', 7.5, 'working_hours', undefined, '2026-03-10 17:00'], // one full day of sessions
    ['2026-03-10 07:30', 8, 'working_hours', undefined, '2026-03-11 08:00'],
    ['2026-03-10 11:00', 1.25, 'working_hours', undefined, '2026-03-10 14:15'], // fractional hours
    ['2026-03-10 12:00', 0, 'working_hours', undefined, '2026-03-10 13:30'],
    ['2026-03-13 16:00', 2, 'working_hours', undefined, '2026-03-16 09:30'], // Friday after cut-off → Monday
    ['2026-03-13 16:00', 2, 'working_hours', null, '2026-03-16 08:30'], // no cut-off: 1 h Friday + 1 h Monday
    ['2026-02-13 16:30', 4, 'working_hours', null, '2026-02-23 11:00'], // across Tết 2026
    ['2026-01-09 16:00', 1, 'working_hours', null, '2026-01-09 17:00'],
    ['2026-01-09 16:00', 2, 'working_hours', null, '2026-01-10 08:30'], // Saturday 10/01 is a working day
    ['2025-04-29 16:00', 3, 'working_hours', null, '2025-05-05 09:30'], // 30/4–4/5/2025 off
    ['2026-03-14 09:00', 24, 'working_hours', undefined, '2026-03-19 09:00'], // received Saturday; 3 × 7.5 h + 1.5 h
  ];
  it.each(rows)('%s + %d %s (cut-off %s) → %s', (received, amount, unit, cutoff, expected) => {
    expect(due(received, amount, unit, cutoff)).toBe(expected);
  });
});

describe('effective receipt and cut-off', () => {
  const rows: Row[] = [
    ['2026-03-09 15:00', 1, 'working_days', undefined, '2026-03-10 17:00'], // exactly 15:00 is not after the cut-off
    ['2026-03-09 15:01', 1, 'working_days', undefined, '2026-03-11 17:00'],
    ['2026-03-09 15:30', 1, 'working_days', '16:00', '2026-03-10 17:00'], // procedure-specific cut-off
    ['2026-03-09 16:30', 1, 'working_days', null, '2026-03-10 17:00'], // no cut-off, still in office hours
    ['2026-03-09 17:00', 0, 'working_days', null, '2026-03-09 17:00'], // 17:00 is the end of office hours
    ['2026-03-09 17:30', 1, 'working_days', null, '2026-03-11 17:00'], // after closing → next working day
    ['2026-03-09 06:00', 1, 'working_days', undefined, '2026-03-10 17:00'], // before opening: same day
    ['2026-03-07 10:00', 0, 'working_days', undefined, '2026-03-09 17:00'], // Saturday → Monday
  ];
  it.each(rows)('%s + %d %s (cut-off %s) → %s', (received, amount, unit, cutoff, expected) => {
    expect(due(received, amount, unit, cutoff)).toBe(expected);
  });

  it('reports when counting starts', () => {
    const r = computeDueDate(calendar, {
      receivedAt: at('2026-02-12 16:00'),
      amount: 1,
      unit: 'working_days',
    });
    expect(show(r.countingStartsAt)).toBe('2026-02-13 07:30');
    const lunch = computeDueDate(calendar, {
      receivedAt: at('2026-03-10 12:00'),
      amount: 1,
      unit: 'working_days',
    });
    expect(show(lunch.countingStartsAt)).toBe('2026-03-10 13:30');
    expect(toLocalDate(lunch.dueAt)).toBe('2026-03-11');
    const inHours = computeDueDate(calendar, {
      receivedAt: at('2026-03-10 09:12'),
      amount: 2,
      unit: 'working_hours',
    });
    expect(inHours.countingStartsAt).toBe(at('2026-03-10 09:12'));
    expect(inHours.explanation).toBeUndefined();
  });

  it('rejects invalid amounts and units', () => {
    const receivedAt = at('2026-03-10 09:00');
    expect(() => computeDueDate(calendar, { receivedAt, amount: 1.5, unit: 'working_days' })).toThrow(
      RangeError,
    );
    expect(() => computeDueDate(calendar, { receivedAt, amount: -1, unit: 'calendar_days' })).toThrow(
      RangeError,
    );
    expect(() => computeDueDate(calendar, { receivedAt, amount: Number.NaN, unit: 'working_hours' })).toThrow(
      RangeError,
    );
    expect(() => computeDueDate(calendar, { receivedAt, amount: 1, unit: 'weeks' as DurationUnit })).toThrow(
      TypeError,
    );
    expect(() =>
      computeDueDate(calendar, { receivedAt, amount: 1, unit: 'working_days', cutoff: '3pm' }),
    ).toThrow(RangeError);
  });

  it('refuses dates outside the supported range', () => {
    expect(() =>
      computeDueDate(calendar, { receivedAt: at('2199-12-31 10:00'), amount: 5, unit: 'working_days' }),
    ).toThrow(RangeError);
    expect(() => calendar.isWorkingDay(-30_000)).toThrow(RangeError);
  });
});

describe('per-unit office hours', () => {
  const custom = createWorkingCalendar({
    officeHours: {
      sessions: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:30' },
      ],
    },
  });

  it('ends a day-based deadline at the end of the last session', () => {
    const r = computeDueDate(custom, { receivedAt: at('2026-03-10 09:00'), amount: 1, unit: 'working_days' });
    expect(show(r.dueAt)).toBe('2026-03-11 17:30');
  });

  it('counts working hours over the unit sessions', () => {
    const r = computeDueDate(custom, {
      receivedAt: at('2026-03-10 11:00'),
      amount: 3,
      unit: 'working_hours',
    });
    expect(show(r.dueAt)).toBe('2026-03-10 15:00');
    expect(custom.workingMsPerDay).toBe(8.5 * 3_600_000);
  });

  it('rejects overlapping or empty sessions', () => {
    const overlapping = {
      sessions: [
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ],
    };
    expect(() => createWorkingCalendar({ officeHours: overlapping })).toThrow(RangeError);
    expect(() =>
      createWorkingCalendar({ officeHours: { sessions: [{ start: '08:00', end: '08:00' }] } }),
    ).toThrow(RangeError);
    expect(() => createWorkingCalendar({ officeHours: { sessions: [] } })).toThrow(RangeError);
  });
});
