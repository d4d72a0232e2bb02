import { and, eq, isNull } from 'drizzle-orm';
import type { RoleCode } from '../../contract/auth.js';
import { accounts, officerAssignments, sessions } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { handOverOpenWork } from '../dossiers/hand-over.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { checkDepartment } from './department-check.js';
import { findScopedOfficer, presentUser } from './repository.js';
import { checkGrantableRoles } from './role-rules.js';

export type TransferInput = {
  unitCode: string;
  departmentId?: string | null | undefined;
  roles?: RoleCode[] | undefined;
  successorUserId?: string | null | undefined;
};

/**
 * Staff rotation (luân chuyển): the officer moves to another unit or department. Their
 * assignment history and audit trail stay attached to the same account; the successor named
 * here is recorded on the closed assignment and receives the officer's open work.
 */
export async function transferUser(deps: Deps, ctx: RequestContext, id: string, input: TransferInput) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const current = await findScopedOfficer(tx, ctx.actor, id);
    if (!current) throw notFound('Không tìm thấy người dùng');
    const target = await resolveScopedUnit(tx, ctx.actor, input.unitCode);
    const roles = input.roles ? [...new Set(input.roles)] : current.a.roles;
    checkGrantableRoles(ctx.actor, roles as RoleCode[], target.kind);
    await checkDepartment(tx, target.id, input.departmentId);
    if (input.successorUserId) {
      if (input.successorUserId === id)
        throw invalid('SUCCESSOR_INVALID', 'Người kế nhiệm phải là người khác');
      const successor = await findScopedOfficer(tx, ctx.actor, input.successorUserId);
      if (!successor?.a.active || successor.a.unitId !== current.a.unitId) {
        throw invalid('SUCCESSOR_INVALID', 'Người kế nhiệm phải là cán bộ đang hoạt động của đơn vị cũ');
      }
    }
    const before = presentUser(current);
    const handedOver = await handOverOpenWork(tx, ctx, id, input.successorUserId ?? null, now);
    await tx
      .update(officerAssignments)
      .set({ endedAt: now, successorId: input.successorUserId ?? null })
      .where(and(eq(officerAssignments.accountId, id), isNull(officerAssignments.endedAt)));
    await tx.insert(officerAssignments).values({
      accountId: id,
      unitId: target.id,
      departmentId: input.departmentId ?? null,
      roles,
      startedAt: now,
    });
    await tx
      .update(accounts)
      .set({ unitId: target.id, departmentId: input.departmentId ?? null, roles, updatedAt: now })
      .where(eq(accounts.id, id));
    // The officer's scope changed: existing sessions must not keep the old unit's access.
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.accountId, id), isNull(sessions.revokedAt)));
    const after = presentUser((await findScopedOfficer(tx, ctx.actor, id))!);
    await recordAudit(tx, ctx, now, {
      action: 'account.transferred',
      entityType: 'account',
      entityId: id,
      unitId: current.a.unitId,
      before,
      after: { ...after, successorUserId: input.successorUserId ?? null, handedOverDossiers: handedOver },
    });
    return after;
  });
}
