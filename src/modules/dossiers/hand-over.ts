// Staff rotation: the open dossiers an officer holds go to the named successor, each with a dossier
// event, in the transaction of the transfer. Without a successor the transfer is refused while the
// officer still holds open work, so no dossier is left without a handler.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { dossierEvents, dossierSteps, dossiers } from '../../db/schema.js';
import type { RequestContext } from '../../platform/deps.js';
import { conflict } from '../../platform/errors.js';
import { notifyDossierChange } from '../dashboard/change-notice.js';

const HELD = ['received', 'processing', 'supplement_requested', 'awaiting_payment'] as const;

export async function handOverOpenWork(
  tx: Tx,
  ctx: RequestContext,
  fromId: string,
  toId: string | null,
  now: Date,
): Promise<number> {
  const held = await tx
    .select({
      id: dossiers.id,
      unitId: dossiers.unitId,
      state: dossiers.state,
      nationalStatus: dossiers.nationalStatus,
    })
    .from(dossiers)
    .where(and(eq(dossiers.assigneeId, fromId), inArray(dossiers.state, [...HELD])))
    .for('update');
  if (held.length === 0) return 0;
  if (!toId) {
    throw conflict(
      'OPEN_WORK_NEEDS_SUCCESSOR',
      `Cán bộ đang xử lý ${held.length} hồ sơ; hãy chọn người kế nhiệm để bàn giao trước khi điều chuyển`,
    );
  }
  const ids = held.map((d) => d.id);
  await tx
    .update(dossiers)
    .set({ assigneeId: toId, updatedAt: now, version: sql`${dossiers.version} + 1` })
    .where(inArray(dossiers.id, ids));
  await tx
    .update(dossierSteps)
    .set({ assigneeId: toId })
    .where(
      and(
        inArray(dossierSteps.dossierId, ids),
        eq(dossierSteps.assigneeId, fromId),
        isNull(dossierSteps.closedAt),
      ),
    );
  await tx.insert(dossierEvents).values(
    held.map((d) => ({
      dossierId: d.id,
      unitId: d.unitId,
      at: now,
      action: 'reassign',
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      fromState: d.state,
      toState: d.state,
      nationalStatus: d.nationalStatus,
      note: 'Bàn giao hồ sơ do luân chuyển cán bộ',
      data: { from: fromId, to: toId },
    })),
  );
  for (const unitId of new Set(held.map((d) => d.unitId))) await notifyDossierChange(tx, unitId);
  return held.length;
}
