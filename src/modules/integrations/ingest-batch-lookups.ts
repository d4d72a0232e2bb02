// Batched lookups of an inbound request (ingest-batch.ts): this source's links, dossiers by code, the
// owner-match candidates and the catalog entries of all records at once, instead of per record. Each
// statement locks its rows in key order, which makes a deadlock between two concurrent requests unlikely
// (not impossible: PostgreSQL then aborts one request, which changed nothing and can be sent again).
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { dossierSources, dossiers, procedures } from '../../db/schema.js';
import {
  compareStamps,
  ownerMatchKey,
  ownerMatchKeyText,
  pickOwnerMatch,
  type RecordStamp,
} from '../../domain/integrations/index.js';
import { localDateOf } from '../../domain/time/local-date.js';
import { type ProcedureCache, type ProcedureRef, procedureForRecord } from './external-procedure.js';
import type { PendingRecord } from './ingest-batch.js';

export type DossierRow = typeof dossiers.$inferSelect;
export type LinkRow = typeof dossierSources.$inferSelect;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** This source's links for the codes, locked for the request. */
export async function linksOf(tx: Tx, sourceId: string, codes: string[]): Promise<Map<string, LinkRow>> {
  const out = new Map<string, LinkRow>();
  for (const part of chunks(codes, 1000)) {
    const rows = await tx
      .select()
      .from(dossierSources)
      .where(and(eq(dossierSources.sourceId, sourceId), inArray(dossierSources.externalCode, part)))
      .orderBy(asc(dossierSources.externalCode))
      .for('update');
    for (const l of rows) out.set(l.externalCode, l);
  }
  return out;
}

/** Dossier rows by code, locked for the request. */
export async function dossiersByCode(tx: Tx, codes: string[]): Promise<Map<string, DossierRow>> {
  const out = new Map<string, DossierRow>();
  for (const part of chunks(codes, 1000)) {
    const rows = await tx
      .select()
      .from(dossiers)
      .where(inArray(dossiers.code, part))
      .orderBy(asc(dossiers.id))
      .for('update');
    for (const d of rows) out.set(d.code, d);
  }
  return out;
}

/** Dossier rows by id, locked for the request. */
export async function dossiersById(tx: Tx, ids: string[]): Promise<Map<string, DossierRow>> {
  const out = new Map<string, DossierRow>();
  for (const part of chunks(ids, 1000)) {
    const rows = await tx
      .select()
      .from(dossiers)
      .where(inArray(dossiers.id, part))
      .orderBy(asc(dossiers.id))
      .for('update');
    for (const d of rows) out.set(d.id, d);
  }
  return out;
}

/** The newest stamp other sources gave each dossier (what ingest-record.ts's newestOtherLink reads). */
export async function newestOtherLinks(
  tx: Tx,
  sourceId: string,
  dossierIds: string[],
): Promise<Map<string, RecordStamp>> {
  const out = new Map<string, RecordStamp>();
  for (const part of chunks(dossierIds, 1000)) {
    const rows = await tx
      .select({
        dossierId: dossierSources.dossierId,
        at: dossierSources.sourceStamp,
        status: dossierSources.sourceStatus,
      })
      .from(dossierSources)
      .where(and(inArray(dossierSources.dossierId, part), ne(dossierSources.sourceId, sourceId)));
    for (const r of rows) {
      const stamp = { at: r.at.getTime(), status: r.status };
      const prev = out.get(r.dossierId);
      if (!prev || compareStamps(stamp, prev) > 0) out.set(r.dossierId, stamp);
    }
  }
  return out;
}

/** Record index → the one dossier its owner, procedure and receipt day match (domain/integrations). */
export async function ownerMatches(
  tx: Tx,
  sourceId: string,
  items: PendingRecord[],
): Promise<Map<number, string>> {
  const keyed = items.flatMap((p) => {
    const key = ownerMatchKey({
      unitId: p.unitId,
      ownerIdNumber: p.r.SoGiayToChuHoSo,
      procedureCode: p.r.MaTTHC,
      receivedAt: p.r.NgayTiepNhan,
    });
    return key ? [{ p, key: ownerMatchKeyText(key), id: key.ownerIdNumber }] : [];
  });
  const matched = new Map<number, string>();
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
  for (const k of keyed) {
    const id = pickOwnerMatch(candidates.get(k.key) ?? [], sourceId);
    if (id !== null) matched.set(k.p.index, id);
  }
  return matched;
}

/** Catalog entries of the batch, one query: the version in force on the receipt day, else the latest. */
export async function procedureRefs(
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
