// Reconciliation summary of the sources serving some units over a period of receipt days: per source,
// the counts by national status in the source (what it last told us, plus the records we rejected), in
// MotCua (our dossier rows, plus the dossiers the source never sent) and on the national portal (the
// status a national_portal source reported for the same dossiers; null when no such source serves the
// units: "chưa có số liệu"), and the number of differing dossiers by reason. Used by the reconciliation
// page and by the weekly report (which calls it with the unit ids it already resolved).
import { asc, eq, inArray } from 'drizzle-orm';
import type { ReconciliationSource } from '../../contract/reconciliation.js';
import { integrationSources, integrationSourceUnits } from '../../db/schema.js';
import { NATIONAL_STATUS_LABELS } from '../../domain/dossier/index.js';
import type { NationalStatusCode } from '../../domain/dossier/types.js';
import { periodBounds } from '../../domain/reports/index.js';
import type { Deps } from '../../platform/deps.js';
import { runReportQuery } from '../reports/report-query.js';
import { RECONCILIATION_COUNTS_SQL } from './reconciliation-sql.js';

type CountRow = { source_id: string; side: string; status: number | null; n: number };

export const UNKNOWN_STATUS_LABEL = 'Không đọc được trạng thái';

export function statusLabel(status: number | null): string {
  return status === null
    ? UNKNOWN_STATUS_LABEL
    : (NATIONAL_STATUS_LABELS[status as NationalStatusCode] ?? String(status));
}

export type ReconciliationSummary = { portalReported: boolean; sources: ReconciliationSource[] };

/**
 * Per-source reconciliation counts for the units over [from, to] (local dates, both included).
 * The caller has checked that the units are within the actor's scope.
 */
export async function reconciliationSummary(
  deps: Deps,
  unitIds: readonly string[],
  from: string,
  to: string,
): Promise<ReconciliationSummary> {
  if (!unitIds.length) return { portalReported: false, sources: [] };
  const { db } = deps.database;
  const sourceIds = (
    await db
      .selectDistinct({ id: integrationSourceUnits.sourceId })
      .from(integrationSourceUnits)
      .where(inArray(integrationSourceUnits.unitId, [...unitIds]))
  ).map((s) => s.id);
  if (!sourceIds.length) return { portalReported: false, sources: [] };
  const sources = await db
    .select({
      id: integrationSources.id,
      code: integrationSources.code,
      name: integrationSources.name,
      kind: integrationSources.kind,
    })
    .from(integrationSources)
    .where(inArray(integrationSources.id, sourceIds))
    .orderBy(asc(integrationSources.code));
  const portalReported = sources.some((s) => s.kind === 'national_portal');
  const { start, end } = periodBounds({ from, to });
  const rows = await runReportQuery<CountRow>(deps, RECONCILIATION_COUNTS_SQL, [
    [...unitIds],
    new Date(start).toISOString(),
    new Date(end).toISOString(),
  ]);
  return {
    portalReported,
    sources: sources.map((s) => {
      const mine = rows.filter((r) => r.source_id === s.id);
      const n = (side: string, status?: number | null) =>
        mine
          .filter((r) => r.side === side && (status === undefined || r.status === status))
          .reduce((sum, r) => sum + Number(r.n), 0);
      const statuses = [
        ...new Set(mine.filter((r) => ['source', 'motcua', 'portal'].includes(r.side)).map((r) => r.status)),
      ].sort((a, b) => (a ?? 99) - (b ?? 99));
      return {
        code: s.code,
        name: s.name,
        kind: s.kind,
        byStatus: statuses.map((status) => ({
          status,
          label: statusLabel(status),
          source: n('source', status),
          motcua: n('motcua', status),
          portal: portalReported ? n('portal', status) : null,
        })),
        totals: {
          source: n('source'),
          motcua: n('motcua'),
          portal: portalReported ? n('portal') : null,
        },
        differences: {
          missing_in_motcua: n('missing_in_motcua'),
          missing_in_source: n('missing_in_source'),
          status_behind: n('status_behind'),
          date_differs: n('date_differs'),
        },
      };
    }),
  };
}

/** The source with this code if it serves one of the units (else null: "not found" for the caller). */
export async function sourceServing(deps: Deps, code: string, unitIds: readonly string[]) {
  const rows = await deps.database.db
    .select({
      id: integrationSources.id,
      code: integrationSources.code,
      unitId: integrationSourceUnits.unitId,
    })
    .from(integrationSources)
    .innerJoin(integrationSourceUnits, eq(integrationSourceUnits.sourceId, integrationSources.id))
    .where(eq(integrationSources.code, code));
  return rows.find((r) => unitIds.includes(r.unitId)) ?? null;
}
