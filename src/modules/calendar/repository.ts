// Reads administrator calendar entries and turns them into domain overrides.
import { and, eq, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { CalendarEntry } from '../../contract/calendar.js';
import type { Executor } from '../../db/database.js';
import { calendarEntries, units } from '../../db/schema.js';
import type { CalendarOverride } from '../../domain/calendar/index.js';

export type EntryRow = { e: typeof calendarEntries.$inferSelect; unitCode: string | null };

export function entryQuery(db: Executor, where: SQL | undefined) {
  return db
    .select({ e: calendarEntries, unitCode: units.code })
    .from(calendarEntries)
    .leftJoin(units, eq(units.id, calendarEntries.unitId))
    .where(where)
    .orderBy(calendarEntries.date);
}

/** National entries plus, when given, one unit's entries, optionally limited to a date range. */
export function entriesFor(db: Executor, unitId: string | null, range?: { from: string; to: string }) {
  const level = unitId
    ? or(isNull(calendarEntries.unitId), eq(calendarEntries.unitId, unitId))
    : isNull(calendarEntries.unitId);
  const dates = range
    ? and(gte(calendarEntries.date, range.from), lte(calendarEntries.date, range.to))
    : undefined;
  return entryQuery(db, and(level, dates));
}

export function toOverride(r: EntryRow): CalendarOverride {
  return {
    date: r.e.date,
    kind: r.e.kind,
    name: r.e.name,
    legalDocument: r.e.legalDocument,
    provisional: false,
    unitCode: r.e.unitId ? r.unitCode : null,
  };
}

export function presentEntry(r: EntryRow): CalendarEntry {
  return { id: r.e.id, ...toOverride(r), source: 'admin' };
}

export function presentBuiltin(o: CalendarOverride): CalendarEntry {
  return { id: null, ...o, unitCode: null, source: 'builtin' };
}
