// The units a dashboard covers: the chosen unit (default: the officer's own), and for a province its
// communes and wards within the actor's scope. Outside the scope the unit does not exist (404).
import type { Executor } from '../../db/database.js';
import type { RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { consoleUnits } from '../dossiers/list-dossiers.js';
import { reportUnits } from '../reports/dossier-results.js';

export async function dashboardUnits(db: Executor, ctx: RequestContext, unitCode: string | undefined) {
  const [chosen] = await consoleUnits(db, ctx.actor, unitCode);
  if (!chosen) throw invalid('UNIT_REQUIRED', 'Vui lòng chọn đơn vị');
  const includesChildren = chosen.kind === 'province';
  const { unit, covered } = await reportUnits(db, ctx, chosen.code, includesChildren);
  return { unit, covered, includesChildren };
}

export type DashboardUnits = Awaited<ReturnType<typeof dashboardUnits>>;
