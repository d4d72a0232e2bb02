import { officialHolidays } from './holidays-official.js';
import { provisionalHolidays } from './holidays-provisional.js';
import type { CalendarOverride } from './types.js';

const cache = new Map<number, readonly CalendarOverride[]>();

/**
 * Built-in national entries of `year`: the official schedule for years we ship (2025, 2026),
 * otherwise provisional holidays computed from the lunar calendar. Results are cached and frozen.
 */
export function holidaysForYear(year: number): readonly CalendarOverride[] {
  if (!Number.isInteger(year)) throw new RangeError(`Invalid year ${year}`);
  const cached = cache.get(year);
  if (cached !== undefined) return cached;
  const entries = officialHolidays(year) ?? provisionalHolidays(year);
  cache.set(year, entries);
  return entries;
}
