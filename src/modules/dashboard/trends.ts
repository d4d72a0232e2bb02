// Period figures of the dashboard: the weekly on-time rate, intake by field and channel, and (for a
// province) the comparison of its communes. Intake and communes are the dossier-results report itself
// (same figures as /bao-cao, so the drill-down goes to the report's own dossier lists). The trend reads
// only dossiers finished in its weeks (index dossiers_finished) with the report's resolved rule: on
// time or early when finished on or before the local due day. Answers are kept for a minute per
// request shape: live changes refresh the overview at once, the period figures at most every minute.
import type { DashboardTrends } from '../../contract/dashboard.js';
import { onTimeRate, recentWeeks } from '../../domain/dashboard/index.js';
import { CHANNEL_LABELS, type ReportChannel } from '../../domain/reports/index.js';
import { localDateOf, startOfLocalDate } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { dossierResults, validatePeriod } from '../reports/dossier-results.js';
import { runReportQuery } from '../reports/report-query.js';
import { dashboardUnits } from './dashboard-units.js';

export type DashboardTrendsInput = {
  unitCode?: string | undefined;
  weeks: number;
  from?: string | undefined;
  to?: string | undefined;
};

const CACHE_MS = 60_000;
const CACHE_MAX = 200;
const cache = new Map<string, { at: number; value: DashboardTrends }>();

const localDay = (col: string) => `((${col} AT TIME ZONE 'UTC') + interval '7 hours')::date`;

/** Resolved dossiers per local week (Monday) finished in [$2, $3), for the units $1. */
const TREND_SQL = `
SELECT date_trunc('week', ${localDay('d.finished_at')})::date::text AS week,
       count(*)::int AS resolved,
       count(*) FILTER (WHERE d.due_at IS NULL OR ${localDay('d.finished_at')} <= ${localDay('d.due_at')})::int AS on_time
  FROM dossiers d
 WHERE d.unit_id = ANY($1::uuid[])
   AND d.finished_at IS NOT NULL
   AND d.finished_at >= $2
   AND d.finished_at < $3
   AND d.outcome = 'result_issued'
   AND d.received_at IS NOT NULL
 GROUP BY 1`;

export async function dashboardTrends(
  deps: Deps,
  ctx: RequestContext,
  input: DashboardTrendsInput,
): Promise<DashboardTrends> {
  const { db } = deps.database;
  const { unit, covered, includesChildren } = await dashboardUnits(db, ctx, input.unitCode);
  const nowMs = deps.clock.now().getTime();
  const today = localDateOf(nowMs);
  const from = input.from ?? `${today.slice(0, 8)}01`;
  const to = input.to ?? today;
  validatePeriod({ from, to });
  const ids = covered.map((u) => u.id);
  const key = JSON.stringify([ids, from, to, input.weeks, today]);
  const hit = cache.get(key);
  if (hit && nowMs - hit.at >= 0 && nowMs - hit.at < CACHE_MS) return hit.value;

  const weeks = recentWeeks(today, input.weeks);
  const start = startOfLocalDate(weeks[0]!.from);
  const end = new Date(startOfLocalDate(weeks[weeks.length - 1]!.to).getTime() + 86_400_000);
  const trend = await runReportQuery<{ week: string; resolved: number; on_time: number }>(deps, TREND_SQL, [
    ids,
    start.toISOString(),
    end.toISOString(),
  ]);
  const byWeek = new Map(trend.map((r) => [r.week, r]));

  const report = { unitCode: unit.code, from, to, includeChildren: includesChildren };
  const byField = await dossierResults(deps, ctx, { ...report, groupBy: 'field' });
  const byUnit = includesChildren ? await dossierResults(deps, ctx, { ...report, groupBy: 'unit' }) : null;

  const value: DashboardTrends = {
    unitCode: unit.code,
    unitName: unit.name,
    includesChildren,
    from,
    to,
    onTime: weeks.map((w) => {
      const r = byWeek.get(w.from);
      const resolved = Number(r?.resolved ?? 0);
      const onTime = Number(r?.on_time ?? 0);
      return {
        ...w,
        resolved,
        onTimeOrEarly: onTime,
        late: resolved - onTime,
        rate: onTimeRate(onTime, resolved),
      };
    }),
    intakeByField: byField.rows
      .map((r) => ({
        fieldCode: r.key,
        label: r.label,
        direct: r.received.direct,
        online: r.received.online,
        postal: r.received.postal,
        total: r.received.new,
      }))
      .filter((r) => r.total > 0)
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'vi')),
    intakeByChannel: (['direct', 'online', 'postal'] as ReportChannel[]).map((channel) => ({
      channel,
      label: CHANNEL_LABELS[channel],
      count: byField.total.received[channel],
    })),
    communes: (byUnit?.rows ?? [])
      .filter((r) => r.key !== unit.code)
      .map((r) => {
        const onTimeOrEarly = r.resolved.early + r.resolved.onTime;
        return {
          unitCode: r.key,
          unitName: r.label,
          received: r.received.new,
          resolved: r.resolved.total,
          onTimeOrEarly,
          rate: onTimeRate(onTimeOrEarly, r.resolved.total),
          overdue: r.inProgress.overdue,
        };
      }),
  };
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, { at: nowMs, value });
  return value;
}
