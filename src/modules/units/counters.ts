// Counters (quầy) of a unit's Public Administrative Service Center.
import { and, asc, eq } from 'drizzle-orm';
import type { Counter } from '../../contract/units.js';
import { counters, units } from '../../db/schema.js';
import { inScope } from '../../domain/access/actor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { resolveScopedUnit } from './scoped-unit.js';

const present = (c: typeof counters.$inferSelect, unitCode: string): Counter => ({
  id: c.id,
  unitCode,
  number: c.number,
  name: c.name,
  active: c.active,
});

export async function listCounters(deps: Deps, ctx: RequestContext, unitCode: string) {
  const unit = await resolveScopedUnit(deps.database.db, ctx.actor, unitCode);
  const rows = await deps.database.db
    .select()
    .from(counters)
    .where(eq(counters.unitId, unit.id))
    .orderBy(asc(counters.number));
  return { items: rows.map((c) => present(c, unit.code)) };
}

export async function createCounter(
  deps: Deps,
  ctx: RequestContext,
  unitCode: string,
  input: { number: number; name: string },
) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const unit = await resolveScopedUnit(tx, ctx.actor, unitCode);
    const [dup] = await tx
      .select({ id: counters.id })
      .from(counters)
      .where(and(eq(counters.unitId, unit.id), eq(counters.number, input.number)));
    if (dup) throw conflict('COUNTER_NUMBER_TAKEN', `Quầy số ${input.number} đã tồn tại`);
    const [row] = await tx
      .insert(counters)
      .values({ unitId: unit.id, number: input.number, name: input.name, createdAt: now })
      .returning();
    const counter = present(row!, unit.code);
    await recordAudit(tx, ctx, now, {
      action: 'counter.created',
      entityType: 'counter',
      entityId: counter.id,
      unitId: unit.id,
      after: counter,
    });
    return counter;
  });
}

export async function updateCounter(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { name?: string | undefined; active?: boolean | undefined },
) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ c: counters, unitCode: units.code })
      .from(counters)
      .innerJoin(units, eq(units.id, counters.unitId))
      .where(eq(counters.id, id));
    if (!row || !inScope(ctx.actor, row.c.unitId)) throw notFound('Không tìm thấy quầy');
    const [updated] = await tx
      .update(counters)
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.active !== undefined && { active: input.active }),
      })
      .where(eq(counters.id, id))
      .returning();
    const after = present(updated!, row.unitCode);
    await recordAudit(tx, ctx, now, {
      action: 'counter.updated',
      entityType: 'counter',
      entityId: id,
      unitId: row.c.unitId,
      before: present(row.c, row.unitCode),
      after,
    });
    return after;
  });
}
