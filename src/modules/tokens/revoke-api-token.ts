import { and, eq, isNull } from 'drizzle-orm';
import { apiTokens, units } from '../../db/schema.js';
import { inScope } from '../../domain/access/actor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { presentToken } from './present.js';

export async function revokeApiToken(deps: Deps, ctx: RequestContext, id: string) {
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ t: apiTokens, unitCode: units.code })
      .from(apiTokens)
      .innerJoin(units, eq(units.id, apiTokens.unitId))
      .where(eq(apiTokens.id, id));
    if (!row || !inScope(ctx.actor, row.t.unitId)) throw notFound('Không tìm thấy mã truy cập');
    if (row.t.revokedAt) return;
    await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
    await recordAudit(tx, ctx, now, {
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
      unitId: row.t.unitId,
      before: presentToken(row.t, row.unitCode),
    });
  });
}
