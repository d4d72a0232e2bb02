// The rating of the citizen's own dossier, and whether it can be rated now (returned, not yet rated).
import { eq } from 'drizzle-orm';
import type { PortalRating } from '../../contract/feedback.js';
import { dossierRatings } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { ownDossier, presentRating, ratingQuery } from './rating-repository.js';

export async function portalRating(
  deps: Deps,
  ctx: RequestContext,
  dossierId: string,
): Promise<PortalRating> {
  const { db } = deps.database;
  const d = await ownDossier(db, ctx, dossierId);
  const [row] = await ratingQuery(db).where(eq(dossierRatings.dossierId, d.id));
  return { rating: row ? presentRating(row) : null, canRate: !row && d.returnedAt !== null };
}
