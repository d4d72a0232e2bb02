import { eq } from 'drizzle-orm';
import type { RoleCode } from '../../contract/auth.js';
import { accounts, officerAssignments } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword } from '../auth/passwords.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { normaliseContact } from './contact.js';
import { checkDepartment } from './department-check.js';
import { findScopedOfficer, presentUser } from './repository.js';
import { checkGrantableRoles } from './role-rules.js';

export type CreateUserInput = {
  username: string;
  fullName: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  unitCode: string;
  departmentId?: string | null | undefined;
  roles: RoleCode[];
  password: string;
  mustChangePassword?: boolean;
};

export async function createUser(deps: Deps, ctx: RequestContext, input: CreateUserInput) {
  const contact = normaliseContact(input);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const unit = await resolveScopedUnit(tx, ctx.actor, input.unitCode);
    checkGrantableRoles(ctx.actor, input.roles, unit.kind);
    await checkDepartment(tx, unit.id, input.departmentId);
    const [taken] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.username, input.username));
    if (taken) throw conflict('USERNAME_TAKEN', `Tên đăng nhập "${input.username}" đã được sử dụng`);
    const roles = [...new Set(input.roles)];
    const [row] = await tx
      .insert(accounts)
      .values({
        kind: 'officer',
        username: input.username,
        passwordHash,
        fullName: input.fullName,
        email: contact.email ?? null,
        phone: contact.phone ?? null,
        unitId: unit.id,
        departmentId: input.departmentId ?? null,
        roles,
        mustChangePassword: input.mustChangePassword ?? true,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: accounts.id });
    await tx.insert(officerAssignments).values({
      accountId: row!.id,
      unitId: unit.id,
      departmentId: input.departmentId ?? null,
      roles,
      startedAt: now,
    });
    const user = presentUser((await findScopedOfficer(tx, ctx.actor, row!.id))!);
    await recordAudit(tx, ctx, now, {
      action: 'account.created',
      entityType: 'account',
      entityId: user.id,
      unitId: unit.id,
      after: user,
    });
    return user;
  });
}
