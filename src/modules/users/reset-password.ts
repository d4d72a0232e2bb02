import { and, eq, isNull } from 'drizzle-orm';
import { accounts, loginThrottle, sessions } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword } from '../auth/passwords.js';
import { findScopedOfficer } from './repository.js';

/** Administrator reset: sets a temporary password, ends all sessions, lifts any lockout. */
export async function resetPassword(deps: Deps, ctx: RequestContext, id: string, newPassword: string) {
  const passwordHash = await hashPassword(newPassword);
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    const current = await findScopedOfficer(tx, ctx.actor, id);
    if (!current) throw notFound('Không tìm thấy người dùng');
    if (current.a.roles.includes('system_admin') && !ctx.actor.roles.includes('system_admin')) {
      throw notFound('Không tìm thấy người dùng');
    }
    await tx
      .update(accounts)
      .set({
        passwordHash,
        mustChangePassword: id !== ctx.actor.id,
        passwordChangedAt: now,
        lockedUntil: null,
        failedLogins: 0,
        updatedAt: now,
      })
      .where(eq(accounts.id, id));
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.accountId, id), isNull(sessions.revokedAt)));
    await tx.delete(loginThrottle).where(eq(loginThrottle.key, `user:${current.a.username}`));
    await recordAudit(tx, ctx, now, {
      action: 'account.password_reset',
      entityType: 'account',
      entityId: id,
      unitId: current.a.unitId,
    });
  });
}
