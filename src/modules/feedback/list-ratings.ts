// Officers: the ratings of their units' dossiers, newest first, keyset-paginated.
import { and, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { DossierRating } from '../../contract/feedback.js';
import { dossierRatings } from '../../db/schema.js';
import { scopeIds } from '../../domain/access/actor.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { presentRating, ratingQuery } from './rating-repository.js';

export async function listRatings(
  deps: Deps,
  ctx: RequestContext,
  input: { unitCode?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<{ items: DossierRating[]; nextCursor: string | null }> {
  const { db } = deps.database;
  const filters: SQL[] = [];
  if (input.unitCode) {
    const unit = await resolveScopedUnit(db, ctx.actor, input.unitCode);
    filters.push(eq(dossierRatings.unitId, unit.id));
  } else {
    const ids = scopeIds(ctx.actor);
    if (ids) {
      if (ids.length === 0) return { items: [], nextCursor: null };
      filters.push(inArray(dossierRatings.unitId, ids));
    }
  }
  const after = decodeCursor<{ at: string; id: string }>(input.cursor);
  if (after) {
    const at = new Date(String(after.at));
    if (Number.isNaN(at.getTime())) throw invalid('INVALID_CURSOR', 'Con trỏ phân trang không hợp lệ');
    filters.push(
      or(
        lt(dossierRatings.ratedAt, at),
        and(eq(dossierRatings.ratedAt, at), lt(dossierRatings.dossierId, String(after.id))),
      )!,
    );
  }
  const rows = await ratingQuery(db)
    .where(and(...filters))
    .orderBy(desc(dossierRatings.ratedAt), desc(dossierRatings.dossierId))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit).map(presentRating);
  const last = rows.length > input.limit ? rows[input.limit - 1] : undefined;
  return {
    items,
    nextCursor: last
      ? encodeCursor({ at: last.rating.ratedAt.toISOString(), id: last.rating.dossierId })
      : null,
  };
}
