// Feedback (PAKN) and satisfaction figures of some units over a period of local dates, inclusive. Used
// by Biểu II.05a/b and the weekly indicator report. Definitions (docs/decisions/0016-feedback-module.md):
// - received: received_date in the period;
// - handled: answered (within the unit's competence) with closed_date in the period — a rejection
//   (not in scope) is not "handled"; handledOnTime: of those, answered by the due date;
// - pending: received by the end of the period and not answered or rejected by then;
// - ratings: dossier ratings given in the period, by level.
import type { Database } from '../../db/database.js';

export type FeedbackFigures = {
  received: number;
  handled: number;
  handledOnTime: number;
  pending: number;
  ratings: { total: number; verySatisfied: number; satisfied: number; dissatisfied: number };
};

const FEEDBACK_SQL = `
SELECT
  count(*) FILTER (WHERE received_date >= $2::date)::int AS received,
  count(*) FILTER (WHERE state = 'answered' AND closed_date BETWEEN $2::date AND $3::date)::int AS handled,
  count(*) FILTER (WHERE state = 'answered' AND closed_date BETWEEN $2::date AND $3::date AND on_time)::int
    AS handled_on_time,
  count(*) FILTER (WHERE closed_date IS NULL OR closed_date > $3::date)::int AS pending
FROM feedback_items
WHERE unit_id = ANY($1::uuid[]) AND received_date <= $3::date
  AND (closed_date IS NULL OR closed_date >= $2::date)`;

const RATINGS_SQL = `
SELECT
  count(*)::int AS total,
  count(*) FILTER (WHERE level = 'very_satisfied')::int AS very_satisfied,
  count(*) FILTER (WHERE level = 'satisfied')::int AS satisfied,
  count(*) FILTER (WHERE level = 'dissatisfied')::int AS dissatisfied
FROM dossier_ratings
WHERE unit_id = ANY($1::uuid[]) AND rated_date BETWEEN $2::date AND $3::date`;

type FeedbackRow = { received: number; handled: number; handled_on_time: number; pending: number };
type RatingRow = { total: number; very_satisfied: number; satisfied: number; dissatisfied: number };

export async function feedbackFigures(
  database: Database,
  unitIds: readonly string[],
  from: string,
  to: string,
): Promise<FeedbackFigures> {
  const params = [[...unitIds], from, to];
  const [f] = await database.query<FeedbackRow>(FEEDBACK_SQL, params);
  const [r] = await database.query<RatingRow>(RATINGS_SQL, params);
  return {
    received: Number(f?.received ?? 0),
    handled: Number(f?.handled ?? 0),
    handledOnTime: Number(f?.handled_on_time ?? 0),
    pending: Number(f?.pending ?? 0),
    ratings: {
      total: Number(r?.total ?? 0),
      verySatisfied: Number(r?.very_satisfied ?? 0),
      satisfied: Number(r?.satisfied ?? 0),
      dissatisfied: Number(r?.dissatisfied ?? 0),
    },
  };
}
