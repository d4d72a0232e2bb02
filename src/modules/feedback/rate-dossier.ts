// The owner of a dossier rates it (đánh giá mức độ hài lòng) once its result has been returned;
// one rating per dossier. Officers read the ratings of their units.
import { and, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { DossierRating, PortalRating } from '../../contract/feedback.js';
import type { Executor } from '../../db/database.js';
import { dossierRatings, dossiers, units } from '../../db/schema.js';
import { scopeIds } from '../../domain/access/actor.js';
import { RATING_LEVEL_LABELS, type RatingLevel, ratingRefusal } from '../../domain/feedback/index.js';
import { localDateOf } from '../../domain/time/local-date.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';

function ratingQuery(db: Executor) {
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
type RatingRow = Awaited<ReturnType<typeof ratingQuery>>[number];

function present(r: RatingRow): DossierRating {
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
async function ownDossier(db: Executor, ctx: RequestContext, dossierId: string) {
  const [d] = await db.select().from(dossiers).where(eq(dossiers.id, dossierId));
  if (!d || d.ownerAccountId !== ctx.actor.id) throw notFound('Không tìm thấy hồ sơ');
  return d;
}

export async function portalRating(
  deps: Deps,
  ctx: RequestContext,
  dossierId: string,
): Promise<PortalRating> {
  const { db } = deps.database;
  const d = await ownDossier(db, ctx, dossierId);
  const [row] = await ratingQuery(db).where(eq(dossierRatings.dossierId, d.id));
  return { rating: row ? present(row) : null, canRate: !row && d.returnedAt !== null };
}

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
  return present(row!);
}

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
  const items = rows.slice(0, input.limit).map(present);
  const last = rows.length > input.limit ? rows[input.limit - 1] : undefined;
  return {
    items,
    nextCursor: last
      ? encodeCursor({ at: last.rating.ratedAt.toISOString(), id: last.rating.dossierId })
      : null,
  };
}
