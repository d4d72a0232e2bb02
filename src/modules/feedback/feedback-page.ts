// One keyset page of feedback (newest first) under the given filters, shared by the officers' list and
// the citizen's own list.
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { FeedbackItem } from '../../contract/feedback.js';
import { feedbackItems } from '../../db/schema.js';
import { localDateOf } from '../../domain/time/local-date.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { feedbackQuery, presentFeedback } from './repository.js';

export type FeedbackPage = { items: FeedbackItem[]; nextCursor: string | null };

export async function feedbackPage(
  deps: Deps,
  filters: SQL[],
  cursor: string | undefined,
  limit: number,
): Promise<FeedbackPage> {
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
