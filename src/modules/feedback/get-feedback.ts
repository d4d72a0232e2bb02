// One feedback of the officer's units (another unit's is "not found").
import type { FeedbackItem } from '../../contract/feedback.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { findScopedFeedback, presentFeedback } from './repository.js';

export async function getFeedback(deps: Deps, ctx: RequestContext, id: string): Promise<FeedbackItem> {
  const row = await findScopedFeedback(deps.database.db, ctx.actor, id);
  return presentFeedback(row, localDateOf(deps.clock.now().getTime()));
}
