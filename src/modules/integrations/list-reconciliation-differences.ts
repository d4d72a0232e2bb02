// GET /api/integrations/reconciliation/differences: the dossiers of one source and period that differ
// between the source and MotCua, with the reasons in Vietnamese, keyset-paginated by dossier code.
// The SQL selects the candidates; differencesOf() (domain/integrations) words the reasons.
import type { DifferenceKindValue, ReconciliationDifference } from '../../contract/reconciliation.js';
import { DIFFERENCE_LABELS, describeDifference, differencesOf } from '../../domain/integrations/index.js';
import { periodBounds } from '../../domain/reports/index.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { reportUnits, validatePeriod } from '../reports/dossier-results.js';
import { runReportQuery } from '../reports/report-query.js';
import type { ReconciliationInput } from './reconcile-sources.js';
import { RECONCILIATION_DIFFERENCES_SQL } from './reconciliation-sql.js';
import { sourceServing, statusLabel } from './reconciliation-summary.js';

type Row = {
  sort_code: string;
  kind_rank: number;
  kind: DifferenceKindValue;
  external_code: string | null;
  dossier_id: string | null;
  dossier_code: string | null;
  unit_code: string | null;
  owner_name: string | null;
  source_status: number | null;
  motcua_status: number | null;
  source_received_at: Date | string | null;
  source_due_at: Date | string | null;
  source_finished_at: Date | string | null;
  received_at: Date | string | null;
  due_at: Date | string | null;
  finished_at: Date | string | null;
  rejection_reason: string | null;
};

const ms = (v: Date | string | null) => (v === null ? null : new Date(v).getTime());
const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

function present(r: Row): ReconciliationDifference {
  let reasons: string[];
  if (r.kind === 'missing_in_motcua')
    reasons = [
      `${DIFFERENCE_LABELS.missing_in_motcua}: hồ sơ bị từ chối khi nhận${r.rejection_reason ? ` (${r.rejection_reason})` : ''}`,
    ];
  else if (r.kind === 'missing_in_source')
    reasons = [`${DIFFERENCE_LABELS.missing_in_source}: hệ thống nguồn chưa gửi hồ sơ này`];
  else
    reasons = differencesOf(
      {
        status: r.source_status!,
        receivedAt: ms(r.source_received_at),
        dueAt: ms(r.source_due_at),
        finishedAt: ms(r.source_finished_at),
      },
      {
        status: r.motcua_status!,
        receivedAt: ms(r.received_at),
        dueAt: ms(r.due_at),
        finishedAt: ms(r.finished_at),
      },
    ).map((d) =>
      d.kind === 'status_behind'
        ? `${describeDifference(d)} (nguồn: ${statusLabel(r.source_status)}; Một cửa: ${statusLabel(r.motcua_status)})`
        : describeDifference(d),
    );
  return {
    kind: r.kind,
    reasons,
    externalCode: r.external_code,
    dossierId: r.dossier_id,
    dossierCode: r.dossier_code,
    unitCode: r.unit_code,
    ownerName: r.owner_name,
    sourceStatus: r.source_status === null ? null : Number(r.source_status),
    motcuaStatus: r.motcua_status === null ? null : Number(r.motcua_status),
    source: {
      receivedAt: iso(r.source_received_at),
      dueAt: iso(r.source_due_at),
      finishedAt: iso(r.source_finished_at),
    },
    motcua: { receivedAt: iso(r.received_at), dueAt: iso(r.due_at), finishedAt: iso(r.finished_at) },
  };
}

export async function listReconciliationDifferences(
  deps: Deps,
  ctx: RequestContext,
  input: ReconciliationInput & {
    source: string;
    kind?: DifferenceKindValue | undefined;
    cursor?: string | undefined;
    limit: number;
  },
) {
  validatePeriod(input);
  const { covered } = await reportUnits(deps.database.db, ctx, input.unitCode, input.includeChildren);
  const unitIds = covered.map((u) => u.id);
  const source = await sourceServing(deps, input.source, unitIds);
  if (!source) throw notFound('Không tìm thấy hệ thống nguồn phục vụ đơn vị này');
  const after = decodeCursor<{ c: string; k: number }>(input.cursor);
  const { start, end } = periodBounds(input);
  const rows = await runReportQuery<Row>(deps, RECONCILIATION_DIFFERENCES_SQL, [
    unitIds,
    new Date(start).toISOString(),
    new Date(end).toISOString(),
    source.id,
    after ? String(after.c) : null,
    after ? Number(after.k) : null,
    input.limit + 1,
    input.kind ?? null,
  ]);
  const page = rows.slice(0, input.limit);
  const last = rows.length > input.limit ? page[page.length - 1] : undefined;
  return {
    items: page.map(present),
    nextCursor: last ? encodeCursor({ c: last.sort_code, k: Number(last.kind_rank) }) : null,
  };
}
