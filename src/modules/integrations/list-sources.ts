// Source systems serving at least one unit of the caller's scope, with their health: last contact,
// accepted / rejected record counts and the last error.
import { asc, eq, inArray } from 'drizzle-orm';
import type { IntegrationSource } from '../../contract/integrations.js';
import { apiTokens, integrationSources, integrationSourceUnits, units } from '../../db/schema.js';
import { scopeIds } from '../../domain/access/actor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';

export async function listSources(deps: Deps, ctx: RequestContext): Promise<{ items: IntegrationSource[] }> {
  const { db } = deps.database;
  const ids = scopeIds(ctx.actor);
  if (ids && ids.length === 0) return { items: [] };
  const links = await db
    .select({ sourceId: integrationSourceUnits.sourceId, unitCode: units.code })
    .from(integrationSourceUnits)
    .innerJoin(units, eq(units.id, integrationSourceUnits.unitId))
    .where(ids ? inArray(integrationSourceUnits.unitId, ids) : undefined)
    .orderBy(asc(units.code));
  const unitCodes = new Map<string, string[]>();
  for (const l of links) unitCodes.set(l.sourceId, [...(unitCodes.get(l.sourceId) ?? []), l.unitCode]);
  if (unitCodes.size === 0) return { items: [] };
  const rows = await db
    .select({ s: integrationSources, tokenPrefix: apiTokens.tokenPrefix, revokedAt: apiTokens.revokedAt })
    .from(integrationSources)
    .innerJoin(apiTokens, eq(apiTokens.id, integrationSources.tokenId))
    .where(inArray(integrationSources.id, [...unitCodes.keys()]))
    .orderBy(asc(integrationSources.code));
  return {
    items: rows.map(({ s, tokenPrefix, revokedAt }) => ({
      id: s.id,
      code: s.code,
      name: s.name,
      kind: s.kind,
      unitCodes: unitCodes.get(s.id) ?? [],
      tokenPrefix,
      tokenRevoked: revokedAt !== null,
      createdAt: s.createdAt.toISOString(),
      lastContactAt: s.lastContactAt?.toISOString() ?? null,
      lastError: s.lastError,
      lastErrorAt: s.lastErrorAt?.toISOString() ?? null,
      acceptedCount: Number(s.acceptedCount),
      rejectedCount: Number(s.rejectedCount),
    })),
  };
}
