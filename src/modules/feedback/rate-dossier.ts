// The owner of a dossier rates it (đánh giá mức độ hài lòng) once its result has been returned; one
// rating per dossier (primary key), with its audit event in the same transaction.
import { eq } from 'drizzle-orm';
import type { DossierRating } from '../../contract/feedback.js';
import { dossierRatings } from '../../db/schema.js';
import { type RatingLevel, ratingRefusal } from '../../domain/feedback/index.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { ownDossier, presentRating, ratingQuery } from './rating-repository.js';

export async function rateDossier(
  deps: Deps,
  ctx: RequestContext,
  dossierId: string,
  input: { level: RatingLevel; comment?: string | undefined },
): Promise<DossierRating> {
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    const d = await ownDossier(tx, ctx, dossierId);
    const [existing] = await tx.select().from(dossierRatings).where(eq(dossierRatings.dossierId, d.id));
    const refusal = ratingRefusal({
      ownerAccountId: d.ownerAccountId,
      accountId: ctx.actor.id!,
      returnedAt: d.returnedAt ? d.returnedAt.getTime() : null,
      alreadyRated: Boolean(existing),
    });
    if (refusal === 'not_owner') throw notFound('Không tìm thấy hồ sơ');
    if (refusal === 'not_returned') {
      throw invalid('RATING_NOT_RETURNED', 'Chỉ đánh giá được hồ sơ đã trả kết quả');
    }
    if (refusal === 'already_rated') throw conflict('RATING_EXISTS', 'Hồ sơ này đã được đánh giá');
    const inserted = await tx
      .insert(dossierRatings)
      .values({
        dossierId: d.id,
        unitId: d.unitId,
        accountId: ctx.actor.id!,
        level: input.level,
        comment: input.comment?.trim() || null,
        ratedAt: now,
        ratedDate: localDateOf(now.getTime()),
      })
      .onConflictDoNothing()
      .returning({ id: dossierRatings.dossierId });
    if (inserted.length === 0) throw conflict('RATING_EXISTS', 'Hồ sơ này đã được đánh giá');
    await recordAudit(tx, ctx, now, {
      action: 'dossier.rated',
      entityType: 'dossier',
      entityId: d.id,
      unitId: d.unitId,
      after: { level: input.level },
    });
  });
  const [row] = await ratingQuery(deps.database.db).where(eq(dossierRatings.dossierId, dossierId));
  return presentRating(row!);
}
