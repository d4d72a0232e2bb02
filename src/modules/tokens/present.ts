import type { ApiPermission, ApiToken } from '../../contract/tokens.js';
import type { apiTokens } from '../../db/schema.js';

export function presentToken(t: typeof apiTokens.$inferSelect, unitCode: string): ApiToken {
  return {
    id: t.id,
    name: t.name,
    unitCode,
    permissions: t.permissions as ApiPermission[],
    tokenPrefix: t.tokenPrefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}
