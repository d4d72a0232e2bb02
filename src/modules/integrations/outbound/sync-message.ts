// The outbox row of one change of one of our dossiers, for the national portal (topic
// 'dvcqg.dossier_sync'), written by the caller in the transaction of the change. The payload carries the
// complete HoSoDongBoDVC record as it is at that change, so the worker sends exactly what happened even
// if the dossier has moved on since. Dossiers received from source systems are not synced back.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/database.js';
import { dossierComponents, type dossiers, outbox, procedures, units } from '../../../db/schema.js';
import { type DvcSyncRecord, dvcSyncRecord } from '../../../domain/integrations/sync-record.js';

export const NATIONAL_SYNC_TOPIC = 'dvcqg.dossier_sync';
export const NATIONAL_SYNC_DESTINATION = 'dvcqg';

type DossierRow = typeof dossiers.$inferSelect;

export type SyncPayload = {
  code: string;
  nationalStatus: number;
  action: string;
  at: number;
  record: DvcSyncRecord;
};

export type SyncChangeInput = {
  action: string;
  description: string;
  actorName: string;
  at: number;
};

const ms = (d: Date | null) => (d ? d.getTime() : null);

/** The HoSoDongBoDVC record of `row` (as it is after the change) with `change` as its progress entry. */
export async function syncRecordOf(
  db: Executor,
  row: DossierRow,
  unitCode: string,
  change: SyncChangeInput,
): Promise<DvcSyncRecord> {
  const [facts] = await db
    .select({
      fieldName: procedures.fieldName,
      digitised: sql<boolean>`exists (${db
        .select({ one: sql`1` })
        .from(dossierComponents)
        .where(and(eq(dossierComponents.dossierId, row.id), isNotNull(dossierComponents.fileId)))})`,
    })
    .from(procedures)
    .where(eq(procedures.id, row.procedureId))
    .limit(1);
  const result = (row.result ?? null) as { number?: string; fileId?: string; fileName?: string } | null;
  const step = row.stepIndex === null ? null : (row.process.steps[row.stepIndex] ?? null);
  return dvcSyncRecord(
    {
      code: row.code,
      procedureCode: row.procedureCode,
      procedureName: row.procedureName,
      fieldCode: row.fieldCode,
      fieldName: facts?.fieldName ?? '',
      channel: row.channel,
      ownerKind: row.ownerKind,
      ownerName: row.ownerName,
      ownerIdNumber: row.ownerIdNumber,
      ownerPhone: row.ownerPhone,
      ownerEmail: row.ownerEmail,
      unitCode,
      nationalStatus: row.nationalStatus,
      outcome: row.outcome,
      feeTotal: row.feeTotal,
      feePaidOnline: row.feePaidOnline,
      digitised: Boolean(facts?.digitised),
      submittedAt: ms(row.submittedAt),
      receivedAt: ms(row.receivedAt),
      dueAt: ms(row.dueAt),
      finishedAt: ms(row.finishedAt),
      returnedAt: ms(row.returnedAt),
      result,
    },
    {
      at: change.at,
      description: change.description,
      actorName: change.actorName,
      stepName: step?.name ?? null,
    },
  );
}

/** Writes the outbox row of a change of `row` (after the change) in the caller's transaction. */
export async function enqueueNationalSync(
  tx: Executor,
  row: DossierRow,
  unitCode: string,
  change: SyncChangeInput,
  now: Date,
): Promise<void> {
  if (row.source !== 'motcua') return;
  const record = await syncRecordOf(tx, row, unitCode, change);
  const payload: SyncPayload = {
    code: row.code,
    nationalStatus: row.nationalStatus,
    action: change.action,
    at: change.at,
    record,
  };
  await tx.insert(outbox).values({
    topic: NATIONAL_SYNC_TOPIC,
    aggregateId: row.id,
    payload,
    createdAt: now,
    nextAttemptAt: now,
  });
}

/** Unit code of a unit id (for callers that do not have the unit row at hand). */
export async function unitCodeOf(db: Executor, unitId: string): Promise<string> {
  const [u] = await db.select({ code: units.code }).from(units).where(eq(units.id, unitId)).limit(1);
  return u?.code ?? '';
}
