// The counts of the indicator report and of the Decision 766 index, per unit and in total, from the
// dossier-results report's own placement CTE (so "dossiers" is exactly received.total of the same
// period), the catalog in force (procedures in the units' competence) and the feedback module.

import type { units } from '../../db/schema.js';
import { formatLocalDate, parseLocalDate } from '../../domain/calendar/time.js';
import { type IndicatorFacts, periodBounds, type ReportPeriod } from '../../domain/reports/index.js';
import type { Deps } from '../../platform/deps.js';
import { feedbackFigures } from '../feedback/feedback-figures.js';
import { placementCte } from './dossier-results-sql.js';
import { runReportQuery } from './report-query.js';

type UnitRow = typeof units.$inferSelect;

const RESOLVED = "p.bucket IN ('early', 'onTime', 'late')";
const PAID_ONLINE = 'd.fee_total > 0 AND d.fee_paid_online';

/** Parameters as placementCte(). One row per unit (is_total = 0) and one total row (is_total = 1). */
const FACTS_SQL = `${placementCte('unit', { withId: true })}
SELECT GROUPING(p.key) AS is_total,
       p.key,
       count(*)::int AS dossiers,
       count(*) FILTER (WHERE p.channel = 'online')::int AS online,
       count(*) FILTER (WHERE d.fee_total > 0)::int AS fee_bearing,
       count(*) FILTER (WHERE ${PAID_ONLINE})::int AS paid_online,
       COALESCE(sum(d.fee_total) FILTER (WHERE ${PAID_ONLINE}), 0)::bigint AS fees_paid_online,
       count(*) FILTER (WHERE d.digitized)::int AS digitized,
       count(*) FILTER (WHERE d.data_reused)::int AS data_reused,
       count(*) FILTER (WHERE pr.online_level = 'full')::int AS full_procedure_dossiers,
       count(*) FILTER (WHERE pr.online_level = 'full' AND p.channel = 'online'
                          AND d.return_channel = 'electronic')::int AS full_online_dossiers,
       count(DISTINCT d.procedure_code) FILTER (WHERE pr.online_level = 'full')::int AS procedures_full,
       count(DISTINCT d.procedure_code) FILTER (WHERE pr.online_level = 'partial')::int AS procedures_partial,
       count(DISTINCT d.procedure_code) FILTER (WHERE pr.online_level = 'none')::int AS procedures_none,
       count(DISTINCT d.procedure_code) FILTER (WHERE ${PAID_ONLINE})::int AS procedures_paid_online,
       count(*) FILTER (WHERE ${RESOLVED})::int AS resolved,
       count(*) FILTER (WHERE ${RESOLVED} AND d.result->>'fileId' IS NOT NULL)::int AS resolved_e_result,
       count(*) FILTER (WHERE p.bucket = 'late')::int AS late,
       count(*) FILTER (WHERE p.bucket = 'overdue')::int AS overdue
  FROM placed p
  JOIN dossiers d ON d.id = p.id
  JOIN procedures pr ON pr.id = d.procedure_id
 GROUP BY GROUPING SETS ((p.key), ())`;

type FactsRow = {
  is_total: number;
  key: string | null;
  dossiers: number;
  online: number;
  fee_bearing: number;
  paid_online: number;
  fees_paid_online: string | number;
  digitized: number;
  data_reused: number;
  full_procedure_dossiers: number;
  full_online_dossiers: number;
  procedures_full: number;
  procedures_partial: number;
  procedures_none: number;
  procedures_paid_online: number;
  resolved: number;
  resolved_e_result: number;
  late: number;
  overdue: number;
};

/** Procedures in force on a date at the given implementing levels, by online level. */
const COMPETENCE_SQL = `
SELECT online_level, count(DISTINCT code)::int AS n
  FROM procedures
 WHERE NOT external AND level = ANY($1::text[])
   AND effective_from <= $2::date AND (effective_to IS NULL OR effective_to > $2::date)
 GROUP BY online_level`;

/** Dossiers received here regardless of boundary and continued at the competent unit. */
const NON_TERRITORIAL_SQL = `
SELECT count(*)::int AS period, count(*) FILTER (WHERE received_at >= $4)::int AS last_week
  FROM dossiers
 WHERE unit_id = ANY($1::uuid[]) AND transferred_to IS NOT NULL AND received_at >= $2 AND received_at < $3`;

/** The implementing level of the procedures a unit resolves (legal-rules §2.1: province or commune). */
export const unitLevel = (u: UnitRow) => (u.kind === 'province' ? 'province' : 'commune');

export type FactsOptions = { perUnit?: boolean };

export async function loadIndicatorFacts(
  deps: Deps,
  covered: readonly UnitRow[],
  period: ReportPeriod,
  options: FactsOptions = {},
): Promise<{ total: IndicatorFacts; perUnit: Map<string, IndicatorFacts> }> {
  const { start, end } = periodBounds(period);
  const ids = covered.map((u) => u.id);
  const iso = (ms: number) => new Date(ms).toISOString();
  const rows = await runReportQuery<FactsRow>(deps, FACTS_SQL, [ids, iso(start), iso(end), period.to]);
  const lastWeekFrom = formatLocalDate(Math.max(parseLocalDate(period.from), parseLocalDate(period.to) - 6));
  const [nt] = await runReportQuery<{ period: number; last_week: number }>(deps, NON_TERRITORIAL_SQL, [
    ids,
    iso(start),
    iso(end),
    iso(periodBounds({ from: lastWeekFrom, to: period.to }).start),
  ]);
  const competence = async (levels: string[]) => {
    const r = await deps.database.query<{ online_level: string; n: number }>(COMPETENCE_SQL, [
      levels,
      period.to,
    ]);
    const n = (level: string) => Number(r.find((x) => x.online_level === level)?.n ?? 0);
    return { full: n('full'), partial: n('partial'), none: n('none') };
  };
  const build = async (
    row: FactsRow | undefined,
    unitIds: string[],
    levels: string[],
  ): Promise<IndicatorFacts> => {
    const n = (v: number | string | undefined) => Number(v ?? 0);
    const fb = await feedbackFigures(deps.database, unitIds, period.from, period.to);
    return {
      dossiers: n(row?.dossiers),
      online: n(row?.online),
      feeBearing: n(row?.fee_bearing),
      paidOnline: n(row?.paid_online),
      feesPaidOnline: n(row?.fees_paid_online),
      digitized: n(row?.digitized),
      dataReused: n(row?.data_reused),
      fullOnlineProcedureDossiers: n(row?.full_procedure_dossiers),
      fullOnlineDossiers: n(row?.full_online_dossiers),
      proceduresWithDossiers: {
        full: n(row?.procedures_full),
        partial: n(row?.procedures_partial),
        none: n(row?.procedures_none),
      },
      proceduresPaidOnline: n(row?.procedures_paid_online),
      procedures: await competence(levels),
      nonTerritorial: { period: 0, lastWeek: 0 },
      resolved: n(row?.resolved),
      resolvedWithEResult: n(row?.resolved_e_result),
      late: n(row?.late),
      overdue: n(row?.overdue),
      feedback: fb,
    };
  };
  const totalRow = rows.find((r) => Number(r.is_total) === 1);
  const total = await build(totalRow, ids, [...new Set(covered.map(unitLevel))]);
  total.nonTerritorial = { period: Number(nt?.period ?? 0), lastWeek: Number(nt?.last_week ?? 0) };
  const perUnit = new Map<string, IndicatorFacts>();
  if (options.perUnit)
    for (const u of covered) {
      const row = rows.find((r) => Number(r.is_total) === 0 && r.key === u.id);
      perUnit.set(u.id, await build(row, [u.id], [unitLevel(u)]));
    }
  return { total, perUnit };
}
