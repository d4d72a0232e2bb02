import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { findScopedOfficer, listScopedOfficers, presentUser } from './repository.js';

export async function listUsers(
  deps: Deps,
  ctx: RequestContext,
  input: {
    unitCode?: string | undefined;
    q?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
) {
  const { db } = deps.database;
  const unit = input.unitCode ? await resolveScopedUnit(db, ctx.actor, input.unitCode) : null;
  const after = decodeCursor<{ u: string }>(input.cursor);
  const rows = await listScopedOfficers(db, ctx.actor, {
    unitId: unit?.id,
    q: input.q,
    afterUsername: after ? String(after.u) : null,
    limit: input.limit + 1,
  });
  const items = rows.slice(0, input.limit).map(presentUser);
  const last = rows.length > input.limit ? items[items.length - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor({ u: last.username }) : null };
}

export async function getUser(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findScopedOfficer(deps.database.db, ctx.actor, id);
  if (!row) throw notFound('Không tìm thấy người dùng');
  return presentUser(row);
}
