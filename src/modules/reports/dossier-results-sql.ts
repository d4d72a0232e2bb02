// The dossier-results report as ONE aggregate query, grouped by the report key. Each CASE branch
// mirrors placeDossier() in src/domain/reports/classify-dossier.ts (test/api/reports-sql.test.ts
// compares the two on the same rows). Only dossiers whose [received_at, finished_at) overlaps the
// period are read, through the index dossiers_report_window (migrations/0005_report_window.sql).
// The CTE is MATERIALIZED so the bucket (with its event lookup) is computed once per dossier, not
// once per aggregate that filters on it.
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

/**
 * Parameters: $1 unit ids (uuid[]), $2 period start, $3 period end (exclusive; timestamptz),
 * $4 last day of the period (date).
 */
export function dossierResultsSql(groupBy: ReportGroupBy): string {
  const excluded = EXCLUDED_OUTCOMES.map((o) => `'${o}'`).join(', ');
  return `
WITH placed AS MATERIALIZED (
  SELECT ${KEY[groupBy]} AS key,
         d.channel,
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
)
SELECT key,
       count(*)::int AS received_total,
       count(*) FILTER (WHERE is_new)::int AS received_new,
       count(*) FILTER (WHERE NOT is_new)::int AS received_carried_over,
       count(*) FILTER (WHERE is_new AND channel = 'online')::int AS received_online,
       count(*) FILTER (WHERE is_new AND channel = 'direct')::int AS received_direct,
       count(*) FILTER (WHERE is_new AND channel = 'postal')::int AS received_postal,
       count(*) FILTER (WHERE bucket IN ('early', 'onTime', 'late'))::int AS resolved_total,
       count(*) FILTER (WHERE bucket = 'early')::int AS resolved_early,
       count(*) FILTER (WHERE bucket = 'onTime')::int AS resolved_on_time,
       count(*) FILTER (WHERE bucket = 'late')::int AS resolved_late,
       count(*) FILTER (WHERE bucket = 'refused')::int AS refused,
       count(*) FILTER (WHERE bucket = 'withdrawn')::int AS withdrawn,
       count(*) FILTER (WHERE bucket = 'stopped')::int AS stopped,
       count(*) FILTER (WHERE bucket IN ('withinDeadline', 'overdue'))::int AS in_progress_total,
       count(*) FILTER (WHERE bucket = 'withinDeadline')::int AS in_progress_within_deadline,
       count(*) FILTER (WHERE bucket = 'overdue')::int AS in_progress_overdue,
       count(*) FILTER (WHERE bucket IN ('pausedSupplement', 'pausedFinancialObligation'))::int AS paused_total,
       count(*) FILTER (WHERE bucket = 'pausedSupplement')::int AS paused_supplement,
       count(*) FILTER (WHERE bucket = 'pausedFinancialObligation')::int AS paused_financial_obligation
  FROM placed
 GROUP BY key
 ORDER BY key`;
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
