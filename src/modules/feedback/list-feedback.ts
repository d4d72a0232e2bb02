// Officers: the feedback of their units (one unit, or every unit in scope), newest first, keyset-paginated.
import { eq, inArray, type SQL } from 'drizzle-orm';
import type { FeedbackStateValue } from '../../contract/feedback.js';
import { feedbackItems } from '../../db/schema.js';
import { scopeIds } from '../../domain/access/actor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { type FeedbackPage, feedbackPage } from './feedback-page.js';

export async function listFeedback(
  deps: Deps,
  ctx: RequestContext,
  input: {
    unitCode?: string | undefined;
    state?: FeedbackStateValue | undefined;
    cursor?: string;
    limit: number;
  },
): Promise<FeedbackPage> {
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
  return feedbackPage(deps, filters, input.cursor, input.limit);
}
