// The working calendar of one unit: built-in schedule + national entries + the unit's entries, with
// the unit's office hours. Cached per unit and rebuilt when the calendar revision or the unit's office hours change;
// the check is one single-row read, so several server processes on one PostgreSQL stay consistent.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { calendarRevision, type units } from '../../db/schema.js';
import { createWorkingCalendar, mergeOverrides, type WorkingCalendar } from '../../domain/calendar/index.js';
import { entriesFor, toOverride } from './repository.js';

type UnitRow = typeof units.$inferSelect;
const cache = new Map<string, { stamp: string; calendar: WorkingCalendar }>();

async function stampOf(db: Executor, unit: UnitRow): Promise<string> {
  const [row] = await db.select({ revision: calendarRevision.revision }).from(calendarRevision);
  return `${row?.revision}|${JSON.stringify(unit.officeHours)}`;
}

/** Marks every cached calendar stale; call inside the transaction that changes calendar entries. */
export async function bumpCalendarRevision(tx: Executor): Promise<void> {
  await tx.update(calendarRevision).set({ revision: sql`${calendarRevision.revision} + 1` });
}

export async function unitCalendar(db: Executor, unit: UnitRow): Promise<WorkingCalendar> {
  const stamp = await stampOf(db, unit);
  const hit = cache.get(unit.id);
  if (hit && hit.stamp === stamp) return hit.calendar;
  const rows = await entriesFor(db, unit.id);
  const overrides = rows.map(toOverride);
  const calendar = createWorkingCalendar({
    overrides: mergeOverrides(
      overrides.filter((o) => o.unitCode === null),
      overrides.filter((o) => o.unitCode !== null),
    ),
    ...(unit.officeHours ? { officeHours: unit.officeHours } : {}),
  });
  cache.set(unit.id, { stamp, calendar });
  return calendar;
}
