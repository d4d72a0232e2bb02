// Removes an administrator calendar entry; the built-in schedule (or weekly rule) applies again.
import { eq } from 'drizzle-orm';
import { calendarEntries } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { recordAudit } from '../audit/record-audit.js';
import { entryForChange } from './entry-access.js';
import { presentEntry } from './repository.js';
import { bumpCalendarRevision } from './unit-calendar.js';

export async function deleteCalendarEntry(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    const current = await entryForChange(tx, ctx.actor, id);
    await tx.delete(calendarEntries).where(eq(calendarEntries.id, id));
    await bumpCalendarRevision(tx);
    await recordAudit(tx, ctx, now, {
      action: 'calendar_entry.deleted',
      entityType: 'calendar_entry',
      entityId: id,
      unitId: current.e.unitId,
      before: presentEntry(current),
    });
  });
}
