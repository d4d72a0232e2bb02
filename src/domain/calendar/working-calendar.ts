/**
 * The counting calendar of one unit: which local dates are working days and the office sessions of a
 * working day. Built from built-in entries + administrator overrides (precedence in index.ts).
 *
 * Performance: day status is precomputed lazily in blocks of 1024 days (≈ 2.8 years) as a prefix count
 * of working days (Uint16Array) plus the positions of the working days in the block. `isWorkingDay`,
 * `countWorkingDays` and `nthWorkingDayAfter` are then O(1) per block, with no Date/string work.
 */
import { holidaysForYear } from './holidays.js';
import type { OpeningHours } from './opening-hours.js';
import { assertValidOverride, isDayOffKind } from './overrides.js';
import {
  epochDayFromCivil,
  formatLocalDate,
  MS_PER_MINUTE,
  parseClockTime,
  parseLocalDate,
  weekdayOf,
  yearOfEpochDay,
} from './time.js';
import type { CalendarOverride, EpochDay, LocalDate, OfficeHours, Weekday } from './types.js';

export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({
  sessions: Object.freeze([
    Object.freeze({ start: '07:30', end: '11:30' }),
    Object.freeze({ start: '13:30', end: '17:00' }),
  ]),
});

/** Weekly rest days of state bodies: Saturday and Sunday (QĐ 188/1999/QĐ-TTg Art 1). */
export const DEFAULT_WEEKLY_REST_DAYS: readonly Weekday[] = Object.freeze([6, 0] as Weekday[]);

export const MIN_SUPPORTED_YEAR = 1900;
export const MAX_SUPPORTED_YEAR = 2199;
const MIN_DAY = epochDayFromCivil(MIN_SUPPORTED_YEAR, 1, 1);
const MAX_DAY = epochDayFromCivil(MAX_SUPPORTED_YEAR, 12, 31);
const BLOCK_BITS = 10;
const BLOCK_SIZE = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_SIZE - 1;
const BLOCK_COUNT = Math.ceil((MAX_DAY - MIN_DAY + 1) / BLOCK_SIZE);

export interface WorkingCalendarOptions {
  /** Administrator entries: national (unitCode null) plus at most one unit's entries. */
  readonly overrides?: readonly CalendarOverride[];
  readonly officeHours?: OfficeHours;
  readonly weeklyRestDays?: readonly Weekday[];
  /** Base layer per year; defaults to `holidaysForYear` (official built-ins or provisional). */
  readonly baseForYear?: (year: number) => readonly CalendarOverride[];
  /** Public opening hours: kept for display, never used in counting. */
  readonly openingHours?: OpeningHours | null;
}

export interface DayInfo {
  readonly epochDay: EpochDay;
  readonly date: LocalDate;
  readonly weekday: Weekday;
  readonly working: boolean;
  /** The entry deciding the day, if any ('regular_day' entries are reported too). */
  readonly override: CalendarOverride | null;
  readonly source: 'built_in' | 'admin' | null;
}

function assertInRange(day: EpochDay): void {
  if (!(day >= MIN_DAY && day <= MAX_DAY)) {
    throw new RangeError(`Date outside the supported calendar (${MIN_SUPPORTED_YEAR}–${MAX_SUPPORTED_YEAR})`);
  }
}

export class WorkingCalendar {
  readonly officeHours: OfficeHours;
  readonly openingHours: OpeningHours | null;
  readonly weeklyRestDays: readonly Weekday[];
  /** Session bounds in ms since local midnight, sorted; sessions are closed intervals. */
  readonly sessionStartMs: readonly number[];
  readonly sessionEndMs: readonly number[];
  /** Start of the first and end of the last session (ms since local midnight). */
  readonly openingMs: number;
  readonly closingMs: number;
  /** Working time of one working day, in ms (default 7 h 30 min). */
  readonly workingMsPerDay: number;

  private readonly rest: readonly boolean[];
  private readonly admin = new Map<EpochDay, CalendarOverride>();
  private readonly base = new Map<EpochDay, CalendarOverride>();
  private readonly loadedYears = new Set<number>();
  private readonly baseForYear: (year: number) => readonly CalendarOverride[];
  private readonly prefix: (Uint16Array | undefined)[] = new Array(BLOCK_COUNT).fill(undefined);
  private readonly positions: (Uint16Array | undefined)[] = new Array(BLOCK_COUNT).fill(undefined);

  constructor(options: WorkingCalendarOptions = {}) {
    this.officeHours = options.officeHours ?? DEFAULT_OFFICE_HOURS;
    this.openingHours = options.openingHours ?? null;
    this.baseForYear = options.baseForYear ?? holidaysForYear;
    const starts: number[] = [];
    const ends: number[] = [];
    for (const s of this.officeHours.sessions) {
      const start = parseClockTime(s.start) * MS_PER_MINUTE;
      const end = parseClockTime(s.end) * MS_PER_MINUTE;
      const previousEnd = ends[ends.length - 1];
      if (end <= start) throw new RangeError(`Office session ${s.start}–${s.end} is empty`);
      if (previousEnd !== undefined && start < previousEnd) {
        throw new RangeError('Office sessions must be sorted and must not overlap');
      }
      starts.push(start);
      ends.push(end);
    }
    if (starts.length === 0) throw new RangeError('Office hours need at least one session');
    this.sessionStartMs = Object.freeze(starts);
    this.sessionEndMs = Object.freeze(ends);
    this.openingMs = starts[0]!;
    this.closingMs = ends[ends.length - 1]!;
    this.workingMsPerDay = starts.reduce((sum, start, i) => sum + ends[i]! - start, 0);

    this.weeklyRestDays = Object.freeze([...(options.weeklyRestDays ?? DEFAULT_WEEKLY_REST_DAYS)]);
    const rest = new Array<boolean>(7).fill(false);
    for (const w of this.weeklyRestDays) rest[w] = true;
    if (rest.every(Boolean)) throw new RangeError('At least one weekday must be a working day');
    this.rest = rest;

    let unitCode: string | null = null;
    for (const entry of options.overrides ?? []) {
      assertValidOverride(entry);
      if (entry.unitCode !== null) {
        if (unitCode !== null && unitCode !== entry.unitCode) {
          throw new TypeError(`Overrides mix units ${unitCode} and ${entry.unitCode}`);
        }
        unitCode = entry.unitCode;
      }
      const day = parseLocalDate(entry.date);
      const existing = this.admin.get(day);
      // Unit-level beats national; within a level the later entry wins.
      if (existing === undefined || entry.unitCode !== null || existing.unitCode === null)
        this.admin.set(day, entry);
    }
  }

  /** True when the local date is a working day (counting calendar). */
  isWorkingDay(day: EpochDay): boolean {
    if (!(day >= MIN_DAY && day <= MAX_DAY)) assertInRange(day);
    const offset = day - MIN_DAY;
    const p = this.prefix[offset >> BLOCK_BITS] ?? this.fillBlock(offset);
    const i = offset & BLOCK_MASK;
    return p[i + 1] !== p[i];
  }

  isWorkingDate(date: LocalDate): boolean {
    return this.isWorkingDay(parseLocalDate(date));
  }

  /** The n-th working day strictly after `day` (n = 0 returns `day` itself). */
  nthWorkingDayAfter(day: EpochDay, n: number): EpochDay {
    if (n <= 0) return day;
    let offset = day - MIN_DAY + 1;
    let remaining = n;
    for (;;) {
      const block = offset >> BLOCK_BITS;
      const p = this.prefix[block] ?? this.fillBlock(offset);
      const i = offset & BLOCK_MASK;
      const before = p[i]!;
      const available = p[BLOCK_SIZE]! - before;
      if (remaining <= available) {
        return MIN_DAY + (block << BLOCK_BITS) + this.positions[block]![before + remaining - 1]!;
      }
      remaining -= available;
      offset = (block + 1) << BLOCK_BITS;
    }
  }

  /** The first working day on or after `day`. */
  workingDayOnOrAfter(day: EpochDay): EpochDay {
    return this.isWorkingDay(day) ? day : this.nthWorkingDayAfter(day, 1);
  }

  /** The last working day strictly before `day`. */
  previousWorkingDay(day: EpochDay): EpochDay {
    let d = day - 1;
    while (!this.isWorkingDay(d)) d -= 1;
    return d;
  }

  /** Number of working days d with from ≤ d < to (0 when to ≤ from). */
  countWorkingDays(from: EpochDay, to: EpochDay): number {
    if (to <= from) return 0;
    let count = 0;
    let offset = from - MIN_DAY;
    const end = to - MIN_DAY;
    while (offset < end) {
      const block = offset >> BLOCK_BITS;
      const p = this.prefix[block] ?? this.fillBlock(offset);
      const blockEnd = (block + 1) << BLOCK_BITS;
      const stop = Math.min(end, blockEnd);
      count += p[stop - (block << BLOCK_BITS)]! - p[offset & BLOCK_MASK]!;
      offset = stop;
    }
    return count;
  }

  /** Status of a day with the entry that decided it (slow path: explanations, UI). */
  dayInfo(day: EpochDay): DayInfo {
    const working = this.isWorkingDay(day);
    const adminEntry = this.admin.get(day);
    const override = adminEntry ?? this.base.get(day) ?? null;
    return {
      epochDay: day,
      date: formatLocalDate(day),
      weekday: weekdayOf(day),
      working,
      override,
      source: adminEntry !== undefined ? 'admin' : override !== null ? 'built_in' : null,
    };
  }

  /** True when the weekday is a weekly rest day. */
  isWeeklyRestDay(day: EpochDay): boolean {
    return this.rest[weekdayOf(day)] === true;
  }

  private loadBaseYear(year: number): void {
    if (this.loadedYears.has(year)) return;
    this.loadedYears.add(year);
    for (const entry of this.baseForYear(year)) {
      assertValidOverride(entry);
      const day = parseLocalDate(entry.date);
      if (yearOfEpochDay(day) !== year)
        throw new RangeError(`Base entry ${entry.date} is not in year ${year}`);
      this.base.set(day, entry);
    }
  }

  private computeWorking(day: EpochDay): boolean {
    const entry = this.admin.get(day) ?? this.base.get(day);
    if (entry !== undefined && entry.kind !== 'regular_day') return !isDayOffKind(entry.kind);
    return !this.rest[weekdayOf(day)];
  }

  /** Computes the block containing `offset` (days since MIN_DAY); throws outside the supported range. */
  private fillBlock(offset: number): Uint16Array {
    assertInRange(MIN_DAY + offset);
    const block = offset >> BLOCK_BITS;
    const first = MIN_DAY + (block << BLOCK_BITS);
    const last = Math.min(first + BLOCK_SIZE - 1, MAX_DAY);
    for (let y = yearOfEpochDay(first); y <= yearOfEpochDay(last); y++) this.loadBaseYear(y);
    const prefix = new Uint16Array(BLOCK_SIZE + 1);
    const positions: number[] = [];
    for (let i = 0; i < BLOCK_SIZE; i++) {
      const working = first + i <= last && this.computeWorking(first + i);
      prefix[i + 1] = prefix[i]! + (working ? 1 : 0);
      if (working) positions.push(i);
    }
    this.prefix[block] = prefix;
    this.positions[block] = Uint16Array.from(positions);
    return prefix;
  }
}

/** Creates the counting calendar of a unit (see index.ts for how entries combine). */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return new WorkingCalendar(options);
}
