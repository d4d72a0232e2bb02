// POST /api/integrations/dossiers: records in the national portal's sync shape from a source system.
// The request is one transaction (one commit, so a batch of 1,000 costs one disk flush) and every
// record is written inside its own savepoint: a bad record is rolled back alone, never blocks the others
// and never leaves a half-written dossier. The source's health and one audit event are written in the
// same transaction; the answer is sent only after the commit (a failed request changes nothing and can
// simply be sent again: the upsert is idempotent).
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type DvcRecord, dvcRecord, recordIssues } from '../../contract/dvc-record.js';
import type { IngestRecordResult, IngestResponse } from '../../contract/integrations.js';
import type { Tx } from '../../db/database.js';
import { dossierSources, integrationSources, integrationSourceUnits, units } from '../../db/schema.js';
import { stampOf } from '../../domain/integrations/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { ProcedureCache } from './external-procedure.js';
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

async function ingestOne(
  deps: Deps,
  outer: Tx,
  source: IngestSource,
  raw: unknown,
  index: number,
  known: Map<string, string>,
  cache: ProcedureCache,
): Promise<IngestRecordResult> {
  const maybeCode = (raw as { MaHoSo?: unknown } | null)?.MaHoSo;
  const MaHoSo = typeof maybeCode === 'string' ? maybeCode.trim().slice(0, 60) : null;
  const parsed = dvcRecord.safeParse(raw);
  if (!parsed.success)
    return { index, MaHoSo, result: 'rejected', code: 'INVALID_RECORD', reason: recordIssues(parsed.error) };
  const r = parsed.data;
  if (!source.unitIds.has(r.DonViXuLy))
    return {
      index,
      MaHoSo,
      result: 'rejected',
      code: 'UNIT_NOT_ALLOWED',
      reason: `Đơn vị xử lý "${r.DonViXuLy}" không thuộc các đơn vị mà hệ thống nguồn được phép gửi hồ sơ`,
    };
  const stamp = stampOfRecord(r);
  const hash = createHash('sha256').update(JSON.stringify(r)).digest('base64url');
  const same = known.get(`${r.MaHoSo} ${hash}`);
  if (same) return { index, MaHoSo, result: 'unchanged', dossierId: same };
  const now = deps.clock.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const outcome = await outer.transaction((tx) => ingestRecord(tx, source, now, r, stamp, hash, cache));
      return { index, MaHoSo, ...outcome };
    } catch (e) {
      // Two requests creating the same dossier or external procedure at once: the loser retries and
      // then finds the winner's row.
      if (attempt < 2 && isUniqueViolation(e)) continue;
      if (e instanceof DomainError)
        return { index, MaHoSo, result: 'rejected', code: e.code, reason: e.message };
      return {
        index,
        MaHoSo,
        result: 'rejected',
        code: 'RECORD_FAILED',
        reason: 'Lỗi hệ thống khi ghi hồ sơ này; không có dữ liệu nào được ghi, hãy gửi lại',
      };
    }
  }
}

export async function ingestDossiers(
  deps: Deps,
  ctx: RequestContext,
  records: unknown[],
): Promise<IngestResponse> {
  const source = await loadSource(deps, ctx);
  const known = await knownHashes(deps, source.id, records);
  const cache: ProcedureCache = new Map();
  return deps.database.db.transaction(async (tx) => {
    const results: IngestRecordResult[] = [];
    for (let i = 0; i < records.length; i++)
      results.push(await ingestOne(deps, tx, source, records[i], i, known, cache));
    const count = (k: IngestRecordResult['result']) => results.filter((x) => x.result === k).length;
    const summary = {
      accepted: count('accepted'),
      unchanged: count('unchanged'),
      rejected: count('rejected'),
    };
    const firstError = results.find((x) => x.result === 'rejected');
    const now = deps.clock.now();
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
