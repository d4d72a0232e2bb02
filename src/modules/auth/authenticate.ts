// Resolves the actor of a request from its session cookie or its API token.
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import {
  accounts,
  apiTokens,
  integrationSources,
  integrationSourceUnits,
  sessions,
  units,
} from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import type { Permission } from '../../domain/access/permissions.js';
import type { Deps } from '../../platform/deps.js';
import { actorFromAccount } from './actor-from-account.js';
import { sha256 } from './secrets.js';

const TOUCH_EVERY_MS = 5 * 60_000;

export type SessionAuth = {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  account: typeof accounts.$inferSelect;
};

/** Own unit plus, for a province, every commune/ward/special zone under it (current and historical). */
export async function unitScope(db: Executor, unitId: string | null): Promise<Set<string>> {
  if (!unitId) return new Set();
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(or(eq(units.id, unitId), eq(units.parentId, unitId)));
  return new Set(rows.map((r) => r.id));
}

export async function authenticateSession(deps: Deps, cookieValue: string): Promise<SessionAuth | null> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const id = sha256(cookieValue);
  const [row] = await db
    .select({ s: sessions, a: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(
      and(
        eq(sessions.id, id),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        eq(accounts.active, true),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  const scope = row.a.kind === 'officer' ? await unitScope(db, row.a.unitId) : new Set<string>();
  return {
    actor: actorFromAccount(row.a, null, scope),
    sessionId: id,
    csrfToken: row.s.csrfToken,
    account: row.a,
  };
}

export const API_TOKEN_PREFIX = 'mct_';

export async function authenticateToken(deps: Deps, token: string): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const { db } = deps.database;
  const now = deps.clock.now();
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  // A source system's token covers every unit the source serves (integration_source_units).
  const sourceUnits = row.permissions.includes('dossiers:ingest')
    ? await db
        .select({ unitId: integrationSourceUnits.unitId })
        .from(integrationSourceUnits)
        .innerJoin(integrationSources, eq(integrationSources.id, integrationSourceUnits.sourceId))
        .where(eq(integrationSources.tokenId, row.id))
    : [];
  return {
    kind: 'api_token',
    id: row.id,
    name: `Mã truy cập: ${row.name}`,
    roles: [],
    permissions: new Set(row.permissions as Permission[]),
    unitId: row.unitId,
    scope: new Set([row.unitId, ...sourceUnits.map((u) => u.unitId)]),
  };
}
