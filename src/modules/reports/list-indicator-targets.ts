// The configured indicator targets the caller may see (national defaults, and the overrides of units
// in scope), newest effective first; with a unit, also the targets in force for it today.
import { desc } from 'drizzle-orm';
import type { z } from 'zod';
import type { indicatorTargets as indicatorTargetsSchema } from '../../contract/indicators.js';
import { indicatorTargets, units } from '../../db/schema.js';
import { inScope } from '../../domain/access/actor.js';
import { toLocalDate } from '../../domain/calendar/time.js';
import {
  INDICATOR_CODES,
  INDICATOR_LABELS,
  type IndicatorCode,
  targetRowInForce,
} from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { targetRowsFor, targetScopes } from './indicator-targets-in-force.js';

type Result = z.infer<typeof indicatorTargetsSchema>;

export async function listIndicatorTargets(
  deps: Deps,
  ctx: RequestContext,
  input: { unitCode?: string | undefined },
): Promise<Result> {
  const { db } = deps.database;
  const all = await db.select().from(indicatorTargets).orderBy(desc(indicatorTargets.effectiveFrom));
  const unitRows = await db.select({ id: units.id, code: units.code, name: units.name }).from(units);
  const byId = new Map(unitRows.map((u) => [u.id, u]));
  const present = (r: {
    id: string | null;
    scopeUnitId: string | null;
    indicator: string;
    comparator: 'at_least' | 'at_most';
    value: string | number;
    effectiveFrom: string;
    note: string | null;
  }) => {
    const u = r.scopeUnitId ? byId.get(r.scopeUnitId) : undefined;
    return {
      id: r.id,
      unitCode: u?.code ?? null,
      unitName: u?.name ?? null,
      indicator: r.indicator as IndicatorCode,
      label: INDICATOR_LABELS[r.indicator as IndicatorCode] ?? r.indicator,
      comparator: r.comparator,
      value: Number(r.value),
      effectiveFrom: r.effectiveFrom,
      note: r.note,
    };
  };
  const items = all
    .filter((r) => r.scopeUnitId === null || inScope(ctx.actor, r.scopeUnitId))
    .map((r) => ({ ...present(r), id: r.id }));
  const inForce: Result['inForce'] = [];
  if (input.unitCode) {
    const unit = await resolveScopedUnit(db, ctx.actor, input.unitCode);
    const rows = await targetRowsFor(db, unit);
    const today = toLocalDate(deps.clock.now().getTime());
    for (const code of INDICATOR_CODES) {
      const row = targetRowInForce(rows, code, targetScopes(unit), today);
      if (row) inForce.push(present({ ...(row as typeof row & { id: string; note: string | null }) }));
    }
  }
  return { items, inForce };
}
