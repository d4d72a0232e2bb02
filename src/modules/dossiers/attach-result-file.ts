import { and, eq, sql } from 'drizzle-orm';
import { dossierEvents, dossiers } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, forbidden } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { enqueueNationalSync } from '../integrations/outbound/sync-message.js';
import { dossierChanged } from './apply-decision.js';
import { findDossier } from './repository.js';
import { checkedUpload, storeDossierFile } from './stored-file.js';

export async function attachResultFile(
  deps: Deps,
  ctx: RequestContext,
  input: { dossierId: string; fileName: string; content: Buffer | null },
) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const { row, unit } = await findDossier(tx, ctx.actor, input.dossierId);
    if (ctx.actor.kind !== 'officer' || ctx.actor.unitId !== row.unitId) {
      throw forbidden('Chỉ cán bộ của đơn vị giải quyết hồ sơ mới được đính kèm văn bản kết quả');
    }
    if (!ctx.actor.permissions.has('dossiers:process') && !ctx.actor.permissions.has('dossiers:receive')) {
      throw forbidden();
    }
    if ((row.state !== 'resolved' && row.state !== 'returned') || !row.result) {
      throw conflict(
        'RESULT_NOT_RECORDED',
        'Hồ sơ chưa cập nhật kết quả giải quyết nên chưa đính kèm được văn bản kết quả',
      );
    }
    const file = await storeDossierFile(tx, ctx, row, input.fileName, checkedUpload(input.content), now);
    const [updated] = await tx
      .update(dossiers)
      .set({
        result: { ...(row.result as Record<string, unknown>), fileId: file.id, fileName: file.name },
        version: sql`${dossiers.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(dossiers.id, row.id), eq(dossiers.version, row.version)))
      .returning();
    if (!updated) throw dossierChanged();
    // The result document is part of the national portal's copy (DanhSachGiayToKetQua).
    await enqueueNationalSync(
      tx,
      updated,
      unit.code,
      {
        action: 'attach_result_file',
        description: `Đính kèm văn bản kết quả: ${file.name}`,
        actorName: ctx.actor.name,
        at: now.getTime(),
      },
      now,
    );
    await tx.insert(dossierEvents).values({
      dossierId: row.id,
      unitId: row.unitId,
      at: now,
      action: 'attach_result_file',
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      fromState: row.state,
      toState: row.state,
      nationalStatus: row.nationalStatus,
      note: `Đính kèm văn bản kết quả: ${file.name}`,
      data: { fileId: file.id },
    });
    await recordAudit(tx, ctx, now, {
      action: 'dossier.file_attached',
      entityType: 'dossier',
      entityId: row.id,
      unitId: row.unitId,
      after: { result: true, ...file },
    });
    return file!;
  });
}
