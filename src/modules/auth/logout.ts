import { and, eq, isNull } from 'drizzle-orm';
import { sessions } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { recordAudit } from '../audit/record-audit.js';

/** Ends one session, or every session of the account ("đăng xuất mọi nơi"). */
export async function logout(deps: Deps, ctx: RequestContext, sessionId: string, everywhere: boolean) {
  const now = deps.clock.now();
  const accountId = ctx.actor.id;
  if (!accountId) return;
  await deps.database.db.transaction(async (tx) => {
    const where = everywhere
      ? and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt))
      : and(eq(sessions.id, sessionId), isNull(sessions.revokedAt));
    await tx.update(sessions).set({ revokedAt: now }).where(where);
    await recordAudit(tx, ctx, now, {
      action: everywhere ? 'auth.logout_all' : 'auth.logout',
      entityType: 'account',
      entityId: accountId,
      unitId: ctx.actor.unitId,
    });
  });
}
