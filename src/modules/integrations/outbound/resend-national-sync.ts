// "Gửi lại lên Cổng DVCQG": after the portal refused a change of one of our dossiers for good (the
// record itself was wrong) and the officer has corrected the dossier, the dossier's current record is
// queued again as a new change. The refused rows stay as they are (history); the new row supersedes
// them once delivered. Only an officer of the dossier's unit who receives or processes dossiers may do
// it, only for our own dossiers, and only while the refusal stands (nothing waiting, nothing delivered
// since); the dossier row is locked so two clicks queue one change.
import { eq } from 'drizzle-orm';
import type { DossierNationalSync } from '../../../contract/outbound-sync.js';
import { dossierEvents, dossiers } from '../../../db/schema.js';
import type { Deps, RequestContext } from '../../../platform/deps.js';
import { conflict, forbidden } from '../../../platform/errors.js';
import { recordAudit } from '../../audit/record-audit.js';
import { findDossier } from '../../dossiers/repository.js';
import { nationalSyncOf } from './get-dossier-sync.js';
import { enqueueNationalSync } from './sync-message.js';

const NOTE = 'Gửi lại hồ sơ lên Cổng DVCQG sau khi bị từ chối';

export async function resendNationalSync(
  deps: Deps,
  ctx: RequestContext,
  dossierId: string,
): Promise<DossierNationalSync> {
  const configured = deps.config.nationalPortal !== null;
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const { unit } = await findDossier(tx, ctx.actor, dossierId);
    const { actor } = ctx;
    if (actor.kind !== 'officer' || actor.unitId !== unit.id)
      throw forbidden('Chỉ cán bộ của đơn vị giải quyết hồ sơ mới được gửi lại hồ sơ lên Cổng DVCQG');
    if (!actor.permissions.has('dossiers:process') && !actor.permissions.has('dossiers:receive'))
      throw forbidden();
    const [row] = await tx.select().from(dossiers).where(eq(dossiers.id, dossierId)).for('update');
    if (!row) throw conflict('DOSSIER_CHANGED', 'Hồ sơ vừa thay đổi, vui lòng tải lại');
    if (row.source !== 'motcua')
      throw conflict(
        'NOT_OWN_DOSSIER',
        'Hồ sơ nhận từ hệ thống khác do hệ thống đó đồng bộ lên Cổng DVCQG, không gửi lại từ đây',
      );
    const before = await nationalSyncOf(tx, row, configured);
    if (before.state !== 'refused')
      throw conflict(
        'NOTHING_TO_RESEND',
        'Hồ sơ không có thay đổi nào bị Cổng DVCQG từ chối đang chờ gửi lại',
        { state: before.state },
      );
    await enqueueNationalSync(
      tx,
      row,
      unit.code,
      { action: 'national_sync_resend', description: NOTE, actorName: actor.name, at: now.getTime() },
      now,
    );
    await tx.insert(dossierEvents).values({
      dossierId: row.id,
      unitId: row.unitId,
      at: now,
      action: 'national_sync_resend',
      actorId: actor.id,
      actorName: actor.name,
      fromState: row.state,
      toState: row.state,
      nationalStatus: row.nationalStatus,
      note: NOTE,
      data: { refusal: before.lastRefusal },
    });
    await recordAudit(tx, ctx, now, {
      action: 'integration.national_sync_resent',
      entityType: 'dossier',
      entityId: row.id,
      unitId: row.unitId,
      before: { state: before.state, lastRefusal: before.lastRefusal },
    });
    return nationalSyncOf(tx, row, configured);
  });
}
