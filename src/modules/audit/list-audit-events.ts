import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { AuditEvent } from '../../contract/audit.js';
import { auditEvents, units } from '../../db/schema.js';
import { scopeIds } from '../../domain/access/actor.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';

export type ListAuditInput = {
  unitCode?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

export async function listAuditEvents(deps: Deps, ctx: RequestContext, input: ListAuditInput) {
  const { db } = deps.database;
  const where: SQL[] = [];
  if (input.unitCode) {
    const unit = await resolveScopedUnit(db, ctx.actor, input.unitCode);
    where.push(eq(auditEvents.unitId, unit.id));
  } else {
    const ids = scopeIds(ctx.actor);
    if (ids) where.push(inArray(auditEvents.unitId, ids));
  }
  if (input.entityType) where.push(eq(auditEvents.entityType, input.entityType));
  if (input.entityId) where.push(eq(auditEvents.entityId, input.entityId));
  const after = decodeCursor<{ id: number }>(input.cursor);
  if (after) where.push(lt(auditEvents.id, after.id));
  const rows = await db
    .select({ e: auditEvents, unitCode: units.code })
    .from(auditEvents)
    .leftJoin(units, eq(units.id, auditEvents.unitId))
    .where(and(...where))
    .orderBy(desc(auditEvents.id))
    .limit(input.limit + 1);
  const items: AuditEvent[] = rows.slice(0, input.limit).map(({ e, unitCode }) => ({
    id: String(e.id),
    at: e.at.toISOString(),
    actor: { id: e.actorId, name: e.actorName, kind: e.actorKind },
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    unitCode,
    ip: e.ip,
    requestId: e.requestId,
    before: e.before ?? null,
    after: e.after ?? null,
  }));
  const last = rows.length > input.limit ? rows[input.limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor({ id: last.e.id }) : null };
}
