// GET /api/integrations/reconciliation: the reconciliation summary of a unit (optionally with its child
// units) for a period of receipt days, for the procedure-control officer.
import type { Reconciliation } from '../../contract/reconciliation.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { reportUnits, validatePeriod } from '../reports/dossier-results.js';
import { reconciliationSummary } from './reconciliation-summary.js';

export type ReconciliationInput = { unitCode: string; from: string; to: string; includeChildren: boolean };

export async function reconcileSources(
  deps: Deps,
  ctx: RequestContext,
  input: ReconciliationInput,
): Promise<Reconciliation> {
  validatePeriod(input);
  const { unit, covered } = await reportUnits(deps.database.db, ctx, input.unitCode, input.includeChildren);
  const summary = await reconciliationSummary(
    deps,
    covered.map((u) => u.id),
    input.from,
    input.to,
  );
  return { unitCode: unit.code, unitName: unit.name, from: input.from, to: input.to, ...summary };
}
