// Satisfaction rating (đánh giá mức độ hài lòng) of a finished dossier by its owner: one per dossier,
// only once the result has been returned.
export const RATING_LEVELS = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_LABELS: Readonly<Record<RatingLevel, string>> = {
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  dissatisfied: 'Không hài lòng',
};

export type RatingRefusal = 'not_owner' | 'not_returned' | 'already_rated';

/** Why a dossier cannot be rated by this account, or null when it can. */
export function ratingRefusal(input: {
  ownerAccountId: string | null;
  accountId: string;
  returnedAt: number | null;
  alreadyRated: boolean;
}): RatingRefusal | null {
  if (input.ownerAccountId !== input.accountId) return 'not_owner';
  if (input.returnedAt === null) return 'not_returned';
  if (input.alreadyRated) return 'already_rated';
  return null;
}
