// Login throttling: failures are counted per client address and per username within a
// window; past the limit the key is locked for a while. Stored in the database so every
// server process sees the same counters.
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { loginThrottle } from '../../db/schema.js';

export type ThrottlePolicy = { maxFailures: number; lockMs: number };

export async function lockedUntil(db: Executor, keys: string[], now: Date): Promise<Date | null> {
  let until: Date | null = null;
  for (const key of keys) {
    const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key));
    if (row?.lockedUntil && row.lockedUntil > now && (!until || row.lockedUntil > until))
      until = row.lockedUntil;
  }
  return until;
}

export async function recordFailure(
  db: Executor,
  key: string,
  now: Date,
  policy: ThrottlePolicy,
  limit: number,
) {
  const windowStart = new Date(now.getTime() - policy.lockMs);
  await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStart: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`CASE WHEN ${loginThrottle.windowStart} < ${windowStart} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
        windowStart: sql`CASE WHEN ${loginThrottle.windowStart} < ${windowStart} THEN ${now} ELSE ${loginThrottle.windowStart} END`,
      },
    });
  const lockAt = new Date(now.getTime() + policy.lockMs);
  const locked = await db
    .update(loginThrottle)
    .set({ lockedUntil: lockAt, failures: 0, windowStart: now })
    .where(sql`${loginThrottle.key} = ${key} AND ${loginThrottle.failures} >= ${limit}`)
    .returning({ key: loginThrottle.key });
  return locked.length > 0 ? lockAt : null;
}

export async function clearFailures(db: Executor, key: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
