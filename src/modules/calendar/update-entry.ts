// Corrects an administrator calendar entry (date, kind, name or legal basis); audited before/after.
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { CalendarEntry, CalendarEntryKind } from '../../contract/calendar.js';
import { calendarEntries } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { recordAudit } from '../audit/record-audit.js';
import { entryForChange } from './entry-access.js';
import { assertEntryDate, entryExists } from './entry-rules.js';
import { presentEntry } from './repository.js';
import { bumpCalendarRevision } from './unit-calendar.js';

export type UpdateEntryInput = {
  date?: string | undefined;
  kind?: CalendarEntryKind | undefined;
  name?: string | undefined;
  legalDocument?: string | undefined;
};

export async function updateCalendarEntry(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: UpdateEntryInput,
): Promise<CalendarEntry> {
  const now = deps.clock.now();
  if (input.date) assertEntryDate(input.date);
  return deps.database.db.transaction(async (tx) => {
    const current = await entryForChange(tx, ctx.actor, id);
    const before = presentEntry(current);
    if (input.date && input.date !== current.e.date) {
      const level = current.e.unitId
        ? eq(calendarEntries.unitId, current.e.unitId)
        : isNull(calendarEntries.unitId);
      const [clash] = await tx
        .select({ id: calendarEntries.id })
        .from(calendarEntries)
        .where(and(level, eq(calendarEntries.date, input.date), ne(calendarEntries.id, id)));
      if (clash) throw entryExists(input.date);
    }
    const [row] = await tx
      .update(calendarEntries)
      .set({
        ...(input.date !== undefined && { date: input.date }),
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.name !== undefined && { name: input.name }),
        ...(input.legalDocument !== undefined && { legalDocument: input.legalDocument }),
        updatedAt: now,
      })
      .where(eq(calendarEntries.id, id))
      .returning();
    const after = presentEntry({ e: row!, unitCode: current.unitCode });
    await bumpCalendarRevision(tx);
    await recordAudit(tx, ctx, now, {
      action: 'calendar_entry.updated',
      entityType: 'calendar_entry',
      entityId: id,
      unitId: current.e.unitId,
      before,
      after,
    });
    return after;
  });
}
