// Uploaded files of a dossier: checked by content (never by name or declared type), stored with their
// SHA-256 in the transaction of the change that links them.
import { createHash } from 'node:crypto';
import type { Tx } from '../../db/database.js';
import { storedFiles } from '../../db/schema.js';
import { type AcceptedMime, MAX_UPLOAD_BYTES, safeFileName, sniffMime } from '../../domain/files/sniff.js';
import type { RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';

/** The upload's bytes and their sniffed type, or a Vietnamese 400 for a missing, empty, large or foreign file. */
export function checkedUpload(content: Buffer | null): { content: Buffer; mime: AcceptedMime } {
  if (!content) {
    throw invalid(
      'FILE_REQUIRED',
      'Gửi nội dung tệp trong thân yêu cầu (Content-Type: application/pdf, image/jpeg hoặc image/png)',
    );
  }
  if (content.length === 0) throw invalid('FILE_EMPTY', 'Tệp tải lên rỗng');
  if (content.length > MAX_UPLOAD_BYTES) throw invalid('FILE_TOO_LARGE', 'Tệp vượt quá 10 MB');
  const mime = sniffMime(content);
  if (!mime)
    throw invalid('FILE_TYPE_NOT_ALLOWED', 'Chỉ nhận tệp PDF, JPG hoặc PNG (kiểm tra theo nội dung tệp)');
  return { content, mime };
}

export async function storeDossierFile(
  tx: Tx,
  ctx: RequestContext,
  dossier: { id: string; unitId: string },
  fileName: string,
  upload: { content: Buffer; mime: AcceptedMime },
  now: Date,
) {
  const [file] = await tx
    .insert(storedFiles)
    .values({
      unitId: dossier.unitId,
      dossierId: dossier.id,
      name: safeFileName(fileName),
      mime: upload.mime,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      content: upload.content,
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
  return file!;
}
