// Registers a source system: its units, and an API token (permission dossiers:ingest) whose scope is
// all of those units. The token's secret is returned once.
import { eq } from 'drizzle-orm';
import type { SourceKind } from '../../contract/integrations.js';
import { apiTokens, integrationSources, integrationSourceUnits } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { API_TOKEN_PREFIX } from '../auth/authenticate.js';
import { randomToken, sha256 } from '../auth/secrets.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';

export async function createSource(
  deps: Deps,
  ctx: RequestContext,
  input: { code: string; name: string; kind: SourceKind; unitCodes: string[] },
) {
  const now = deps.clock.now();
  const token = `${API_TOKEN_PREFIX}${randomToken(32)}`;
  return deps.database.db.transaction(async (tx) => {
    const unitList = [];
    for (const code of [...new Set(input.unitCodes)])
      unitList.push(await resolveScopedUnit(tx, ctx.actor, code));
    const [taken] = await tx
      .select({ id: integrationSources.id })
      .from(integrationSources)
      .where(eq(integrationSources.code, input.code));
    if (taken) throw conflict('SOURCE_CODE_TAKEN', `Mã hệ thống "${input.code}" đã được dùng`);
    const [tokenRow] = await tx
      .insert(apiTokens)
      .values({
        name: `Hệ thống nguồn: ${input.name}`,
        unitId: unitList[0]!.id,
        permissions: ['dossiers:ingest'],
        tokenHash: sha256(token),
        tokenPrefix: token.slice(0, 10),
        createdBy: ctx.actor.kind === 'officer' ? ctx.actor.id : null,
        createdAt: now,
      })
      .returning({ id: apiTokens.id });
    const [source] = await tx
      .insert(integrationSources)
      .values({
        code: input.code,
        name: input.name,
        kind: input.kind,
        tokenId: tokenRow!.id,
        createdBy: ctx.actor.kind === 'officer' ? ctx.actor.id : null,
        createdAt: now,
      })
      .returning({ id: integrationSources.id });
    await tx
      .insert(integrationSourceUnits)
      .values(unitList.map((u) => ({ sourceId: source!.id, unitId: u.id })));
    await recordAudit(tx, ctx, now, {
      action: 'integration_source.created',
      entityType: 'integration_source',
      entityId: source!.id,
      unitId: unitList[0]!.id,
      after: {
        code: input.code,
        name: input.name,
        kind: input.kind,
        unitCodes: unitList.map((u) => u.code),
        tokenId: tokenRow!.id,
        tokenPrefix: token.slice(0, 10),
      },
    });
    return { id: source!.id, code: input.code, token };
  });
}
