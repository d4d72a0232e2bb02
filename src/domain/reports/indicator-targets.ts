/**
 * Which indicator target is in force for a unit on a date. Targets are configuration with an
 * effective date (migrations/0016_indicator_targets.sql): a national default (scope null) and
 * overrides for a province or a unit. The most specific scope that has a target effective on the date
 * wins (unit, then its province, then national); within a scope, the latest effective_from ≤ date.
 * Pure.
 */
import type { LocalDate } from '../calendar/types.js';
import type { Comparator, IndicatorCode, Target } from './indicators.js';

export type TargetRow = {
  scopeUnitId: string | null;
  indicator: string;
  comparator: Comparator;
  value: number;
  effectiveFrom: LocalDate;
};

/**
 * The row in force for `indicator` on `date`. `scopes` lists the unit's scopes from the most specific
 * to the least, ending with null (national), e.g. [unitId, provinceId, null].
 */
export function targetRowInForce(
  rows: readonly TargetRow[],
  indicator: string,
  scopes: readonly (string | null)[],
  date: LocalDate,
): TargetRow | null {
  for (const scope of scopes) {
    let best: TargetRow | null = null;
    for (const r of rows) {
      if (r.indicator !== indicator || r.scopeUnitId !== scope || r.effectiveFrom > date) continue;
      if (best === null || r.effectiveFrom > best.effectiveFrom) best = r;
    }
    if (best) return best;
  }
  return null;
}

export function targetsInForce(
  rows: readonly TargetRow[],
  codes: readonly IndicatorCode[],
  scopes: readonly (string | null)[],
  date: LocalDate,
): Record<IndicatorCode, Target | null> {
  const out = {} as Record<IndicatorCode, Target | null>;
  for (const code of codes) {
    const row = targetRowInForce(rows, code, scopes, date);
    out[code] = row ? { comparator: row.comparator, value: row.value } : null;
  }
  return out;
}
