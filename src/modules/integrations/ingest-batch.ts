// The set-based part of an inbound request: one lookup each of this source's links, dossier codes,
// owner-match candidates and catalog entries for the whole batch, then the plainly new dossiers (the
// first record of a MaHoSo nobody knows, with no owner match) written with a few multi-row INSERTs inside
// one savepoint. Everything else — updates, links, duplicates within the batch, and the new ones again if
// the bulk insert fails (e.g. a concurrent request created the same code) — goes back to the caller for
// the per-record path (ingest-record.ts, one savepoint each), which decides it exactly as before.
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DvcRecord } from '../../contract/dvc-record.js';
import type { IngestRecordResult } from '../../contract/integrations.js';
import type { Tx } from '../../db/database.js';
import { dossierEvents, dossierSources, dossiers, procedures } from '../../db/schema.js';
import {
  ownerMatchKey,
  ownerMatchKeyText,
  pickOwnerMatch,
  type RecordStamp,
} from '../../domain/integrations/index.js';
import { localDateOf } from '../../domain/time/local-date.js';
import { notifyDossierChange } from '../dashboard/change-notice.js';
import { importedDossierValues, sourceLinkDates } from './dossier-values.js';
import { type ProcedureCache, type ProcedureRef, procedureForRecord } from './external-procedure.js';
import type { IngestSource } from './ingest-record.js';

/** A record that passed validation and is not an identical re-send. */
export type PendingRecord = {
  index: number;
  MaHoSo: string;
  r: DvcRecord;
  unitId: string;
  stamp: RecordStamp;
  hash: string;
};
export type BatchOutcome = Omit<IngestRecordResult, 'index' | 'MaHoSo'>;

const CHUNK = 400;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** MaHoSo codes among these that this source already sent or that name a dossier we hold. */
async function knownCodes(tx: Tx, sourceId: string, codes: string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (const part of chunks(codes, 1000)) {
    const [links, rows] = await Promise.all([
      tx
        .select({ code: dossierSources.externalCode })
        .from(dossierSources)
        .where(and(eq(dossierSources.sourceId, sourceId), inArray(dossierSources.externalCode, part))),
      tx.select({ code: dossiers.code }).from(dossiers).where(inArray(dossiers.code, part)),
    ]);
    for (const l of links) known.add(l.code);
    for (const d of rows) known.add(d.code);
  }
  return known;
}

/** Records whose owner, procedure and receipt day match exactly one dossier open to this source. */
async function ownerMatched(tx: Tx, sourceId: string, items: PendingRecord[]): Promise<Set<number>> {
  const keyed = items.flatMap((p) => {
    const key = ownerMatchKey({
      unitId: p.unitId,
      ownerIdNumber: p.r.SoGiayToChuHoSo,
      procedureCode: p.r.MaTTHC,
      receivedAt: p.r.NgayTiepNhan,
    });
    return key ? [{ p, key: ownerMatchKeyText(key), id: key.ownerIdNumber }] : [];
  });
  const matched = new Set<number>();
  if (!keyed.length) return matched;
  const candidates = new Map<string, { dossierId: string; sourceIds: string[] }[]>();
  for (const part of chunks([...new Set(keyed.map((k) => k.id))], 1000)) {
    const rows = await tx
      .select({
        dossierId: dossiers.id,
        unitId: dossiers.unitId,
        ownerIdNumber: dossiers.ownerIdNumber,
        procedureCode: dossiers.procedureCode,
        receivedAt: dossiers.receivedAt,
        sources: sql<string>`coalesce(string_agg(${dossierSources.sourceId}::text, ','), '')`,
      })
      .from(dossiers)
      .leftJoin(dossierSources, eq(dossierSources.dossierId, dossiers.id))
      .where(and(inArray(dossiers.ownerIdNumber, part), sql`${dossiers.receivedAt} IS NOT NULL`))
      .groupBy(dossiers.id);
    for (const c of rows) {
      const key = `${c.unitId}|${c.ownerIdNumber}|${c.procedureCode}|${localDateOf(c.receivedAt!.getTime())}`;
      const list = candidates.get(key) ?? [];
      list.push({ dossierId: c.dossierId, sourceIds: c.sources ? c.sources.split(',') : [] });
      candidates.set(key, list);
    }
  }
  for (const k of keyed)
    if (pickOwnerMatch(candidates.get(k.key) ?? [], sourceId) !== null) matched.add(k.p.index);
  return matched;
}

/** Catalog entries of the batch, one query: the version in force on the receipt day, else the latest. */
async function procedureRefs(
  tx: Tx,
  items: PendingRecord[],
  cache: ProcedureCache,
): Promise<Map<number, ProcedureRef & { created: boolean }>> {
  const codes = [...new Set(items.map((p) => p.r.MaTTHC))];
  const rows = codes.length
    ? await tx
        .select({
          id: procedures.id,
          code: procedures.code,
          version: procedures.version,
          from: procedures.effectiveFrom,
          to: procedures.effectiveTo,
        })
        .from(procedures)
        .where(inArray(procedures.code, codes))
    : [];
  const byCode = new Map<string, typeof rows>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  const created = new Map<string, ProcedureRef>();
  const out = new Map<number, ProcedureRef & { created: boolean }>();
  for (const p of items) {
    const day = localDateOf(p.r.NgayTiepNhan);
    const cacheKey = `${p.r.MaTTHC} ${day}`;
    const cached = cache.get(cacheKey);
    if (cached) {
      out.set(p.index, { ...cached, created: false });
      continue;
    }
    const versions = byCode.get(p.r.MaTTHC);
    if (versions?.length) {
      const inForce = (v: (typeof rows)[number]) => v.from <= day && (v.to === null || v.to > day);
      const best = [...versions].sort(
        (a, b) => Number(inForce(b)) - Number(inForce(a)) || b.version - a.version,
      )[0]!;
      const ref = { id: best.id, code: best.code };
      cache.set(cacheKey, ref);
      out.set(p.index, { ...ref, created: false });
      continue;
    }
    const made = created.get(p.r.MaTTHC);
    if (made) {
      out.set(p.index, { ...made, created: false });
      continue;
    }
    // Unknown code: a minimal external entry in its own savepoint (committed with the request); on
    // failure the record takes the per-record path.
    try {
      const ref = await tx.transaction((sp) => procedureForRecord(sp, p.r, new Map()));
      created.set(p.r.MaTTHC, { id: ref.id, code: ref.code });
      out.set(p.index, ref);
    } catch {
      // left out of `out`
    }
  }
  return out;
}

/** Writes the plainly new dossiers set-based; returns their outcomes and the records left for the caller. */
export async function createNewDossiers(
  tx: Tx,
  source: IngestSource,
  now: Date,
  pending: PendingRecord[],
  cache: ProcedureCache,
): Promise<{ done: Map<number, BatchOutcome>; rest: PendingRecord[] }> {
  const done = new Map<number, BatchOutcome>();
  const seen = new Set<string>();
  const firsts: PendingRecord[] = [];
  const rest: PendingRecord[] = [];
  for (const p of pending) {
    if (seen.has(p.MaHoSo)) rest.push(p);
    else {
      seen.add(p.MaHoSo);
      firsts.push(p);
    }
  }
  const known = await knownCodes(
    tx,
    source.id,
    firsts.map((p) => p.MaHoSo),
  );
  const unknown = firsts.filter((p) => !known.has(p.MaHoSo));
  const matched = await ownerMatched(tx, source.id, unknown);
  const candidates = unknown.filter((p) => !matched.has(p.index));
  const refs = await procedureRefs(tx, candidates, cache);
  const fresh = candidates.filter((p) => refs.has(p.index));
  const freshSet = new Set(fresh.map((p) => p.index));
  for (const p of firsts) if (!freshSet.has(p.index)) rest.push(p);
  if (!fresh.length) return { done, rest: rest.sort((a, b) => a.index - b.index) };

  const rows = fresh.map((p) => {
    const values = importedDossierValues(p.r, {
      unitId: p.unitId,
      procedureId: refs.get(p.index)!.id,
      sourceCode: source.code,
      stampAt: p.stamp.at,
      now,
    });
    return { p, values };
  });
  try {
    await tx.transaction(async (sp) => {
      const ids = new Map<string, string>();
      for (const part of chunks(rows)) {
        const inserted = await sp
          .insert(dossiers)
          .values(
            part.map(({ p, values }) => ({
              ...values,
              code: p.MaHoSo,
              trackingKey: randomBytes(12).toString('base64url'),
              version: 1,
              createdAt: now,
            })),
          )
          .returning({ id: dossiers.id, code: dossiers.code });
        for (const d of inserted) ids.set(d.code, d.id);
      }
      for (const part of chunks(rows, 1000)) {
        await sp.insert(dossierSources).values(
          part.map(({ p }) => ({
            dossierId: ids.get(p.MaHoSo)!,
            sourceId: source.id,
            externalCode: p.MaHoSo,
            sourceStamp: new Date(p.stamp.at),
            sourceStatus: p.stamp.status,
            recordHash: p.hash,
            updatedAt: now,
            ...sourceLinkDates(p.r, p.stamp.at),
          })),
        );
        await sp.insert(dossierEvents).values(
          part.map(({ p, values }) => ({
            dossierId: ids.get(p.MaHoSo)!,
            unitId: values.unitId,
            at: now,
            action: 'ingest',
            actorId: null,
            actorName: source.name,
            fromState: null,
            toState: values.state,
            nationalStatus: values.nationalStatus,
            note: `Nhận từ ${source.name}`,
            data: { source: source.code, externalCode: p.MaHoSo, status: p.r.TrangThaiHoSo },
          })),
        );
      }
      for (const unitId of new Set(rows.map(({ values }) => values.unitId)))
        await notifyDossierChange(sp, unitId);
      for (const { p } of rows)
        done.set(p.index, {
          result: 'accepted',
          dossierId: ids.get(p.MaHoSo)!,
          ...(refs.get(p.index)!.created ? { code: 'PROCEDURE_CREATED' } : {}),
        });
    });
  } catch {
    // The savepoint is rolled back: nothing of the bulk insert remains; each record goes its own way.
    done.clear();
    rest.push(...fresh);
  }
  return { done, rest: rest.sort((a, b) => a.index - b.index) };
}
