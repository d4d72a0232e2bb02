// The communes and wards of a province ranked by their Decision 766 total for a period (equal totals
// share a rank). Only the units within the caller's scope are listed; a province outside it is 404.
import type { Index766RankingDto } from '../../contract/indicators.js';
import { computeIndex766, rankByTotal } from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { reportUnits, validatePeriod } from './dossier-results.js';
import { loadIndicatorFacts } from './indicator-facts.js';

export async function index766Ranking(
  deps: Deps,
  ctx: RequestContext,
  input: { provinceCode: string; from: string; to: string },
): Promise<Index766RankingDto> {
  validatePeriod(input);
  const { unit, covered } = await reportUnits(deps.database.db, ctx, input.provinceCode, true);
  if (unit.kind !== 'province') throw invalid('NOT_A_PROVINCE', 'Mã đơn vị không phải là mã tỉnh');
  const communes = covered.filter((u) => u.id !== unit.id);
  const { perUnit } = await loadIndicatorFacts(deps, communes, input, { perUnit: true });
  const scored = communes.map((u) => {
    const idx = computeIndex766(perUnit.get(u.id)!);
    return {
      code: u.code,
      unitCode: u.code,
      unitName: u.name,
      total: idx.total,
      band: idx.band,
      groups: idx.groups.map((g) => ({ code: g.code, score: g.score })),
    };
  });
  return {
    provinceCode: unit.code,
    provinceName: unit.name,
    from: input.from,
    to: input.to,
    items: rankByTotal(scored).map(({ code: _code, ...rest }) => rest),
  };
}
