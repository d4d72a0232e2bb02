// The dossiers of the report period (the placement CTE: received in it or carried over) split by the
// systems that hold them: our own system for the dossiers received here ('motcua'), and every
// integration source linked to the dossier (dossier_sources). A dossier known to two systems counts in
// both lines (seed 003: "Một cửa Hải Phòng: 845", "Bộ Y tế: 36" among them), so the lines do not sum.
import type { units } from '../../db/schema.js';
import { periodBounds, type ReportPeriod, sourceLabel } from '../../domain/reports/index.js';
import type { Deps } from '../../platform/deps.js';
import { placementCte } from './dossier-results-sql.js';
import { runReportQuery } from './report-query.js';

const SQL = `${placementCte('unit', { withId: true })}
SELECT s.key, s.label, count(*)::int AS total, count(*) FILTER (WHERE NOT p.is_new)::int AS carried_over
  FROM placed p
  JOIN dossiers d ON d.id = p.id
 CROSS JOIN LATERAL (
   SELECT 'motcua'::text AS key, NULL::text AS label WHERE d.source = 'motcua'
   UNION ALL
   SELECT src.code, src.name
     FROM dossier_sources ds JOIN integration_sources src ON src.id = ds.source_id
    WHERE ds.dossier_id = d.id
 ) s
 GROUP BY s.key, s.label
 ORDER BY total DESC, s.key`;

type Row = { key: string; label: string | null; total: number; carried_over: number };

export async function dossiersBySource(
  deps: Deps,
  covered: readonly (typeof units.$inferSelect)[],
  period: ReportPeriod,
): Promise<{ key: string; label: string; total: number; carriedOver: number }[]> {
  const { start, end } = periodBounds(period);
  const rows = await runReportQuery<Row>(deps, SQL, [
    covered.map((u) => u.id),
    new Date(start).toISOString(),
    new Date(end).toISOString(),
    period.to,
  ]);
  return rows.map((r) => ({
    key: r.key,
    label: r.label ?? sourceLabel(r.key),
    total: Number(r.total),
    carriedOver: Number(r.carried_over),
  }));
}
