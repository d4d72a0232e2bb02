// One imported record, inside its own savepoint: upsert idempotent by (source, MaHoSo); an older record
// never overwrites a newer one; a MaHoSo already known (from another source or our own) is linked, not
// duplicated, and so is a new MaHoSo whose owner id number, procedure and receipt day match exactly one
// dossier of the unit not yet linked to this source (domain/integrations/owner-match.ts). Returns the
// per-record result; throws only for unexpected failures (the caller rolls back the savepoint).
// ingest-batch.ts plans and writes most records set-based with the same rules; the rest come here.
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gte, lt, ne, sql } from 'drizzle-orm';
import type { DvcRecord } from '../../contract/dvc-record.js';
import type { IngestRecordResult } from '../../contract/integrations.js';
import type { Tx } from '../../db/database.js';
import { dossierEvents, dossierSources, dossiers } from '../../db/schema.js';
import {
  compareStamps,
  ownerMatchKey,
  pickOwnerMatch,
  type RecordStamp,
  receiptDayRange,
} from '../../domain/integrations/index.js';
import { notifyDossierChange } from '../dashboard/change-notice.js';
import { importedDossierValues, sourceLinkDates } from './dossier-values.js';
import { type ProcedureCache, procedureForRecord } from './external-procedure.js';

export type IngestSource = { id: string; code: string; name: string; unitIds: ReadonlyMap<string, string> };
type Outcome = Omit<IngestRecordResult, 'index' | 'MaHoSo'>;
type DossierRow = typeof dossiers.$inferSelect;

async function newestOtherLink(tx: Tx, dossierId: string, sourceId: string): Promise<RecordStamp | null> {
  const [row] = await tx
    .select({ at: dossierSources.sourceStamp, status: dossierSources.sourceStatus })
    .from(dossierSources)
    .where(and(eq(dossierSources.dossierId, dossierId), ne(dossierSources.sourceId, sourceId)))
    .orderBy(desc(dossierSources.sourceStamp), desc(dossierSources.sourceStatus))
    .limit(1);
  return row ? { at: row.at.getTime(), status: row.status } : null;
}

async function writeEvent(
  tx: Tx,
  source: IngestSource,
  now: Date,
  d: { id: string; unitId: string; state: string; nationalStatus: number },
  fromState: string | null,
  note: string,
  r: DvcRecord,
) {
  await tx.insert(dossierEvents).values({
    dossierId: d.id,
    unitId: d.unitId,
    at: now,
    action: 'ingest',
    actorId: null,
    actorName: source.name,
    fromState,
    toState: d.state,
    nationalStatus: d.nationalStatus,
    note,
    data: { source: source.code, externalCode: r.MaHoSo, status: r.TrangThaiHoSo },
  });
}

/** Applies the record to a dossier that came from a source (never to one of our own dossiers). */
async function applyToDossier(
  cache: ProcedureCache,
  tx: Tx,
  source: IngestSource,
  now: Date,
  row: DossierRow,
  r: DvcRecord,
  unitId: string,
  stampAt: number,
) {
  const procedure = await procedureForRecord(tx, r, cache);
  const values = importedDossierValues(r, {
    unitId,
    procedureId: procedure.id,
    sourceCode: row.source,
    stampAt,
    now,
  });
  const [updated] = await tx
    .update(dossiers)
    .set({ ...values, version: row.version + 1 })
    .where(and(eq(dossiers.id, row.id), eq(dossiers.version, row.version)))
    .returning({
      id: dossiers.id,
      unitId: dossiers.unitId,
      state: dossiers.state,
      nationalStatus: dossiers.nationalStatus,
    });
  if (!updated) throw new Error('concurrent update of an imported dossier');
  await writeEvent(tx, source, now, updated, row.state, `Cập nhật từ ${source.name}`, r);
}

/** The one dossier of the unit with the record's owner id number, procedure and receipt day, if any. */
async function ownerMatchOf(tx: Tx, sourceId: string, r: DvcRecord, unitId: string) {
  const key = ownerMatchKey({
    unitId,
    ownerIdNumber: r.SoGiayToChuHoSo,
    procedureCode: r.MaTTHC,
    receivedAt: r.NgayTiepNhan,
  });
  if (!key) return null;
  const { from, to } = receiptDayRange(key);
  const rows = await tx
    .select({
      dossierId: dossiers.id,
      sources: sql<string>`coalesce(string_agg(${dossierSources.sourceId}::text, ','), '')`,
    })
    .from(dossiers)
    .leftJoin(dossierSources, eq(dossierSources.dossierId, dossiers.id))
    .where(
      and(
        eq(dossiers.ownerIdNumber, key.ownerIdNumber),
        eq(dossiers.procedureCode, key.procedureCode),
        gte(dossiers.receivedAt, from),
        lt(dossiers.receivedAt, to),
        eq(dossiers.unitId, unitId),
      ),
    )
    .groupBy(dossiers.id);
  const id = pickOwnerMatch(
    rows.map((c) => ({ dossierId: c.dossierId, sourceIds: c.sources ? c.sources.split(',') : [] })),
    sourceId,
  );
  if (!id) return null;
  const [row] = await tx.select().from(dossiers).where(eq(dossiers.id, id)).for('update');
  return row ?? null;
}

/** Links the record to a dossier known from elsewhere; applies it when it is the newest word on it. */
async function linkTo(
  tx: Tx,
  source: IngestSource,
  now: Date,
  known: DossierRow,
  r: DvcRecord,
  stamp: RecordStamp,
  hash: string,
  cache: ProcedureCache,
) {
  const unitId = source.unitIds.get(r.DonViXuLy)!;
  const other = await newestOtherLink(tx, known.id, source.id);
  await tx.insert(dossierSources).values({
    dossierId: known.id,
    sourceId: source.id,
    externalCode: r.MaHoSo,
    sourceStamp: new Date(stamp.at),
    sourceStatus: stamp.status,
    recordHash: hash,
    updatedAt: now,
    ...sourceLinkDates(r, stamp.at),
  });
  if (known.source !== 'motcua' && (!other || compareStamps(stamp, other) > 0))
    await applyToDossier(cache, tx, source, now, known, r, unitId, stamp.at);
  else await writeEvent(tx, source, now, known, known.state, `Liên kết với hồ sơ của ${source.name}`, r);
}

export async function ingestRecord(
  tx: Tx,
  source: IngestSource,
  now: Date,
  r: DvcRecord,
  stamp: RecordStamp,
  hash: string,
  cache: ProcedureCache,
): Promise<Outcome> {
  const unitId = source.unitIds.get(r.DonViXuLy)!;
  const stampAt = new Date(stamp.at);
  await notifyDossierChange(tx, unitId);
  const [link] = await tx
    .select()
    .from(dossierSources)
    .where(and(eq(dossierSources.sourceId, source.id), eq(dossierSources.externalCode, r.MaHoSo)))
    .for('update');

  if (link) {
    if (link.recordHash === hash) return { result: 'unchanged', dossierId: link.dossierId };
    if (compareStamps(stamp, { at: link.sourceStamp.getTime(), status: link.sourceStatus }) < 0)
      return {
        result: 'unchanged',
        dossierId: link.dossierId,
        code: 'STALE_RECORD',
        reason: 'Bản ghi cũ hơn bản đã nhận từ hệ thống này; không ghi đè dữ liệu mới hơn',
      };
    await tx
      .update(dossierSources)
      .set({
        sourceStamp: stampAt,
        sourceStatus: stamp.status,
        recordHash: hash,
        updatedAt: now,
        ...sourceLinkDates(r, stamp.at),
      })
      .where(and(eq(dossierSources.sourceId, source.id), eq(dossierSources.externalCode, r.MaHoSo)));
    const [row] = await tx.select().from(dossiers).where(eq(dossiers.id, link.dossierId)).for('update');
    const other = await newestOtherLink(tx, row!.id, source.id);
    if (row!.source !== 'motcua' && (!other || compareStamps(stamp, other) >= 0))
      await applyToDossier(cache, tx, source, now, row!, r, unitId, stamp.at);
    return { result: 'accepted', dossierId: link.dossierId };
  }

  const [known] = await tx.select().from(dossiers).where(eq(dossiers.code, r.MaHoSo)).for('update');
  if (known) {
    if (![...source.unitIds.values()].includes(known.unitId))
      return {
        result: 'rejected',
        code: 'DOSSIER_OUTSIDE_SOURCE',
        reason: 'Mã hồ sơ đã có ở một đơn vị mà hệ thống nguồn không phục vụ',
      };
    await linkTo(tx, source, now, known, r, stamp, hash, cache);
    return { result: 'accepted', dossierId: known.id, code: 'LINKED' };
  }

  const sameOwner = await ownerMatchOf(tx, source.id, r, unitId);
  if (sameOwner) {
    await linkTo(tx, source, now, sameOwner, r, stamp, hash, cache);
    return { result: 'accepted', dossierId: sameOwner.id, code: 'LINKED_BY_OWNER' };
  }

  const procedure = await procedureForRecord(tx, r, cache);
  const values = importedDossierValues(r, {
    unitId,
    procedureId: procedure.id,
    sourceCode: source.code,
    stampAt: stamp.at,
    now,
  });
  const [created] = await tx
    .insert(dossiers)
    .values({
      ...values,
      code: r.MaHoSo,
      trackingKey: randomBytes(12).toString('base64url'),
      version: 1,
      createdAt: now,
    })
    .returning({
      id: dossiers.id,
      unitId: dossiers.unitId,
      state: dossiers.state,
      nationalStatus: dossiers.nationalStatus,
    });
  await tx.insert(dossierSources).values({
    dossierId: created!.id,
    sourceId: source.id,
    externalCode: r.MaHoSo,
    sourceStamp: stampAt,
    sourceStatus: stamp.status,
    recordHash: hash,
    updatedAt: now,
    ...sourceLinkDates(r, stamp.at),
  });
  await writeEvent(tx, source, now, created!, null, `Nhận từ ${source.name}`, r);
  return {
    result: 'accepted',
    dossierId: created!.id,
    ...(procedure.created ? { code: 'PROCEDURE_CREATED' } : {}),
  };
}
