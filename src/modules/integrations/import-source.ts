// The source a file import or a column mapping belongs to, as the caller may see it: a source serving
// at least one unit of the caller's scope (else "not found"). Rows may name only units that are both
// the source's and in the caller's scope.
import { eq } from 'drizzle-orm';
import { integrationSources, integrationSourceUnits, units } from '../../db/schema.js';
import { inScope } from '../../domain/access/actor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';

export type ImportSource = {
  id: string;
  code: string;
  name: string;
  /** Unit code → id of the units whose dossiers the caller may import for this source. */
  unitIds: Map<string, string>;
};

export const SOURCE_NOT_FOUND = 'Không tìm thấy hệ thống nguồn này trong phạm vi đơn vị của bạn';

async function sourceWithUnits(deps: Deps, ctx: RequestContext, where: ReturnType<typeof eq>) {
  const { db } = deps.database;
  const [source] = await db.select().from(integrationSources).where(where);
  if (!source) throw notFound(SOURCE_NOT_FOUND);
  const rows = await db
    .select({ id: units.id, code: units.code })
    .from(integrationSourceUnits)
    .innerJoin(units, eq(units.id, integrationSourceUnits.unitId))
    .where(eq(integrationSourceUnits.sourceId, source.id));
  const visible = rows.filter((u) => inScope(ctx.actor, u.id));
  if (!visible.length) throw notFound(SOURCE_NOT_FOUND);
  return {
    id: source.id,
    code: source.code,
    name: source.name,
    unitIds: new Map(visible.map((u) => [u.code, u.id])),
  };
}

export function loadImportSource(deps: Deps, ctx: RequestContext, code: string): Promise<ImportSource> {
  return sourceWithUnits(deps, ctx, eq(integrationSources.code, code));
}

export function loadImportSourceById(deps: Deps, ctx: RequestContext, id: string): Promise<ImportSource> {
  return sourceWithUnits(deps, ctx, eq(integrationSources.id, id));
}
