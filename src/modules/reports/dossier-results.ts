// The dossier-results report of a unit (optionally with its child units) for a period, grouped by
// field, procedure, unit, channel or source. Figures come from the daily flows and the open stock
// (figures-by-key.ts); every row and the total are checked against the report invariant before they
// are returned.
import { asc, eq } from 'drizzle-orm';
import type { DossierResults, ReportGroupByValue } from '../../contract/reports.js';
import type { Executor } from '../../db/database.js';
import { units } from '../../db/schema.js';
import { inScope } from '../../domain/access/actor.js';
import {
  CHANNEL_LABELS,
  type DossierResultFigures,
  figuresOnly,
  invariantViolations,
  periodProblem,
  type ReportChannel,
  type ReportPeriod,
  sourceLabel,
  sumFigures,
} from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { dossierResultFiguresByKey } from './figures-by-key.js';
import { fieldLabels, procedureLabels } from './labels.js';

export type DossierResultsInput = ReportPeriod & {
  unitCode: string;
  groupBy: ReportGroupByValue;
  includeChildren: boolean;
};

type UnitRow = typeof units.$inferSelect;

export function validatePeriod(period: ReportPeriod): void {
  const problem = periodProblem(period);
  if (problem === 'to_before_from')
    throw invalid('REPORT_PERIOD_INVALID', 'Ngày kết thúc kỳ báo cáo phải bằng hoặc sau ngày bắt đầu');
  if (problem === 'too_long') throw invalid('REPORT_PERIOD_TOO_LONG', 'Kỳ báo cáo dài tối đa 5 năm');
}

/** The unit and, when asked, its child units within the actor's scope, ordered by code. */
export async function reportUnits(
  db: Executor,
  ctx: RequestContext,
  unitCode: string,
  includeChildren: boolean,
): Promise<{ unit: UnitRow; covered: UnitRow[] }> {
  const unit = await resolveScopedUnit(db, ctx.actor, unitCode);
  if (!includeChildren) return { unit, covered: [unit] };
  const children = await db.select().from(units).where(eq(units.parentId, unit.id)).orderBy(asc(units.code));
  return { unit, covered: [unit, ...children.filter((c) => inScope(ctx.actor, c.id))] };
}

export async function dossierResults(
  deps: Deps,
  ctx: RequestContext,
  input: DossierResultsInput,
): Promise<DossierResults> {
  validatePeriod(input);
  const { db } = deps.database;
  const { unit, covered } = await reportUnits(db, ctx, input.unitCode, input.includeChildren);
  const figures = await dossierResultFiguresByKey(
    deps,
    covered.map((u) => u.id),
    input,
    input.groupBy,
  );
  const rows = await labelled(db, input.groupBy, figures, covered);
  const total = sumFigures(rows.map(figuresOnly));
  for (const r of [...rows, { key: 'total', ...total }]) {
    const violations = invariantViolations(r);
    if (violations.length) throw new Error(`Report invariant violated (${r.key}): ${violations.join('; ')}`);
  }
  return {
    unitCode: unit.code,
    unitName: unit.name,
    from: input.from,
    to: input.to,
    groupBy: input.groupBy,
    includeChildren: input.includeChildren,
    rows,
    total,
  };
}

async function labelled(
  db: Executor,
  groupBy: ReportGroupByValue,
  figures: Map<string, DossierResultFigures>,
  covered: UnitRow[],
): Promise<DossierResults['rows']> {
  if (groupBy === 'unit') {
    // Every covered unit is listed, with zeros when it has no dossier in the period.
    const empty = sumFigures([]);
    return covered.map((u) => ({ key: u.code, label: u.name, ...(figures.get(u.id) ?? empty) })).sort(byKey);
  }
  const keys = [...figures.keys()];
  const labels =
    groupBy === 'field'
      ? await fieldLabels(db, keys)
      : groupBy === 'procedure'
        ? await procedureLabels(db, keys)
        : new Map(
            keys.map((k) => [
              k,
              groupBy === 'channel' ? (CHANNEL_LABELS[k as ReportChannel] ?? k) : sourceLabel(k),
            ]),
          );
  return keys
    .map((k) => ({ key: k, label: labels.get(k) ?? k, ...(figures.get(k) as DossierResultFigures) }))
    .sort(byKey);
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
