// Non-territorial transfer: the dossier received here continues as a dossier of the competent unit,
// in the same transaction — same owner, components, files and legal receipt (the citizen's deadline
// does not restart), a new code of the competent unit, and the first step open for its officers.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { dossierComponents, dossierEvents, dossierSteps, dossiers, units } from '../../db/schema.js';
import { stepDueAt } from '../../domain/dossier/index.js';
import type { RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { notifyDossierChange } from '../dashboard/change-notice.js';
import { nextDossierCode } from './next-code.js';
import type { DossierRow, UnitRow } from './repository.js';

export async function continueAtCompetentUnit(
  tx: Tx,
  ctx: RequestContext,
  now: Date,
  source: DossierRow,
  from: UnitRow,
  targetUnitCode: string,
): Promise<string> {
  const [target] = await tx.select().from(units).where(eq(units.code, targetUnitCode));
  if (!target || target.kind === 'province')
    throw invalid('TARGET_UNIT_UNKNOWN', 'Không tìm thấy đơn vị có thẩm quyền với mã này');
  const at = now.getTime();
  const calendar = await unitCalendar(tx, target);
  const first = source.process.steps[0];
  const { id: _id, code: _code, ...copy } = source;
  const [created] = await tx
    .insert(dossiers)
    .values({
      ...copy,
      code: await nextDossierCode(tx, target, at),
      unitId: target.id,
      state: 'received',
      nationalStatus: 2,
      outcome: null,
      stepIndex: first ? 0 : null,
      assigneeId: null,
      stepDueAt: null,
      lastHandoff: null,
      finishedAt: null,
      trackingKey: randomBytes(12).toString('base64url'),
      transferredFrom: source.id,
      transferredTo: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: dossiers.id, code: dossiers.code });
  const id = created!.id;
  const components = await tx
    .select()
    .from(dossierComponents)
    .where(eq(dossierComponents.dossierId, source.id));
  if (components.length) {
    await tx
      .insert(dossierComponents)
      .values(components.map(({ id: _c, ...c }) => ({ ...c, dossierId: id })));
  }
  if (first) {
    const dueAt = new Date(stepDueAt(calendar, at, first.allotted));
    await tx.insert(dossierSteps).values({
      dossierId: id,
      stepIndex: 0,
      stepCode: first.code,
      stepName: first.name,
      role: first.role,
      assigneeId: null,
      openedAt: now,
      dueAt,
    });
    await tx.update(dossiers).set({ stepDueAt: dueAt }).where(eq(dossiers.id, id));
  }
  await tx.update(dossiers).set({ transferredTo: id }).where(eq(dossiers.id, source.id));
  const note = `Nhận hồ sơ tiếp nhận không phụ thuộc địa giới hành chính từ ${from.name} (mã hồ sơ ${source.code})`;
  await tx.insert(dossierEvents).values({
    dossierId: id,
    unitId: target.id,
    at: now,
    action: 'receive_at_counter',
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    fromState: null,
    toState: 'received',
    nationalStatus: 2,
    note,
    data: { transferredFrom: source.id, fromUnit: from.code },
  });
  await notifyDossierChange(tx, target.id);
  await recordAudit(tx, ctx, now, {
    action: 'dossier.receive_at_counter',
    entityType: 'dossier',
    entityId: id,
    unitId: target.id,
    after: { code: created!.code, transferredFrom: source.code },
  });
  return id;
}
