// Biểu II.06b/VPCP/KSTT: the dossier-results report of a unit (with its child units when asked) by
// level and field. Built from the dossier-results use case itself — the locality grouped by field, and
// the unit alone grouped by field; the child units' section is their difference — so every figure
// equals the dossier-results report it derives from.
import type { FormII06b } from '../../contract/statistical-forms.js';
import {
  buildII06b,
  differenceRows,
  type II06bSection,
  ii06bTotals,
  UNIT_LEVEL_LABELS,
  unitLevel,
} from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { dossierResults, reportUnits } from './dossier-results.js';
import { superiorName } from './form-file.js';

export type StatisticalFormInput = { unitCode: string; from: string; to: string; includeChildren: boolean };

export async function formII06b(
  deps: Deps,
  ctx: RequestContext,
  input: StatisticalFormInput,
): Promise<FormII06b> {
  const whole = await dossierResults(deps, ctx, { ...input, groupBy: 'field' });
  const { unit, covered } = await reportUnits(deps.database.db, ctx, input.unitCode, input.includeChildren);
  const level = unitLevel(unit.kind);
  let sections: II06bSection[];
  if (covered.length === 1) {
    sections = [{ level, rows: whole.rows }];
  } else {
    const own = await dossierResults(deps, ctx, { ...input, includeChildren: false, groupBy: 'field' });
    sections = [
      { level, rows: own.rows },
      { level: 'commune', rows: differenceRows(whole.rows, own.rows) },
    ];
  }
  const totals = ii06bTotals(sections);
  const period = { from: whole.from, to: whole.to };
  return {
    unitCode: whole.unitCode,
    unitName: whole.unitName,
    ...period,
    includeChildren: whole.includeChildren,
    sections: sections.map((s, i) => ({
      level: s.level,
      label: UNIT_LEVEL_LABELS[s.level],
      total: totals.sections[i] ?? whole.total,
      rows: s.rows,
    })),
    total: totals.total,
    form: buildII06b({
      unitName: whole.unitName,
      superiorName: await superiorName(deps.database.db, whole.unitCode),
      period,
      sections,
    }),
  };
}
