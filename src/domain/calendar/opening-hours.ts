/**
 * Public opening hours (giờ tiếp công dân / mở cửa), e.g. a centre that also serves on Saturday
 * mornings. This is display and reception data only: it NEVER changes deadline counting, which uses
 * the working calendar and office hours (legal-rules §4.2: opening hours ≠ counting calendar).
 */
import { epochDayOf, MS_PER_MINUTE, msOfLocalDay, parseClockTime, weekdayOf } from './time.js';
import type { Instant, OfficeSession, Weekday } from './types.js';

export interface OpeningHours {
  /** Sessions per weekday (0 = Sunday … 6 = Saturday); a missing weekday means closed. */
  readonly weekly: Readonly<Partial<Record<Weekday, readonly OfficeSession[]>>>;
}

/** Monday–Friday 07:30–11:30 and 13:30–17:00, plus Saturday 07:30–11:30. */
export const EXAMPLE_SATURDAY_MORNING_OPENING: OpeningHours = Object.freeze({
  weekly: Object.freeze({
    1: [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
    2: [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
    3: [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
    4: [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
    5: [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
    6: [{ start: '07:30', end: '11:30' }],
  }),
});

/**
 * Whether the counter is open to the public at `instant` by the weekly schedule. Closures on public
 * holidays are the unit's decision; pass `closedDay` (e.g. `(d) => !calendar.isWorkingDay(d)` combined
 * with the weekday) when needed.
 */
export function isOpenToPublic(
  opening: OpeningHours,
  instant: Instant,
  closedDay: (epochDay: number) => boolean = () => false,
): boolean {
  const day = epochDayOf(instant);
  if (closedDay(day)) return false;
  const sessions = opening.weekly[weekdayOf(day)];
  if (sessions === undefined) return false;
  const ms = msOfLocalDay(instant);
  return sessions.some(
    (s) => ms >= parseClockTime(s.start) * MS_PER_MINUTE && ms < parseClockTime(s.end) * MS_PER_MINUTE,
  );
}
