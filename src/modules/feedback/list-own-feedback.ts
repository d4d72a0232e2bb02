// Citizens and organisations: the feedback they sent while signed in, with the answers.
import { eq } from 'drizzle-orm';
import { feedbackItems } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { type FeedbackPage, feedbackPage } from './feedback-page.js';

export async function listOwnFeedback(
  deps: Deps,
  ctx: RequestContext,
  input: { cursor?: string; limit: number },
): Promise<FeedbackPage> {
  return feedbackPage(deps, [eq(feedbackItems.accountId, ctx.actor.id!)], input.cursor, input.limit);
}
