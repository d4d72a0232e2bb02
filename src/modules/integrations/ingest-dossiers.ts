// POST /api/integrations/dossiers: records in the national portal's sync shape from a source system.
// The request is one transaction (one commit, so a batch of 1,000 costs one disk flush). New dossiers,
// updates and links are planned with one lookup per batch and written set-based (ingest-batch.ts, one
// savepoint for all of them); the records it cannot plan are written one savepoint each: a bad record is
// rolled back alone, never blocks the others and never leaves a half-written dossier. The source's health and one audit event are written in the
// same transaction; the answer is sent only after the commit (a failed request changes nothing and can
// simply be sent again: the upsert is idempotent).
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DvcRecord } from '../../contract/dvc-record.js';
import type { IngestRecordResult, IngestResponse } from '../../contract/integrations.js';
import type { Tx } from '../../db/database.js';
import {
  dossierSources,
  integrationRejections,
  integrationSources,
  integrationSourceUnits,
  units,
} from '../../db/schema.js';
import { checkRecord, rawExternalCode, rawRecordHints, stampOf } from '../../domain/integrations/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { ProcedureCache } from './external-procedure.js';
import { type BatchOutcome, ingestBatch, type PendingRecord } from './ingest-batch.js';
import { type IngestSource, ingestRecord } from './ingest-record.js';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === UNIQUE_VIOLATION || err?.cause?.code === UNIQUE_VIOLATION;
}

async function loadSource(deps: Deps, ctx: RequestContext): Promise<IngestSource> {
  const { db } = deps.database;
  const [source] =
    ctx.actor.kind === 'api_token' && ctx.actor.id
      ? await db.select().from(integrationSources).where(eq(integrationSources.tokenId, ctx.actor.id))
      : [];
  if (!source)
    throw new DomainError('forbidden', 'SOURCE_REQUIRED', 'Mã truy cập này không thuộc hệ thống nguồn nào');
  const rows = await db
    .select({ id: units.id, code: units.code })
    .from(integrationSourceUnits)
    .innerJoin(units, eq(units.id, integrationSourceUnits.unitId))
    .where(eq(integrationSourceUnits.sourceId, source.id));
  return {
    id: source.id,
    code: source.code,
    name: source.name,
    unitIds: new Map(rows.map((u) => [u.code, u.id])),
  };
}

function stampOfRecord(r: DvcRecord) {
  return stampOf(
    [
      r.NgayNopHoSo,
      r.NgayTiepNhan,
      r.NgayKetThucXuLy,
      r.NgayTuChoi,
      r.NgayTra,
      ...(r.QuaTrinhXuLy ?? []).map((p) => p.ThoiDiemXuLy),
    ],
    r.TrangThaiHoSo,
  );
}

/** Hashes of the records already stored for these codes: an identical re-send needs no transaction. */
async function knownHashes(deps: Deps, sourceId: string, records: unknown[]): Promise<Map<string, string>> {
  const codes = records
    .map((r) => (r as { MaHoSo?: unknown } | null)?.MaHoSo)
    .filter((c): c is string => typeof c === 'string')
    .map((c) => c.trim());
  if (!codes.length) return new Map();
  const rows = await deps.database.db
    .select({
      code: dossierSources.externalCode,
      hash: dossierSources.recordHash,
      dossierId: dossierSources.dossierId,
    })
    .from(dossierSources)
    .where(
      and(eq(dossierSources.sourceId, sourceId), inArray(dossierSources.externalCode, [...new Set(codes)])),
    );
  return new Map(rows.map((r) => [`${r.code} ${r.hash}`, r.dossierId]));
}

/** One record through the per-record path, in its own savepoint. */
async function ingestOne(
  deps: Deps,
  outer: Tx,
  source: IngestSource,
  p: PendingRecord,
  cache: ProcedureCache,
): Promise<BatchOutcome> {
  const now = deps.clock.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await outer.transaction((tx) => ingestRecord(tx, source, now, p.r, p.stamp, p.hash, cache));
    } catch (e) {
      // Two requests creating the same dossier or external procedure at once: the loser retries and
      // then finds the winner's row.
      if (attempt < 2 && isUniqueViolation(e)) continue;
      if (e instanceof DomainError) return { result: 'rejected', code: e.code, reason: e.message };
      return {
        result: 'rejected',
        code: 'RECORD_FAILED',
        reason: 'Lỗi hệ thống khi ghi hồ sơ này; không có dữ liệu nào được ghi, hãy gửi lại',
      };
    }
  }
}

/** Validation, stamp and hash of every record; identical re-sends answered from the stored hashes. */
function screen(
  source: IngestSource,
  records: unknown[],
  known: Map<string, string>,
): { results: (IngestRecordResult | null)[]; pending: PendingRecord[] } {
  const results: (IngestRecordResult | null)[] = [];
  const pending: PendingRecord[] = [];
  records.forEach((raw, index) => {
    const MaHoSo = rawExternalCode(raw);
    const checked = checkRecord(raw, source.unitIds);
    if (!checked.ok) {
      results.push({ index, MaHoSo, result: 'rejected', code: checked.code, reason: checked.reason });
      return;
    }
    const r = checked.record;
    const hash = createHash('sha256').update(JSON.stringify(r)).digest('base64url');
    const same = known.get(`${r.MaHoSo} ${hash}`);
    if (same) {
      results.push({ index, MaHoSo, result: 'unchanged', dossierId: same });
      return;
    }
    results.push(null);
    pending.push({ index, MaHoSo: r.MaHoSo, r, unitId: checked.unitId, stamp: stampOfRecord(r), hash });
  });
  return { results, pending };
}

/**
 * Keeps "missing in MotCua" for reconciliation: a MaHoSo whose last word in this request was a rejection
 * and that this source has no dossier for is recorded; one accepted (or unchanged) deletes the record.
 */
async function keepRejections(
  tx: Tx,
  source: IngestSource,
  now: Date,
  records: unknown[],
  results: IngestRecordResult[],
) {
  const last = new Map<string, IngestRecordResult>();
  for (const r of results) if (r.MaHoSo) last.set(r.MaHoSo, r);
  const cleared = [...last.values()].filter((r) => r.result !== 'rejected').map((r) => r.MaHoSo!);
  const failed = [...last.values()].filter((r) => r.result === 'rejected');
  if (cleared.length)
    await tx
      .delete(integrationRejections)
      .where(
        and(
          eq(integrationRejections.sourceId, source.id),
          inArray(integrationRejections.externalCode, cleared),
        ),
      );
  if (!failed.length) return;
  const linked = new Set(
    (
      await tx
        .select({ code: dossierSources.externalCode })
        .from(dossierSources)
        .where(
          and(
            eq(dossierSources.sourceId, source.id),
            inArray(
              dossierSources.externalCode,
              failed.map((r) => r.MaHoSo!),
            ),
          ),
        )
    ).map((l) => l.code),
  );
  const rows = failed
    .filter((r) => !linked.has(r.MaHoSo!))
    .map((r) => {
      const hints = rawRecordHints(records[r.index]);
      return {
        sourceId: source.id,
        externalCode: r.MaHoSo!,
        unitId: (hints.unitCode && source.unitIds.get(hints.unitCode)) || null,
        receivedAt: hints.receivedAt === null ? null : new Date(hints.receivedAt),
        status: hints.status,
        code: r.code ?? 'REJECTED',
        reason: r.reason ?? '',
        rejectedAt: now,
      };
    });
  if (rows.length)
    await tx
      .insert(integrationRejections)
      .values(rows)
      .onConflictDoUpdate({
        target: [integrationRejections.sourceId, integrationRejections.externalCode],
        set: {
          unitId: sql`excluded.unit_id`,
          receivedAt: sql`excluded.received_at`,
          status: sql`excluded.status`,
          code: sql`excluded.code`,
          reason: sql`excluded.reason`,
          rejectedAt: sql`excluded.rejected_at`,
        },
      });
}

export async function ingestDossiers(
  deps: Deps,
  ctx: RequestContext,
  records: unknown[],
): Promise<IngestResponse> {
  const source = await loadSource(deps, ctx);
  const known = await knownHashes(deps, source.id, records);
  const cache: ProcedureCache = new Map();
  const screened = screen(source, records, known);
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const { done, rest } = await ingestBatch(tx, source, now, screened.pending, cache);
    for (const p of rest) done.set(p.index, await ingestOne(deps, tx, source, p, cache));
    const results: IngestRecordResult[] = screened.results.map((r, index) => {
      if (r) return r;
      const p = records[index];
      return { index, MaHoSo: rawExternalCode(p), ...done.get(index)! };
    });
    await keepRejections(tx, source, now, records, results);
    const count = (k: IngestRecordResult['result']) => results.filter((x) => x.result === k).length;
    const summary = {
      accepted: count('accepted'),
      unchanged: count('unchanged'),
      rejected: count('rejected'),
    };
    const firstError = results.find((x) => x.result === 'rejected');
    await tx
      .update(integrationSources)
      .set({
        lastContactAt: now,
        acceptedCount: sql`${integrationSources.acceptedCount} + ${summary.accepted}`,
        rejectedCount: sql`${integrationSources.rejectedCount} + ${summary.rejected}`,
        ...(firstError
          ? {
              lastError: `${firstError.MaHoSo ?? `#${firstError.index}`}: ${firstError.reason}`,
              lastErrorAt: now,
            }
          : {}),
      })
      .where(eq(integrationSources.id, source.id));
    await recordAudit(tx, ctx, now, {
      action: 'integration.ingested',
      entityType: 'integration_source',
      entityId: source.id,
      unitId: source.unitIds.values().next().value ?? null,
      after: { source: source.code, records: records.length, ...summary },
    });
    return { ...summary, results };
  });
}
