import { holidaysForYear } from './holidays.js';
import { isValidLocalDate } from './time.js';
import type { CalendarOverride, OverrideKind } from './types.js';

const KINDS: ReadonlySet<OverrideKind> = new Set([
  'holiday',
  'compensatory_off',
  'swap_off',
  'swap_workday',
  'regular_day',
]);

/** True when an override of this kind makes its date a day off. */
export function isDayOffKind(kind: OverrideKind): boolean {
  return kind === 'holiday' || kind === 'compensatory_off' || kind === 'swap_off';
}

/** Throws TypeError/RangeError when an override is malformed (programming or data error). */
export function assertValidOverride(entry: CalendarOverride): void {
  if (!isValidLocalDate(entry.date)) throw new RangeError(`Override has an invalid date '${entry.date}'`);
  if (!KINDS.has(entry.kind))
    throw new TypeError(`Override ${entry.date} has an unknown kind '${entry.kind}'`);
  if (typeof entry.name !== 'string' || entry.name.trim() === '') {
    throw new TypeError(`Override ${entry.date} has no name`);
  }
  if (typeof entry.legalDocument !== 'string')
    throw new TypeError(`Override ${entry.date} has no legal document`);
  if (typeof entry.provisional !== 'boolean')
    throw new TypeError(`Override ${entry.date}: provisional must be boolean`);
  if (entry.unitCode !== null && (typeof entry.unitCode !== 'string' || entry.unitCode === '')) {
    throw new TypeError(`Override ${entry.date}: unitCode must be null or a non-empty string`);
  }
}

function byDate(a: CalendarOverride, b: CalendarOverride): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * Merges national entries (unitCode null) with one unit's entries: one entry per date, the unit's entry
 * winning on the same date; within one level a later entry replaces an earlier one. Sorted by date.
 */
export function mergeOverrides(
  national: readonly CalendarOverride[],
  unit: readonly CalendarOverride[],
): CalendarOverride[] {
  const merged = new Map<string, CalendarOverride>();
  for (const entry of national) {
    assertValidOverride(entry);
    if (entry.unitCode !== null)
      throw new TypeError(`National override ${entry.date} has unitCode ${entry.unitCode}`);
    merged.set(entry.date, entry);
  }
  let unitCode: string | null = null;
  for (const entry of unit) {
    assertValidOverride(entry);
    if (entry.unitCode === null) throw new TypeError(`Unit override ${entry.date} has no unitCode`);
    if (unitCode !== null && entry.unitCode !== unitCode) {
      throw new TypeError(`Unit overrides mix units ${unitCode} and ${entry.unitCode}`);
    }
    unitCode = entry.unitCode;
    merged.set(entry.date, entry);
  }
  return [...merged.values()].sort(byDate);
}

/**
 * Built-in provisional entries of `year` that no administrator entry (same date) has replaced yet:
 * what an admin still has to confirm or remove (with kind 'regular_day') once the official notice is out.
 */
export function unconfirmedBaseEntries(
  year: number,
  adminEntries: readonly CalendarOverride[],
  baseForYear: (year: number) => readonly CalendarOverride[] = holidaysForYear,
): CalendarOverride[] {
  const replaced = new Set(adminEntries.map((e) => e.date));
  return baseForYear(year).filter((e) => e.provisional && !replaced.has(e.date));
}
