// The Decision 766 index of a unit (optionally with its child units) for a period, in real time from
// the same facts as the indicator report: the score of each group and the total out of 100.
import type { Index766Dto } from '../../contract/indicators.js';
import { computeIndex766 } from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { reportUnits, validatePeriod } from './dossier-results.js';
import { loadIndicatorFacts } from './indicator-facts.js';

export async function index766Report(
  deps: Deps,
  ctx: RequestContext,
  input: { unitCode: string; from: string; to: string; includeChildren: boolean },
): Promise<Index766Dto> {
  validatePeriod(input);
  const { unit, covered } = await reportUnits(deps.database.db, ctx, input.unitCode, input.includeChildren);
  const { total } = await loadIndicatorFacts(deps, covered, input);
  return {
    unitCode: unit.code,
    unitName: unit.name,
    from: input.from,
    to: input.to,
    ...computeIndex766(total),
  };
}
