// Officers: the feedback of their units, newest first, keyset-paginated; one item by id.
// Citizens: their own feedback.
import { and, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { FeedbackItem, FeedbackStateValue } from '../../contract/feedback.js';
import { feedbackItems } from '../../db/schema.js';
import { scopeIds } from '../../domain/access/actor.js';
import { localDateOf } from '../../domain/time/local-date.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { feedbackQuery, findScopedFeedback, presentFeedback } from './repository.js';

type Page = { items: FeedbackItem[]; nextCursor: string | null };

async function listWhere(
  deps: Deps,
  filters: SQL[],
  cursor: string | undefined,
  limit: number,
): Promise<Page> {
  const after = decodeCursor<{ at: string; id: string }>(cursor);
  if (after) {
    const at = new Date(String(after.at));
    if (Number.isNaN(at.getTime())) throw invalid('INVALID_CURSOR', 'Con trỏ phân trang không hợp lệ');
    filters.push(
      or(
        lt(feedbackItems.receivedAt, at),
        and(eq(feedbackItems.receivedAt, at), lt(feedbackItems.id, String(after.id))),
      )!,
    );
  }
  const rows = await feedbackQuery(deps.database.db)
    .where(and(...filters))
    .orderBy(desc(feedbackItems.receivedAt), desc(feedbackItems.id))
    .limit(limit + 1);
  const today = localDateOf(deps.clock.now().getTime());
  const items = rows.slice(0, limit).map((r) => presentFeedback(r, today));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    items,
    nextCursor: last ? encodeCursor({ at: last.item.receivedAt.toISOString(), id: last.item.id }) : null,
  };
}

export async function listFeedback(
  deps: Deps,
  ctx: RequestContext,
  input: {
    unitCode?: string | undefined;
    state?: FeedbackStateValue | undefined;
    cursor?: string;
    limit: number;
  },
): Promise<Page> {
  const filters: SQL[] = [];
  if (input.unitCode) {
    const unit = await resolveScopedUnit(deps.database.db, ctx.actor, input.unitCode);
    filters.push(eq(feedbackItems.unitId, unit.id));
  } else {
    const ids = scopeIds(ctx.actor);
    if (ids) {
      if (ids.length === 0) return { items: [], nextCursor: null };
      filters.push(inArray(feedbackItems.unitId, ids));
    }
  }
  if (input.state) filters.push(eq(feedbackItems.state, input.state));
  return listWhere(deps, filters, input.cursor, input.limit);
}

export async function listOwnFeedback(
  deps: Deps,
  ctx: RequestContext,
  input: { cursor?: string; limit: number },
): Promise<Page> {
  return listWhere(deps, [eq(feedbackItems.accountId, ctx.actor.id!)], input.cursor, input.limit);
}

export async function getFeedback(deps: Deps, ctx: RequestContext, id: string): Promise<FeedbackItem> {
  const row = await findScopedFeedback(deps.database.db, ctx.actor, id);
  return presentFeedback(row, localDateOf(deps.clock.now().getTime()));
}
