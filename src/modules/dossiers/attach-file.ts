import { and, eq } from 'drizzle-orm';
import { dossierComponents, dossiers, storedFiles } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { forbidden, invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { findDossier } from './repository.js';
import { checkedUpload, storeDossierFile } from './stored-file.js';

const OPEN_FOR_FILES = new Set([
  'submitted',
  'intake_supplement_requested',
  'received',
  'processing',
  'supplement_requested',
]);

export async function attachComponentFile(
  deps: Deps,
  ctx: RequestContext,
  input: { dossierId: string; componentCode: string; fileName: string; content: Buffer | null },
) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    // Scope first: another unit's dossier is "not found" whatever was sent.
    const { row } = await findDossier(tx, ctx.actor, input.dossierId);
    const upload = checkedUpload(input.content);
    if (ctx.actor.kind === 'officer' && ctx.actor.unitId !== row.unitId) {
      throw forbidden('Chỉ cán bộ của đơn vị đang giải quyết hồ sơ mới được đính kèm tệp');
    }
    if (!OPEN_FOR_FILES.has(row.state))
      throw invalid('DOSSIER_CLOSED', 'Hồ sơ đã kết thúc, không đính kèm thêm tệp');
    const [component] = await tx
      .select()
      .from(dossierComponents)
      .where(and(eq(dossierComponents.dossierId, row.id), eq(dossierComponents.code, input.componentCode)));
    if (!component) throw notFound('Hồ sơ không có thành phần này');
    const file = await storeDossierFile(tx, ctx, row, input.fileName, upload, now);
    await tx
      .update(dossierComponents)
      .set({ fileId: file.id, provided: true })
      .where(eq(dossierComponents.id, component.id));
    // A component scanned or uploaded: the dossier is digitised (Decision 766 indicator 4.2).
    await tx.update(dossiers).set({ digitized: true }).where(eq(dossiers.id, row.id));
    await recordAudit(tx, ctx, now, {
      action: 'dossier.file_attached',
      entityType: 'dossier',
      entityId: row.id,
      unitId: row.unitId,
      after: { component: component.code, ...file },
    });
    return file!;
  });
}

export async function readDossierFile(deps: Deps, ctx: RequestContext, dossierId: string, fileId: string) {
  const { row } = await findDossier(deps.database.db, ctx.actor, dossierId);
  const [file] = await deps.database.db
    .select()
    .from(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.dossierId, row.id)));
  if (!file) throw notFound('Không tìm thấy tệp');
  return file;
}
