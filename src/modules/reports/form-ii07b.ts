// Biểu II.07b/VPCP/KSTT: procedure counts per unit (in authority by level, by mechanism, "4 tại chỗ",
// online level) from the catalog in force on the last day of the period, and the procedures with
// dossiers newly received in the period (the dossiers of received.new in the dossier-results report,
// with the facts of the procedure version each dossier was received under).
import { and, eq, gte, inArray, isNull, lt, notInArray, or } from 'drizzle-orm';
import type { FormII07b } from '../../contract/statistical-forms.js';
import { dossiers, procedures } from '../../db/schema.js';
import {
  buildII07b,
  EXCLUDED_OUTCOMES,
  inAuthority,
  type ProcedureFacts,
  periodBounds,
  tallyProcedures,
  unitLevel,
} from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { inForceOn } from '../catalog/repository.js';
import { reportUnits, validatePeriod } from './dossier-results.js';
import { superiorName } from './form-file.js';
import type { StatisticalFormInput } from './form-ii06b.js';

const facts = {
  code: procedures.code,
  level: procedures.level,
  mechanism: procedures.mechanism,
  onlineLevel: procedures.onlineLevel,
  fourOnSite: procedures.fourOnSite,
};

export async function formII07b(
  deps: Deps,
  ctx: RequestContext,
  input: StatisticalFormInput,
): Promise<FormII07b> {
  validatePeriod(input);
  const { db } = deps.database;
  const { unit, covered } = await reportUnits(db, ctx, input.unitCode, input.includeChildren);
  const { start, end } = periodBounds(input);
  const [catalog, used] = await Promise.all([
    db
      .select(facts)
      .from(procedures)
      .where(
        and(
          inForceOn(input.to),
          eq(procedures.external, false),
          inArray(procedures.level, ['province', 'commune']),
        ),
      ),
    db
      .selectDistinct({ unitId: dossiers.unitId, ...facts })
      .from(dossiers)
      .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
      .where(
        and(
          inArray(
            dossiers.unitId,
            covered.map((u) => u.id),
          ),
          gte(dossiers.receivedAt, new Date(start)),
          lt(dossiers.receivedAt, new Date(end)),
          or(isNull(dossiers.outcome), notInArray(dossiers.outcome, [...EXCLUDED_OUTCOMES])),
        ),
      ),
  ]);
  const rows = covered.map((u) => {
    const level = unitLevel(u.kind);
    const own: ProcedureFacts[] = used.filter((d) => d.unitId === u.id);
    return { unitCode: u.code, label: u.name, level, ...tallyProcedures(inAuthority(catalog, level), own) };
  });
  const levels = [...new Set(rows.map((r) => r.level))];
  const total = tallyProcedures(
    levels.flatMap((l) => inAuthority(catalog, l)),
    used,
  );
  const period = { from: input.from, to: input.to };
  return {
    unitCode: unit.code,
    unitName: unit.name,
    ...period,
    includeChildren: input.includeChildren,
    rows,
    total,
    form: buildII07b({
      unitName: unit.name,
      superiorName: await superiorName(db, unit.code),
      period,
      rows,
      total,
    }),
  };
}
