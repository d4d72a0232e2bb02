import type { ApiPermission } from '../../contract/tokens.js';
import { apiTokens } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { recordAudit } from '../audit/record-audit.js';
import { API_TOKEN_PREFIX } from '../auth/authenticate.js';
import { randomToken, sha256 } from '../auth/secrets.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { presentToken } from './present.js';

/** Issues a token for a machine client, scoped to one unit; the secret is returned once. */
export async function createApiToken(
  deps: Deps,
  ctx: RequestContext,
  input: { name: string; unitCode: string; permissions: ApiPermission[] },
) {
  const now = deps.clock.now();
  const token = `${API_TOKEN_PREFIX}${randomToken(32)}`;
  return deps.database.db.transaction(async (tx) => {
    const unit = await resolveScopedUnit(tx, ctx.actor, input.unitCode);
    const [row] = await tx
      .insert(apiTokens)
      .values({
        name: input.name,
        unitId: unit.id,
        permissions: [...new Set(input.permissions)],
        tokenHash: sha256(token),
        tokenPrefix: token.slice(0, 10),
        createdBy: ctx.actor.id,
        createdAt: now,
      })
      .returning();
    const presented = presentToken(row!, unit.code);
    await recordAudit(tx, ctx, now, {
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: row!.id,
      unitId: unit.id,
      after: presented,
    });
    return { ...presented, token };
  });
}
