import { eq } from 'drizzle-orm';
import { accounts, sessions } from '../../db/schema.js';
import { formatDateTime } from '../../domain/format/index.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorFromAccount } from './actor-from-account.js';
import { verifyPassword } from './passwords.js';
import { randomToken, sha256 } from './secrets.js';
import { clearFailures, lockedUntil, recordFailure } from './throttle.js';

export type LoginInput = {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
};
export type LoginResult = { sessionToken: string; csrfToken: string; accountId: string; expiresAt: Date };

/** Per address we allow several users' worth of failures (a commune office shares one NAT address). */
const IP_FAILURE_FACTOR = 6;

function lockedError(until: Date) {
  return new DomainError(
    'locked',
    'AUTH_LOCKED',
    `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${formatDateTime(until.getTime())}.`,
    { lockedUntil: until.toISOString() },
  );
}

export async function login(deps: Deps, input: LoginInput): Promise<LoginResult> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const username = input.username.trim().toLowerCase();
  const userKey = `user:${username}`;
  const ipKey = `ip:${input.ip ?? 'unknown'}`;
  const policy = { maxFailures: deps.config.loginMaxFailures, lockMs: deps.config.loginLockMs };

  const until = await lockedUntil(db, [userKey, ipKey], now);
  if (until) throw lockedError(until);

  const [account] = await db.select().from(accounts).where(eq(accounts.username, username)).limit(1);
  const ok = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !ok) {
    const userLock = await db.transaction(async (tx) => {
      const lock = await recordFailure(tx, userKey, now, policy, policy.maxFailures);
      await recordFailure(tx, ipKey, now, policy, policy.maxFailures * IP_FAILURE_FACTOR);
      if (lock && account) {
        await tx
          .update(accounts)
          .set({ lockedUntil: lock, updatedAt: now })
          .where(eq(accounts.id, account.id));
        const actor = actorFromAccount(account, null, new Set());
        await recordAudit(tx, { actor, ip: input.ip, requestId: input.requestId }, now, {
          action: 'account.locked',
          entityType: 'account',
          entityId: account.id,
          unitId: account.unitId,
          after: { lockedUntil: lock.toISOString() },
        });
      }
      return lock;
    });
    if (userLock) throw lockedError(userLock);
    throw new DomainError(
      'unauthenticated',
      'AUTH_INVALID_CREDENTIALS',
      'Tên đăng nhập hoặc mật khẩu không đúng',
    );
  }
  if (!account.active) {
    throw new DomainError(
      'forbidden',
      'AUTH_ACCOUNT_DISABLED',
      'Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị đơn vị.',
    );
  }

  const sessionToken = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlMs);
  await db.transaction(async (tx) => {
    await clearFailures(tx, userKey);
    await tx.insert(sessions).values({
      id: sha256(sessionToken),
      accountId: account.id,
      csrfToken,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    const actor = actorFromAccount(account, null, new Set());
    await recordAudit(tx, { actor, ip: input.ip, requestId: input.requestId }, now, {
      action: 'auth.login',
      entityType: 'account',
      entityId: account.id,
      unitId: account.unitId,
    });
  });
  return { sessionToken, csrfToken, accountId: account.id, expiresAt };
}
