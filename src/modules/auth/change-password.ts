import { and, eq, isNull, ne } from 'drizzle-orm';
import { accounts, sessions } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { DomainError, invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** Changes one's own password; every other session of the account is ended. */
export async function changePassword(
  deps: Deps,
  ctx: RequestContext,
  currentSessionId: string,
  input: { currentPassword: string; newPassword: string },
) {
  const accountId = ctx.actor.id;
  if (!accountId) throw new DomainError('unauthenticated', 'AUTH_REQUIRED', 'Vui lòng đăng nhập');
  const { db } = deps.database;
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw invalid('AUTH_WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng');
  }
  if (input.currentPassword === input.newPassword) {
    throw invalid('PASSWORD_UNCHANGED', 'Mật khẩu mới phải khác mật khẩu hiện tại');
  }
  const now = deps.clock.now();
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now })
      .where(eq(accounts.id, accountId));
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(
        and(eq(sessions.accountId, accountId), ne(sessions.id, currentSessionId), isNull(sessions.revokedAt)),
      );
    await recordAudit(tx, ctx, now, {
      action: 'account.password_changed',
      entityType: 'account',
      entityId: accountId,
      unitId: account.unitId,
    });
  });
}
