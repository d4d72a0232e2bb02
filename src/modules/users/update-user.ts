import { and, eq, isNull } from 'drizzle-orm';
import type { RoleCode } from '../../contract/auth.js';
import { accounts, officerAssignments, sessions, units } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { normaliseContact } from './contact.js';
import { checkDepartment } from './department-check.js';
import { findScopedOfficer, presentUser } from './repository.js';
import { checkGrantableRoles } from './role-rules.js';

export type UpdateUserInput = {
  fullName?: string | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  departmentId?: string | null | undefined;
  roles?: RoleCode[] | undefined;
  active?: boolean | undefined;
};

export async function updateUser(deps: Deps, ctx: RequestContext, id: string, input: UpdateUserInput) {
  const contact = normaliseContact(input);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const current = await findScopedOfficer(tx, ctx.actor, id);
    if (!current) throw notFound('Không tìm thấy người dùng');
    if (id === ctx.actor.id && input.active === false) {
      throw invalid('CANNOT_DISABLE_SELF', 'Không thể tự vô hiệu hóa tài khoản của mình');
    }
    const [unit] = await tx.select().from(units).where(eq(units.id, current.a.unitId!));
    if (input.roles) checkGrantableRoles(ctx.actor, input.roles, unit!.kind);
    if (current.a.roles.includes('system_admin') && !ctx.actor.roles.includes('system_admin')) {
      throw notFound('Không tìm thấy người dùng');
    }
    if (input.departmentId !== undefined) await checkDepartment(tx, unit!.id, input.departmentId);
    const before = presentUser(current);
    const roles = input.roles ? [...new Set(input.roles)] : undefined;
    await tx
      .update(accounts)
      .set({
        ...(input.fullName !== undefined && { fullName: input.fullName }),
        ...contact,
        ...(input.departmentId !== undefined && { departmentId: input.departmentId }),
        ...(roles && { roles }),
        ...(input.active !== undefined && { active: input.active }),
        updatedAt: now,
      })
      .where(eq(accounts.id, id));
    const assignmentChanged =
      (roles && roles.join() !== current.a.roles.join()) ||
      (input.departmentId !== undefined && input.departmentId !== current.a.departmentId);
    if (assignmentChanged) {
      await tx
        .update(officerAssignments)
        .set({ endedAt: now })
        .where(and(eq(officerAssignments.accountId, id), isNull(officerAssignments.endedAt)));
      await tx.insert(officerAssignments).values({
        accountId: id,
        unitId: unit!.id,
        departmentId: input.departmentId !== undefined ? input.departmentId : current.a.departmentId,
        roles: roles ?? current.a.roles,
        startedAt: now,
      });
    }
    if (input.active === false) {
      await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.accountId, id), isNull(sessions.revokedAt)));
    }
    const after = presentUser((await findScopedOfficer(tx, ctx.actor, id))!);
    await recordAudit(tx, ctx, now, {
      action: 'account.updated',
      entityType: 'account',
      entityId: id,
      unitId: unit!.id,
      before,
      after,
    });
    return after;
  });
}
