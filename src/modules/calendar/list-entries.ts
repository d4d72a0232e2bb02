// Calendar entries of a year: the built-in schedule, national administrator entries and, for a unit,
// the unit's own entries — each marked with its source so the UI can show what decides a date.
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { CalendarEntry } from '../../contract/calendar.js';
import { calendarEntries } from '../../db/schema.js';
import { holidaysForYear } from '../../domain/calendar/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { entryQuery, presentBuiltin, presentEntry } from './repository.js';

export async function listCalendarEntries(
  deps: Deps,
  ctx: RequestContext,
  input: { year: number; unitCode?: string | undefined },
): Promise<{ items: CalendarEntry[] }> {
  const { db } = deps.database;
  const unit = input.unitCode ? await resolveScopedUnit(db, ctx.actor, input.unitCode) : null;
  const level = unit
    ? or(isNull(calendarEntries.unitId), eq(calendarEntries.unitId, unit.id))
    : isNull(calendarEntries.unitId);
  const rows = await entryQuery(
    db,
    and(
      level,
      gte(calendarEntries.date, `${input.year}-01-01`),
      lte(calendarEntries.date, `${input.year}-12-31`),
    ),
  );
  const rank = (e: CalendarEntry) => (e.source === 'builtin' ? 0 : e.unitCode === null ? 1 : 2);
  const items = [...holidaysForYear(input.year).map(presentBuiltin), ...rows.map(presentEntry)];
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a) - rank(b)));
  return { items };
}
