// The dossier-results report as ONE aggregate query, grouped by the report key, and the drill-down
// list of one figure from the SAME placement CTE and figure filters. Each CASE branch
// mirrors placeDossier() in src/domain/reports/classify-dossier.ts (test/api/reports-sql.test.ts
// compares the two on the same rows). Only dossiers whose [received_at, finished_at) overlaps the
// period are read, through the index dossiers_report_window (migrations/0005_report_window.sql).
// The CTE is MATERIALIZED so the bucket (with its event lookup) is computed once per dossier, not
// once per aggregate that filters on it.
import type { ReportFigure } from '../../contract/reports.js';
import type { ReportGroupBy } from '../../domain/reports/index.js';
import { EXCLUDED_OUTCOMES } from '../../domain/reports/index.js';

const KEY: Readonly<Record<ReportGroupBy, string>> = {
  field: 'd.field_code',
  procedure: 'd.procedure_code',
  unit: 'd.unit_id::text',
  channel: 'd.channel',
  source: 'd.source',
};

/** Local (UTC+7) date of an instant, as epochDayOf() computes it. */
const localDay = (col: string) => `((${col} AT TIME ZONE 'UTC') + interval '7 hours')::date`;

/** Which placed dossiers make up each figure: the aggregate counts them, the drill-down lists them. */
export const FIGURE_FILTERS: Readonly<Record<ReportFigure, string>> = {
  'received.total': 'TRUE',
  'received.new': 'is_new',
  'received.carriedOver': 'NOT is_new',
  'received.online': "is_new AND channel = 'online'",
  'received.direct': "is_new AND channel = 'direct'",
  'received.postal': "is_new AND channel = 'postal'",
  'resolved.total': "bucket IN ('early', 'onTime', 'late')",
  'resolved.early': "bucket = 'early'",
  'resolved.onTime': "bucket = 'onTime'",
  'resolved.late': "bucket = 'late'",
  refused: "bucket = 'refused'",
  withdrawn: "bucket = 'withdrawn'",
  stopped: "bucket = 'stopped'",
  'inProgress.total': "bucket IN ('withinDeadline', 'overdue')",
  'inProgress.withinDeadline': "bucket = 'withinDeadline'",
  'inProgress.overdue': "bucket = 'overdue'",
  'paused.total': "bucket IN ('pausedSupplement', 'pausedFinancialObligation')",
  'paused.supplement': "bucket = 'pausedSupplement'",
  'paused.financialObligation': "bucket = 'pausedFinancialObligation'",
};

/** Aggregate column of each figure (the names DossierResultsSqlRow reads). */
const FIGURE_COLUMNS: Readonly<Record<ReportFigure, string>> = {
  'received.total': 'received_total',
  'received.new': 'received_new',
  'received.carriedOver': 'received_carried_over',
  'received.online': 'received_online',
  'received.direct': 'received_direct',
  'received.postal': 'received_postal',
  'resolved.total': 'resolved_total',
  'resolved.early': 'resolved_early',
  'resolved.onTime': 'resolved_on_time',
  'resolved.late': 'resolved_late',
  refused: 'refused',
  withdrawn: 'withdrawn',
  stopped: 'stopped',
  'inProgress.total': 'in_progress_total',
  'inProgress.withinDeadline': 'in_progress_within_deadline',
  'inProgress.overdue': 'in_progress_overdue',
  'paused.total': 'paused_total',
  'paused.supplement': 'paused_supplement',
  'paused.financialObligation': 'paused_financial_obligation',
};

/**
 * The placement CTE `placed (key, channel, is_new, bucket[, id, received_at])`: every dossier of the
 * units that overlaps the period, in its one bucket. Parameters: $1 unit ids (uuid[]), $2 period
 * start, $3 period end (exclusive; timestamptz), $4 last day of the period (date).
 */
export function placementCte(groupBy: ReportGroupBy, options: { withId?: boolean } = {}): string {
  const excluded = EXCLUDED_OUTCOMES.map((o) => `'${o}'`).join(', ');
  return `
WITH placed AS MATERIALIZED (
  SELECT ${KEY[groupBy]} AS key,
         d.channel,${options.withId ? '\n         d.id,\n         d.received_at,' : ''}
         d.received_at >= $2 AS is_new,
         CASE
           WHEN d.finished_at < $3 AND d.outcome = 'result_issued' THEN
             CASE
               WHEN d.due_at IS NULL THEN 'onTime'
               WHEN ${localDay('d.finished_at')} < ${localDay('d.due_at')} THEN 'early'
               WHEN ${localDay('d.finished_at')} = ${localDay('d.due_at')} THEN 'onTime'
               ELSE 'late'
             END
           WHEN d.finished_at < $3 AND d.outcome IN ('refused', 'withdrawn', 'stopped') THEN d.outcome
           ELSE
             CASE COALESCE(
                    (SELECT CASE e.to_state
                              WHEN 'supplement_requested' THEN 'supplement'
                              WHEN 'awaiting_payment' THEN 'financial_obligation'
                              ELSE ''
                            END
                       FROM dossier_events e
                      WHERE e.dossier_id = d.id AND e.at < $3
                      ORDER BY e.at DESC, e.id DESC
                      LIMIT 1),
                    CASE WHEN d.paused_at < $3 THEN d.pause_kind END,
                    '')
               WHEN 'supplement' THEN 'pausedSupplement'
               WHEN 'financial_obligation' THEN 'pausedFinancialObligation'
               ELSE
                 CASE
                   WHEN d.due_at IS NULL OR ${localDay('d.due_at')} >= $4::date THEN 'withinDeadline'
                   ELSE 'overdue'
                 END
             END
         END AS bucket
    FROM dossiers d
   WHERE d.unit_id = ANY($1::uuid[])
     AND d.received_at IS NOT NULL
     AND COALESCE(d.finished_at, 'infinity'::timestamptz) >= $2
     AND d.received_at < $3
     AND (d.outcome IS NULL OR d.outcome NOT IN (${excluded}))
)`;
}

/** The report: one row of figures per key. Parameters as placementCte(). */
export function dossierResultsSql(groupBy: ReportGroupBy): string {
  const counts = (Object.keys(FIGURE_COLUMNS) as ReportFigure[]).map((f) =>
    f === 'received.total'
      ? `       count(*)::int AS ${FIGURE_COLUMNS[f]}`
      : `       count(*) FILTER (WHERE ${FIGURE_FILTERS[f]})::int AS ${FIGURE_COLUMNS[f]}`,
  );
  return `${placementCte(groupBy)}
SELECT key,
${counts.join(',\n')}
  FROM placed
 GROUP BY key
 ORDER BY key`;
}

/**
 * The dossiers behind one figure, newest received first, keyset-paginated. Parameters as
 * placementCte(), then $5 row key (null = every row), $6/$7 the last row's received_at (as text, full
 * precision) and id (null on the first page), $8 page size + 1.
 */
export function figureDossiersSql(groupBy: ReportGroupBy, figure: ReportFigure): string {
  return `${placementCte(groupBy, { withId: true })}
SELECT id, received_at::text AS cursor_at
  FROM placed
 WHERE (${FIGURE_FILTERS[figure]})
   AND ($5::text IS NULL OR key::text = $5::text)
   AND ($6::timestamptz IS NULL OR (received_at, id) < ($6::timestamptz, $7::uuid))
 ORDER BY received_at DESC, id DESC
 LIMIT $8`;
}

export type DossierResultsSqlRow = {
  key: string;
  received_total: number;
  received_new: number;
  received_carried_over: number;
  received_online: number;
  received_direct: number;
  received_postal: number;
  resolved_total: number;
  resolved_early: number;
  resolved_on_time: number;
  resolved_late: number;
  refused: number;
  withdrawn: number;
  stopped: number;
  in_progress_total: number;
  in_progress_within_deadline: number;
  in_progress_overdue: number;
  paused_total: number;
  paused_supplement: number;
  paused_financial_obligation: number;
};
