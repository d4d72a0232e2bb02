import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  type CalendarOverride,
  computeDueDate,
  createWorkingCalendar,
  type DurationUnit,
  epochDayOf,
  formatLocalDate,
  holidaysForYear,
  MS_PER_MINUTE,
  msOfLocalDay,
  type OfficeHours,
  parseLocalDate,
  resumeAfterPause,
  type WorkingCalendar,
  weekdayOf,
  workingMinutesBetween,
} from '../../../src/domain/calendar/index.js';
import { at } from './helpers/local.js';

const FROM = at('2024-06-01 00:00');
const TO = at('2028-06-01 00:00');
const FIRST_DAY = parseLocalDate('2024-01-01');
const LAST_DAY = parseLocalDate('2028-12-31');

const OFFICE_HOURS: readonly OfficeHours[] = [
  {
    sessions: [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
  },
  { sessions: [{ start: '08:00', end: '16:00' }] },
  {
    sessions: [
      { start: '07:00', end: '09:00' },
      { start: '10:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ],
  },
];
const KINDS: readonly CalendarOverride['kind'][] = [
  'holiday',
  'compensatory_off',
  'swap_off',
  'swap_workday',
  'regular_day',
];

const instantArb = fc
  .integer({ min: FROM / MS_PER_MINUTE, max: TO / MS_PER_MINUTE })
  .map((m) => m * MS_PER_MINUTE);
const cutoffArb = fc.constantFrom<string | null | undefined>(undefined, null, '15:00', '11:00', '16:30');
const overrideArb = fc
  .record({
    day: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    kind: fc.constantFrom(...KINDS),
    unit: fc.boolean(),
  })
  .map(
    ({ day, kind, unit }): CalendarOverride => ({
      date: formatLocalDate(day),
      kind,
      name: 'Ngày điều chỉnh ngẫu nhiên',
      legalDocument: 'Kiểm thử',
      provisional: false,
      unitCode: unit ? 'UBND-PHUONG-1' : null,
    }),
  );
const calendarArb = fc
  .record({
    overrides: fc.array(overrideArb, { maxLength: 40 }),
    officeHours: fc.constantFrom(...OFFICE_HOURS),
  })
  .map((options) => ({
    options,
    calendar: createWorkingCalendar(options),
    // Counterexamples print the options, not the calendar's internal caches.
    [fc.toStringMethod]: () => fc.stringify(options),
  }));
const defaultCalendar = createWorkingCalendar();
const amountArb = (unit: DurationUnit) =>
  unit === 'working_hours'
    ? fc.integer({ min: 0, max: 60 * 60 }).map((minutes) => minutes / 60)
    : fc.integer({ min: 0, max: 60 });
const unitArb = fc.constantFrom<DurationUnit>('working_days', 'working_hours', 'calendar_days');

function inSession(calendar: WorkingCalendar, instant: number): boolean {
  const ms = msOfLocalDay(instant);
  return calendar.sessionStartMs.some((s, i) => ms >= s && ms <= calendar.sessionEndMs[i]!);
}

describe('due-date properties', () => {
  it('a due date is never on a day off and never before counting starts', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        unitArb.chain((unit) => fc.tuple(fc.constant(unit), amountArb(unit))),
        cutoffArb,
        ({ calendar }, receivedAt, [unit, amount], cutoff) => {
          const r = computeDueDate(calendar, { receivedAt, amount, unit, cutoff });
          expect(calendar.isWorkingDay(epochDayOf(r.dueAt))).toBe(true);
          expect(calendar.isWorkingDay(epochDayOf(r.countingStartsAt))).toBe(true);
          expect(inSession(calendar, r.dueAt)).toBe(true);
          expect(inSession(calendar, r.countingStartsAt)).toBe(true);
          expect(r.countingStartsAt).toBeGreaterThanOrEqual(receivedAt);
          expect(r.dueAt).toBeGreaterThanOrEqual(r.countingStartsAt);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('due dates are monotonic in the duration', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        unitArb.chain((unit) => fc.tuple(fc.constant(unit), amountArb(unit), amountArb(unit))),
        cutoffArb,
        ({ calendar }, receivedAt, [unit, a, b], cutoff) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          const dueSmall = computeDueDate(calendar, { receivedAt, amount: small, unit, cutoff }).dueAt;
          const dueLarge = computeDueDate(calendar, { receivedAt, amount: large, unit, cutoff }).dueAt;
          expect(dueSmall).toBeLessThanOrEqual(dueLarge);
          if (unit === 'working_days' && small < large) expect(dueSmall).toBeLessThan(dueLarge);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('working days: n working days strictly after D0, and chaining from a working-day end adds up', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        cutoffArb,
        ({ calendar }, receivedAt, a, b, cutoff) => {
          const first = computeDueDate(calendar, { receivedAt, amount: a, unit: 'working_days', cutoff });
          const d0 = epochDayOf(first.countingStartsAt);
          const dueDay = epochDayOf(first.dueAt);
          expect(calendar.countWorkingDays(d0 + 1, dueDay + 1)).toBe(a);
          const chained = computeDueDate(calendar, {
            receivedAt: first.dueAt,
            amount: b,
            unit: 'working_days',
            cutoff: null,
          });
          const direct = computeDueDate(calendar, {
            receivedAt,
            amount: a + b,
            unit: 'working_days',
            cutoff,
          });
          expect(chained.dueAt).toBe(direct.dueAt);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('calendar days: D0 + n, moved only across days off', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        fc.integer({ min: 0, max: 90 }),
        cutoffArb,
        ({ calendar }, receivedAt, n, cutoff) => {
          const r = computeDueDate(calendar, { receivedAt, amount: n, unit: 'calendar_days', cutoff });
          const last = epochDayOf(r.countingStartsAt) + n;
          const dueDay = epochDayOf(r.dueAt);
          expect(dueDay).toBeGreaterThanOrEqual(last);
          for (let d = last; d < dueDay; d++) expect(calendar.isWorkingDay(d)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('working-time properties', () => {
  it('adding a then b working minutes equals adding a + b', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        ({ calendar }, t, a, b) => {
          const stepwise = addWorkingMinutes(calendar, addWorkingMinutes(calendar, t, a), b);
          expect(stepwise).toBe(addWorkingMinutes(calendar, t, a + b));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('working hours chain through computeDueDate (no cut-off on the second leg)', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        amountArb('working_hours'),
        amountArb('working_hours'),
        cutoffArb,
        ({ calendar }, t, a, b, cutoff) => {
          const first = computeDueDate(calendar, { receivedAt: t, amount: a, unit: 'working_hours', cutoff });
          const chained = computeDueDate(calendar, {
            receivedAt: first.dueAt,
            amount: b,
            unit: 'working_hours',
            cutoff: null,
          });
          const direct = computeDueDate(calendar, {
            receivedAt: t,
            amount: a + b,
            unit: 'working_hours',
            cutoff,
          });
          expect(chained.dueAt).toBe(direct.dueAt);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('workingMinutesBetween inverts addWorkingMinutes and is additive', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        instantArb,
        instantArb,
        fc.integer({ min: 0, max: 20000 }),
        ({ calendar }, a, b, c, m) => {
          expect(workingMinutesBetween(calendar, a, addWorkingMinutes(calendar, a, m))).toBe(m);
          const ab = workingMinutesBetween(calendar, a, b);
          const bc = workingMinutesBetween(calendar, b, c);
          expect(ab + bc).toBe(workingMinutesBetween(calendar, a, c));
          expect(workingMinutesBetween(calendar, b, a)).toBe(0 - ab);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("pausing for p working hours moves the due by exactly p working hours under 'add_paused_time'", () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 200 * 60 }),
        fc.integer({ min: 0, max: 10 * 450 }),
        ({ calendar }, receivedAt, days, pMinutes, offset) => {
          const p = pMinutes / 60;
          const { dueAt } = computeDueDate(calendar, { receivedAt, amount: days, unit: 'working_days' });
          const pausedAt = addWorkingMinutes(calendar, receivedAt, offset);
          const resumedAt = addWorkingMinutes(calendar, pausedAt, p * 60);
          const r = resumeAfterPause(calendar, {
            currentDueAt: dueAt,
            duration: { amount: days, unit: 'working_days' },
            pausedAt,
            resumedAt,
            kind: 'supplement',
            policy: [{ effectiveFrom: '2000-01-01', semantics: 'add_paused_time' }],
          });
          expect(r.pausedWorkingMinutes).toBe(pMinutes);
          expect(workingMinutesBetween(calendar, dueAt, r.dueAt)).toBe(pMinutes);
          expect(calendar.isWorkingDay(epochDayOf(r.dueAt))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('calendar model', () => {
  function modelIsWorking(overrides: readonly CalendarOverride[], day: number): boolean {
    const date = formatLocalDate(day);
    const unitEntry = overrides.filter((o) => o.date === date && o.unitCode !== null).at(-1);
    const nationalEntry = overrides.filter((o) => o.date === date && o.unitCode === null).at(-1);
    const baseEntry = holidaysForYear(Number(date.slice(0, 4))).find((o) => o.date === date);
    const entry = unitEntry ?? nationalEntry ?? baseEntry;
    if (entry !== undefined && entry.kind !== 'regular_day') return entry.kind === 'swap_workday';
    const w = weekdayOf(day);
    return w !== 0 && w !== 6;
  }

  it('day status follows the precedence unit > national > built-in > weekly rule', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
        ({ options, calendar }, day) => {
          expect(calendar.isWorkingDay(day)).toBe(modelIsWorking(options.overrides, day));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('block-based counting agrees with a day-by-day scan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 800 }),
        (from, span, n) => {
          let count = 0;
          for (let d = from; d < from + span; d++) if (defaultCalendar.isWorkingDay(d)) count++;
          expect(defaultCalendar.countWorkingDays(from, from + span)).toBe(count);
          let d = from;
          for (let i = 0; i < n; i++) {
            d += 1;
            while (!defaultCalendar.isWorkingDay(d)) d += 1;
          }
          expect(defaultCalendar.nthWorkingDayAfter(from, n)).toBe(d);
        },
      ),
      { numRuns: 300 },
    );
  });
});
