// Data access of dossier ratings: the query with the dossier and unit, the presenter, and the caller's
// own dossier (another person's is "not found").
import { eq } from 'drizzle-orm';
import type { DossierRating } from '../../contract/feedback.js';
import type { Executor } from '../../db/database.js';
import { dossierRatings, dossiers, units } from '../../db/schema.js';
import { RATING_LEVEL_LABELS } from '../../domain/feedback/index.js';
import type { RequestContext } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';

export function ratingQuery(db: Executor) {
  return db
    .select({
      rating: dossierRatings,
      dossierCode: dossiers.code,
      ownerName: dossiers.ownerName,
      unitCode: units.code,
    })
    .from(dossierRatings)
    .innerJoin(dossiers, eq(dossiers.id, dossierRatings.dossierId))
    .innerJoin(units, eq(units.id, dossierRatings.unitId));
}
export type RatingRow = Awaited<ReturnType<typeof ratingQuery>>[number];

export function presentRating(r: RatingRow): DossierRating {
  return {
    dossierId: r.rating.dossierId,
    dossierCode: r.dossierCode,
    unitCode: r.unitCode,
    ownerName: r.ownerName,
    level: r.rating.level,
    levelLabel: RATING_LEVEL_LABELS[r.rating.level],
    comment: r.rating.comment,
    ratedAt: r.rating.ratedAt.toISOString(),
  };
}

/** The caller's own dossier (another person's is "not found"). */
export async function ownDossier(db: Executor, ctx: RequestContext, dossierId: string) {
  const [d] = await db.select().from(dossiers).where(eq(dossiers.id, dossierId));
  if (!d || d.ownerAccountId !== ctx.actor.id) throw notFound('Không tìm thấy hồ sơ');
  return d;
}
