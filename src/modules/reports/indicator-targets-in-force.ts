// The indicator targets in force for a unit on a date: the configured rows (national, the unit's
// province, the unit) resolved by src/domain/reports/indicator-targets.ts.
import { eq, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { indicatorTargets, type units } from '../../db/schema.js';
import {
  INDICATOR_CODES,
  type IndicatorCode,
  type Target,
  type TargetRow,
  targetsInForce,
} from '../../domain/reports/index.js';

type UnitRow = typeof units.$inferSelect;
export type StoredTargetRow = TargetRow & { id: string; note: string | null };

/** The scopes of a unit, most specific first: the unit, its parent (province), national (null). */
export const targetScopes = (unit: UnitRow): (string | null)[] =>
  unit.parentId ? [unit.id, unit.parentId, null] : [unit.id, null];

export async function targetRowsFor(db: Executor, unit: UnitRow): Promise<StoredTargetRow[]> {
  const scopes = targetScopes(unit).filter((s): s is string => s !== null);
  const rows = await db
    .select()
    .from(indicatorTargets)
    .where(
      or(isNull(indicatorTargets.scopeUnitId), ...scopes.map((s) => eq(indicatorTargets.scopeUnitId, s))),
    );
  return rows.map((r) => ({
    id: r.id,
    scopeUnitId: r.scopeUnitId,
    indicator: r.indicator,
    comparator: r.comparator,
    value: Number(r.value),
    effectiveFrom: r.effectiveFrom,
    note: r.note,
  }));
}

export async function indicatorTargetsInForce(
  db: Executor,
  unit: UnitRow,
  date: string,
): Promise<Record<IndicatorCode, Target | null>> {
  return targetsInForce(await targetRowsFor(db, unit), INDICATOR_CODES, targetScopes(unit), date);
}
