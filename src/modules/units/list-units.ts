import { localDateOf } from '../../domain/time/local-date.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { findUnitByCode, listScopedUnits, presentUnit } from './repository.js';

export type ListUnitsInput = {
  parentCode?: string | undefined;
  q?: string | undefined;
  includeInactive: boolean;
  cursor?: string | undefined;
  limit: number;
};

export async function listUnits(deps: Deps, ctx: RequestContext, input: ListUnitsInput) {
  const after = decodeCursor<{ code: string }>(input.cursor);
  const rows = await listScopedUnits(deps.database.db, ctx.actor, {
    parentCode: input.parentCode,
    q: input.q,
    includeInactive: input.includeInactive,
    afterCode: after ? String(after.code) : null,
    limit: input.limit + 1,
    today: localDateOf(deps.clock.now().getTime()),
  });
  const items = rows.slice(0, input.limit).map(presentUnit);
  const last = rows.length > input.limit ? items[items.length - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor({ code: last.code }) : null };
}

export async function getUnit(deps: Deps, ctx: RequestContext, code: string) {
  const row = await findUnitByCode(deps.database.db, ctx.actor, code);
  if (!row) throw notFound('Không tìm thấy đơn vị');
  return presentUnit(row);
}
