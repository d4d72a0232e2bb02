// The dossier-results figures of a set of units for a period, per report key, from two cheap parts
// (docs/decisions/0009-report-aggregation.md):
// - flows — received (by channel) and finished (by bucket) during the period — are SUMs over the
//   period's days in report_daily, which triggers on dossiers keep exact (migrations/0017);
// - the open stock at the end of the period (in progress within deadline / overdue, paused for a
//   supplement / a financial obligation) is the placement query of dossier-results-sql.ts with the
//   period collapsed to its end instant: it reads only the dossiers open at that instant (and, for a
//   past end, the index entries of those finished since), never the history before the period;
// - carriedOver follows from the invariant: open at the end = carriedOver + new − finished.
// test/api/reports-results.test.ts requires the result to equal placeDossier() on every dossier.
import type { DossierResultFigures, ReportGroupBy, ReportPeriod } from '../../domain/reports/index.js';
import { periodBounds } from '../../domain/reports/index.js';
import type { Deps } from '../../platform/deps.js';
import { type DossierResultsSqlRow, dossierResultsSql } from './dossier-results-sql.js';
import { runReportQuery } from './report-query.js';

const FLOW_KEY: Readonly<Record<ReportGroupBy, string>> = {
  field: 'field_code',
  procedure: 'procedure_code',
  unit: 'unit_id::text',
  channel: 'channel',
  source: 'source',
};

type FlowRow = {
  key: string;
  online: string;
  direct: string;
  postal: string;
  early: string;
  on_time: string;
  late: string;
  refused: string;
  withdrawn: string;
  stopped: string;
};

/** SUM of the daily flows over [from, to] per key. Parameters: $1 unit ids, $2 from, $3 to (dates). */
export function flowsSql(groupBy: ReportGroupBy): string {
  return `
SELECT ${FLOW_KEY[groupBy]} AS key,
       COALESCE(sum(received) FILTER (WHERE channel = 'online'), 0) AS online,
       COALESCE(sum(received) FILTER (WHERE channel = 'direct'), 0) AS direct,
       COALESCE(sum(received) FILTER (WHERE channel = 'postal'), 0) AS postal,
       sum(early) AS early, sum(on_time) AS on_time, sum(late) AS late,
       sum(refused) AS refused, sum(withdrawn) AS withdrawn, sum(stopped) AS stopped
  FROM report_daily
 WHERE unit_id = ANY($1::uuid[]) AND day BETWEEN $2::date AND $3::date
 GROUP BY 1`;
}

export async function dossierResultFiguresByKey(
  deps: Deps,
  unitIds: readonly string[],
  period: ReportPeriod,
  groupBy: ReportGroupBy,
): Promise<Map<string, DossierResultFigures>> {
  const { end } = periodBounds(period);
  const endIso = new Date(end).toISOString();
  const [flows, open] = await Promise.all([
    deps.database.query<FlowRow>(flowsSql(groupBy), [unitIds, period.from, period.to]),
    runReportQuery<DossierResultsSqlRow>(deps, dossierResultsSql(groupBy), [
      unitIds,
      endIso,
      endIso,
      period.to,
    ]),
  ]);
  const flowByKey = new Map(flows.map((f) => [f.key, f]));
  const openByKey = new Map(open.map((o) => [o.key, o]));
  const result = new Map<string, DossierResultFigures>();
  for (const key of new Set([...flowByKey.keys(), ...openByKey.keys()])) {
    const figures = combine(flowByKey.get(key), openByKey.get(key));
    if (figures.received.total > 0) result.set(key, figures);
  }
  return result;
}

function combine(flow: FlowRow | undefined, open: DossierResultsSqlRow | undefined): DossierResultFigures {
  const n = (v: number | string | undefined) => Number(v ?? 0);
  const online = n(flow?.online);
  const direct = n(flow?.direct);
  const postal = n(flow?.postal);
  const fresh = online + direct + postal;
  const resolved = { early: n(flow?.early), onTime: n(flow?.on_time), late: n(flow?.late) };
  const resolvedTotal = resolved.early + resolved.onTime + resolved.late;
  const refused = n(flow?.refused);
  const withdrawn = n(flow?.withdrawn);
  const stopped = n(flow?.stopped);
  const inProgress = {
    withinDeadline: n(open?.in_progress_within_deadline),
    overdue: n(open?.in_progress_overdue),
  };
  const paused = {
    supplement: n(open?.paused_supplement),
    financialObligation: n(open?.paused_financial_obligation),
  };
  const openTotal =
    inProgress.withinDeadline + inProgress.overdue + paused.supplement + paused.financialObligation;
  const finished = resolvedTotal + refused + withdrawn + stopped;
  const carriedOver = openTotal + finished - fresh;
  return {
    received: { total: fresh + carriedOver, new: fresh, carriedOver, online, direct, postal },
    resolved: { total: resolvedTotal, ...resolved },
    refused,
    withdrawn,
    stopped,
    inProgress: { total: inProgress.withinDeadline + inProgress.overdue, ...inProgress },
    paused: { total: paused.supplement + paused.financialObligation, ...paused },
  };
}
