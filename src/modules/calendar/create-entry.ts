// An administrator records a day off, a swapped working day or a correction, with its legal basis.
import type { CalendarEntry, CalendarEntryKind } from '../../contract/calendar.js';
import { calendarEntries } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { recordAudit } from '../audit/record-audit.js';
import { targetUnit } from './entry-access.js';
import { assertEntryDate, entryExists } from './entry-rules.js';
import { presentEntry } from './repository.js';
import { bumpCalendarRevision } from './unit-calendar.js';

export type CreateEntryInput = {
  date: string;
  kind: CalendarEntryKind;
  name: string;
  legalDocument: string;
  unitCode?: string | null | undefined;
};

export async function createCalendarEntry(
  deps: Deps,
  ctx: RequestContext,
  input: CreateEntryInput,
): Promise<CalendarEntry> {
  const now = deps.clock.now();
  assertEntryDate(input.date);
  return deps.database.db.transaction(async (tx) => {
    const unit = await targetUnit(tx, ctx.actor, input.unitCode);
    const [row] = await tx
      .insert(calendarEntries)
      .values({
        unitId: unit?.id ?? null,
        date: input.date,
        kind: input.kind,
        name: input.name,
        legalDocument: input.legalDocument,
        createdBy: ctx.actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw entryExists(input.date);
    const entry = presentEntry({ e: row, unitCode: unit?.code ?? null });
    await bumpCalendarRevision(tx);
    await recordAudit(tx, ctx, now, {
      action: 'calendar_entry.created',
      entityType: 'calendar_entry',
      entityId: row.id,
      unitId: unit?.id ?? null,
      after: entry,
    });
    return entry;
  });
}
