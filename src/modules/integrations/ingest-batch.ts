// The set-based part of an inbound request. One lookup each (ingest-batch-lookups.ts) of this source's
// links, dossiers by code, owner-match candidates, the other sources' newest stamps and the catalog
// entries for the whole batch; then every record is planned exactly as ingest-record.ts would decide it:
//   new     no link, no dossier with that code, no owner match → a new dossier, its link and event;
//   update  this source's link exists, the record is newer → the link, and the dossier when it follows
//           this source (an imported dossier whose newest word is this source's);
//   stale   this source's link is newer → nothing written (STALE_RECORD);
//   link    a dossier with that code or with the same owner + procedure + receipt day exists → a link,
//           and the dossier too when the record is the newest word on it.
// The writes are a few multi-row statements in one savepoint. Records the plan does not cover —
// a second record of the same MaHoSo or of the same dossier in the batch, a dossier of a unit outside
// the source, a catalog entry that could not be created — and all records again if the savepoint fails
// (e.g. a concurrent request created the same code) go back to the per-record path (one savepoint each).
import { randomBytes } from 'node:crypto';
import { getTableColumns, sql } from 'drizzle-orm';
import type { DvcRecord } from '../../contract/dvc-record.js';
import type { IngestRecordResult } from '../../contract/integrations.js';
import type { Tx } from '../../db/database.js';
import { dossierEvents, dossierSources, dossiers } from '../../db/schema.js';
import { compareStamps, type RecordStamp } from '../../domain/integrations/index.js';
import { notifyDossierChange } from '../dashboard/change-notice.js';
import { importedDossierValues, sourceLinkDates } from './dossier-values.js';
import type { ProcedureCache } from './external-procedure.js';
import {
  chunks,
  type DossierRow,
  dossiersByCode,
  dossiersById,
  type LinkRow,
  linksOf,
  newestOtherLinks,
  ownerMatches,
  procedureRefs,
} from './ingest-batch-lookups.js';
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

type Plan =
  | { kind: 'new'; p: PendingRecord }
  | { kind: 'update'; p: PendingRecord; link: LinkRow; row: DossierRow; apply: boolean }
  | { kind: 'link'; p: PendingRecord; row: DossierRow; apply: boolean; code: 'LINKED' | 'LINKED_BY_OWNER' };

const STALE: BatchOutcome = {
  result: 'unchanged',
  code: 'STALE_RECORD',
  reason: 'Bản ghi cũ hơn bản đã nhận từ hệ thống này; không ghi đè dữ liệu mới hơn',
};

const COLUMN_NAMES = Object.fromEntries(
  Object.entries(getTableColumns(dossiers)).map(([key, col]) => [key, col.name]),
) as Record<string, string>;

/** UPDATE of many dossier rows from one JSON array, compare-and-set on version; returns updated ids. */
async function updateDossiers(
  tx: Tx,
  rows: { id: string; version: number; values: Record<string, unknown> }[],
) {
  if (!rows.length) return 0;
  const keys = Object.keys(rows[0]!.values);
  const cols = keys.map((k) => `"${COLUMN_NAMES[k]}"`);
  let updated = 0;
  for (const part of chunks(rows, 500)) {
    const json = JSON.stringify(
      part.map((r) => ({
        id: r.id,
        version: r.version,
        ...Object.fromEntries(keys.map((k) => [COLUMN_NAMES[k], r.values[k] ?? null])),
      })),
    );
    const res = (await tx.execute(
      sql`UPDATE dossiers AS d SET (${sql.raw(cols.join(', '))}, version) = (${sql.raw(
        cols.map((c) => `v.${c}`).join(', '),
      )}, d.version + 1)
          FROM json_populate_recordset(NULL::dossiers, ${json}::json) AS v
         WHERE d.id = v.id AND d.version = v.version
        RETURNING d.id`,
    )) as unknown as { rows: unknown[] };
    updated += res.rows.length;
  }
  return updated;
}

/** UPDATE of this source's links from one JSON array. */
async function updateLinks(tx: Tx, rows: (typeof dossierSources.$inferInsert)[]) {
  for (const part of chunks(rows, 1000)) {
    const json = JSON.stringify(
      part.map((l) => ({
        source_id: l.sourceId,
        external_code: l.externalCode,
        source_stamp: l.sourceStamp,
        source_status: l.sourceStatus,
        record_hash: l.recordHash,
        updated_at: l.updatedAt,
        source_received_at: l.sourceReceivedAt ?? null,
        source_due_at: l.sourceDueAt ?? null,
        source_finished_at: l.sourceFinishedAt ?? null,
      })),
    );
    await tx.execute(
      sql`UPDATE dossier_sources AS ds
             SET source_stamp = v.source_stamp, source_status = v.source_status, record_hash = v.record_hash,
                 updated_at = v.updated_at, source_received_at = v.source_received_at,
                 source_due_at = v.source_due_at, source_finished_at = v.source_finished_at
            FROM json_populate_recordset(NULL::dossier_sources, ${json}::json) AS v
           WHERE ds.source_id = v.source_id AND ds.external_code = v.external_code`,
    );
  }
}

/** Plans every record it can; the others are returned in `rest` for the per-record path. */
async function plan(tx: Tx, source: IngestSource, pending: PendingRecord[]) {
  const done = new Map<number, BatchOutcome>();
  const rest: PendingRecord[] = [];
  const seen = new Set<string>();
  const firsts: PendingRecord[] = [];
  for (const p of pending) {
    if (seen.has(p.MaHoSo)) rest.push(p);
    else {
      seen.add(p.MaHoSo);
      firsts.push(p);
    }
  }
  const links = await linksOf(
    tx,
    source.id,
    firsts.map((p) => p.MaHoSo),
  );
  const byCode = await dossiersByCode(
    tx,
    firsts.filter((p) => !links.has(p.MaHoSo)).map((p) => p.MaHoSo),
  );
  const unknown = firsts.filter((p) => !links.has(p.MaHoSo) && !byCode.has(p.MaHoSo));
  const byOwner = await ownerMatches(tx, source.id, unknown);
  const rows = await dossiersById(tx, [
    ...new Set([...[...links.values()].map((l) => l.dossierId), ...byOwner.values()]),
  ]);
  for (const d of byCode.values()) rows.set(d.id, d);
  const others = await newestOtherLinks(tx, source.id, [...rows.keys()]);
  const sourceUnits = new Set(source.unitIds.values());
  const claimed = new Set<string>();
  const plans: Plan[] = [];
  for (const p of firsts) {
    const link = links.get(p.MaHoSo);
    const target = link
      ? rows.get(link.dossierId)
      : (byCode.get(p.MaHoSo) ?? rows.get(byOwner.get(p.index) ?? ''));
    if (!target) {
      if (link) rest.push(p);
      else plans.push({ kind: 'new', p });
      continue;
    }
    if (link && link.recordHash === p.hash) {
      done.set(p.index, { result: 'unchanged', dossierId: link.dossierId });
      continue;
    }
    if (link && compareStamps(p.stamp, { at: link.sourceStamp.getTime(), status: link.sourceStatus }) < 0) {
      done.set(p.index, { ...STALE, dossierId: link.dossierId });
      continue;
    }
    // One write per dossier per batch; a dossier outside the source is the per-record path's rejection.
    if (claimed.has(target.id) || !sourceUnits.has(target.unitId)) {
      rest.push(p);
      continue;
    }
    claimed.add(target.id);
    const other = others.get(target.id);
    if (link)
      plans.push({
        kind: 'update',
        p,
        link,
        row: target,
        apply: target.source !== 'motcua' && (!other || compareStamps(p.stamp, other) >= 0),
      });
    else
      plans.push({
        kind: 'link',
        p,
        row: target,
        apply: target.source !== 'motcua' && (!other || compareStamps(p.stamp, other) > 0),
        code: byCode.has(p.MaHoSo) ? 'LINKED' : 'LINKED_BY_OWNER',
      });
  }
  return { done, rest, plans };
}

/** Writes what it can set-based; returns the outcomes and the records left for the per-record path. */
export async function ingestBatch(
  tx: Tx,
  source: IngestSource,
  now: Date,
  pending: PendingRecord[],
  cache: ProcedureCache,
): Promise<{ done: Map<number, BatchOutcome>; rest: PendingRecord[] }> {
  const { done, rest, plans: all } = await plan(tx, source, pending);
  const needsProcedure = all.filter((x) => x.kind === 'new' || x.apply).map((x) => x.p);
  const refs = await procedureRefs(tx, needsProcedure, cache);
  const plans = all.filter((x) => (x.kind !== 'new' && !x.apply) || refs.has(x.p.index));
  for (const x of all) if (!plans.includes(x)) rest.push(x.p);
  const sortedRest = () => rest.sort((a, b) => a.index - b.index);
  if (!plans.length) return { done, rest: sortedRest() };

  const valuesOf = (x: Plan) =>
    importedDossierValues(x.p.r, {
      unitId: x.p.unitId,
      procedureId: refs.get(x.p.index)!.id,
      sourceCode: x.kind === 'new' ? source.code : x.row.source,
      stampAt: x.p.stamp.at,
      now,
    });
  const linkOf = (x: Plan, dossierId: string) => ({
    dossierId,
    sourceId: source.id,
    externalCode: x.p.MaHoSo,
    sourceStamp: new Date(x.p.stamp.at),
    sourceStatus: x.p.stamp.status,
    recordHash: x.p.hash,
    updatedAt: now,
    ...sourceLinkDates(x.p.r, x.p.stamp.at),
  });
  const eventOf = (
    x: Plan,
    d: { id: string; unitId: string },
    from: string | null,
    to: { state: string; nationalStatus: number },
    note: string,
  ) => ({
    dossierId: d.id,
    unitId: d.unitId,
    at: now,
    action: 'ingest',
    actorId: null,
    actorName: source.name,
    fromState: from,
    toState: to.state,
    nationalStatus: to.nationalStatus,
    note,
    data: { source: source.code, externalCode: x.p.MaHoSo, status: x.p.r.TrangThaiHoSo },
  });

  const outcomes = new Map<number, BatchOutcome>();
  try {
    await tx.transaction(async (sp) => {
      const fresh = plans.filter((x) => x.kind === 'new').map((x) => ({ x, values: valuesOf(x) }));
      const ids = new Map<string, string>();
      for (const part of chunks(fresh, 400)) {
        const inserted = await sp
          .insert(dossiers)
          .values(
            part.map(({ x, values }) => ({
              ...values,
              code: x.p.MaHoSo,
              trackingKey: randomBytes(12).toString('base64url'),
              version: 1,
              createdAt: now,
            })),
          )
          .returning({ id: dossiers.id, code: dossiers.code });
        for (const d of inserted) ids.set(d.code, d.id);
      }
      const events: (typeof dossierEvents.$inferInsert)[] = [];
      const newLinks: (typeof dossierSources.$inferInsert)[] = [];
      const changedLinks: (typeof dossierSources.$inferInsert)[] = [];
      const updates: { id: string; version: number; values: Record<string, unknown> }[] = [];
      const units = new Set<string>();
      for (const { x, values } of fresh) {
        const id = ids.get(x.p.MaHoSo)!;
        newLinks.push(linkOf(x, id));
        events.push(eventOf(x, { id, unitId: values.unitId }, null, values, `Nhận từ ${source.name}`));
        units.add(values.unitId);
        outcomes.set(x.p.index, {
          result: 'accepted',
          dossierId: id,
          ...(refs.get(x.p.index)!.created ? { code: 'PROCEDURE_CREATED' } : {}),
        });
      }
      for (const x of plans) {
        if (x.kind === 'new') continue;
        const row = x.row;
        if (x.kind === 'update') changedLinks.push(linkOf(x, row.id));
        else newLinks.push(linkOf(x, row.id));
        if (x.apply) {
          const values = valuesOf(x);
          updates.push({ id: row.id, version: row.version, values });
          events.push(eventOf(x, row, row.state, values, `Cập nhật từ ${source.name}`));
          units.add(row.unitId);
          units.add(values.unitId);
        } else if (x.kind === 'link')
          events.push(eventOf(x, row, row.state, row, `Liên kết với hồ sơ của ${source.name}`));
        outcomes.set(x.p.index, {
          result: 'accepted',
          dossierId: row.id,
          ...(x.kind === 'link' ? { code: x.code } : {}),
        });
      }
      for (const part of chunks(newLinks, 1000)) await sp.insert(dossierSources).values(part);
      await updateLinks(sp, changedLinks);
      const updated = await updateDossiers(sp, updates);
      if (updated !== updates.length) throw new Error('concurrent update of an imported dossier');
      for (const part of chunks(events, 1000)) await sp.insert(dossierEvents).values(part);
      for (const unitId of units) await notifyDossierChange(sp, unitId);
    });
  } catch {
    // The savepoint is rolled back: nothing of it remains; each of these records goes its own way.
    for (const x of plans) rest.push(x.p);
    return { done, rest: sortedRest() };
  }
  for (const [k, v] of outcomes) done.set(k, v);
  return { done, rest: sortedRest() };
}
