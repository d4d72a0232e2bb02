// The signed result document (văn bản kết quả) as a file: attached to a resolved dossier by an officer
// of its unit, checked by content like every upload, linked from the recorded result and audited.
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { dossierEvents, dossiers, storedFiles } from '../../db/schema.js';
import { MAX_UPLOAD_BYTES, safeFileName, sniffMime } from '../../domain/files/sniff.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, forbidden, invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { dossierChanged } from './apply-decision.js';
import { findDossier } from './repository.js';

export async function attachResultFile(
  deps: Deps,
  ctx: RequestContext,
  input: { dossierId: string; fileName: string; content: Buffer | null },
) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const { row } = await findDossier(tx, ctx.actor, input.dossierId);
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
    const content = input.content;
    if (!content || content.length === 0) throw invalid('FILE_REQUIRED', 'Gửi nội dung tệp văn bản kết quả');
    if (content.length > MAX_UPLOAD_BYTES) throw invalid('FILE_TOO_LARGE', 'Tệp vượt quá 10 MB');
    const mime = sniffMime(content);
    if (!mime)
      throw invalid('FILE_TYPE_NOT_ALLOWED', 'Chỉ nhận tệp PDF, JPG hoặc PNG (kiểm tra theo nội dung tệp)');
    const [file] = await tx
      .insert(storedFiles)
      .values({
        unitId: row.unitId,
        dossierId: row.id,
        name: safeFileName(input.fileName),
        mime,
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        createdBy: ctx.actor.id,
        createdAt: now,
      })
      .returning({
        id: storedFiles.id,
        name: storedFiles.name,
        mime: storedFiles.mime,
        size: storedFiles.size,
        sha256: storedFiles.sha256,
      });
    const [updated] = await tx
      .update(dossiers)
      .set({
        result: { ...(row.result as Record<string, unknown>), fileId: file!.id, fileName: file!.name },
        version: sql`${dossiers.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(dossiers.id, row.id), eq(dossiers.version, row.version)))
      .returning({ id: dossiers.id });
    if (!updated) throw dossierChanged();
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
      note: `Đính kèm văn bản kết quả: ${file!.name}`,
      data: { fileId: file!.id },
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
