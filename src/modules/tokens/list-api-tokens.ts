import { desc, eq, inArray } from 'drizzle-orm';
import { apiTokens, units } from '../../db/schema.js';
import { scopeIds } from '../../domain/access/actor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { presentToken } from './present.js';

export async function listApiTokens(deps: Deps, ctx: RequestContext, unitCode: string | undefined) {
  const { db } = deps.database;
  const unit = unitCode ? await resolveScopedUnit(db, ctx.actor, unitCode) : null;
  const ids = scopeIds(ctx.actor);
  const where = unit ? eq(apiTokens.unitId, unit.id) : ids ? inArray(apiTokens.unitId, ids) : undefined;
  const rows = await db
    .select({ t: apiTokens, unitCode: units.code })
    .from(apiTokens)
    .innerJoin(units, eq(units.id, apiTokens.unitId))
    .where(where)
    .orderBy(desc(apiTokens.createdAt))
    .limit(500);
  return { items: rows.map((r) => presentToken(r.t, r.unitCode)) };
}
