// The indicator report of a unit (optionally with its child units) for a period: every indicator
// with numerator, denominator, the target in force on the last day and met / not met; the facts the
// narrative report prints; the dossier results (total, by field, by source system); and the
// reconciliation with the source systems (the procedure-control officer's weekly check, ADR 0015).
import type { IndicatorReport } from '../../contract/indicators.js';
import { indicators } from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { reconciliationSummary } from '../integrations/reconciliation-summary.js';
import { dossierResults, reportUnits, validatePeriod } from './dossier-results.js';
import { dossiersBySource } from './dossiers-by-source.js';
import { loadIndicatorFacts } from './indicator-facts.js';
import { indicatorTargetsInForce } from './indicator-targets-in-force.js';

export type IndicatorReportInput = { unitCode: string; from: string; to: string; includeChildren: boolean };

export async function indicatorReport(
  deps: Deps,
  ctx: RequestContext,
  input: IndicatorReportInput,
): Promise<IndicatorReport> {
  validatePeriod(input);
  const { db } = deps.database;
  const { unit, covered } = await reportUnits(db, ctx, input.unitCode, input.includeChildren);
  const { total: facts } = await loadIndicatorFacts(deps, covered, input);
  const targets = await indicatorTargetsInForce(db, unit, input.to);
  const results = await dossierResults(deps, ctx, { ...input, groupBy: 'field' });
  return {
    unitCode: unit.code,
    unitName: unit.name,
    from: input.from,
    to: input.to,
    includeChildren: input.includeChildren,
    indicators: indicators(facts, targets),
    facts: {
      dossiers: facts.dossiers,
      feesPaidOnline: facts.feesPaidOnline,
      proceduresWithDossiers: facts.proceduresWithDossiers,
      procedures: facts.procedures,
      proceduresPaidOnline: facts.proceduresPaidOnline,
      nonTerritorial: facts.nonTerritorial,
      feedback: facts.feedback,
    },
    results: results.total,
    byField: results.rows.map((r) => ({
      key: r.key,
      label: r.label,
      total: r.received.total,
      carriedOver: r.received.carriedOver,
    })),
    bySource: await dossiersBySource(deps, covered, input),
    reconciliation: await reconciliationSummary(
      deps,
      covered.map((u) => u.id),
      input.from,
      input.to,
    ),
  };
}
