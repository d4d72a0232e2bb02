// Biểu II.05a/b: the feedback figures of a unit (II.05a, rows by subject) or of a locality with its
// child units in the actor's scope (II.05b, one row per unit) for a period. One aggregate query that
// mirrors placeFeedback() in src/domain/feedback/report.ts; the invariant is checked per row.
import { eq } from 'drizzle-orm';
import type { FeedbackReport, FeedbackReportQuery } from '../../contract/feedback.js';
import { units } from '../../db/schema.js';
import {
  EMPTY_FEEDBACK_FIGURES,
  FEEDBACK_TOPIC_LABELS,
  FEEDBACK_TOPICS,
  type FeedbackReportFigures,
  feedbackInvariantViolations,
  sumFeedbackFigures,
} from '../../domain/feedback/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { reportUnits, validatePeriod } from '../reports/dossier-results.js';

const REPORT_SQL = (key: string) => `
WITH placed AS (
  SELECT ${key} AS key,
         received_date >= $2::date AS is_new,
         CASE
           WHEN closed_date IS NOT NULL AND closed_date <= $3::date THEN
             CASE WHEN state = 'rejected' THEN 'rejected' WHEN on_time THEN 'on_time' ELSE 'late' END
           WHEN due_date < $3::date THEN 'overdue'
           ELSE 'within'
         END AS outcome
  FROM feedback_items
  WHERE unit_id = ANY($1::uuid[]) AND received_date <= $3::date
    AND (closed_date IS NULL OR closed_date >= $2::date)
)
SELECT key,
  count(*) FILTER (WHERE is_new)::int AS received_new,
  count(*) FILTER (WHERE NOT is_new)::int AS carried_over,
  count(*) FILTER (WHERE outcome = 'on_time')::int AS answered_on_time,
  count(*) FILTER (WHERE outcome = 'late')::int AS answered_late,
  count(*) FILTER (WHERE outcome = 'rejected')::int AS rejected,
  count(*) FILTER (WHERE outcome = 'within')::int AS pending_within,
  count(*) FILTER (WHERE outcome = 'overdue')::int AS pending_overdue
FROM placed GROUP BY key`;

type SqlRow = {
  key: string;
  received_new: number;
  carried_over: number;
  answered_on_time: number;
  answered_late: number;
  rejected: number;
  pending_within: number;
  pending_overdue: number;
};

function figuresOf(r: SqlRow | undefined): FeedbackReportFigures {
  if (!r) return { ...EMPTY_FEEDBACK_FIGURES };
  const n = (v: number) => Number(v);
  const f = {
    receivedNew: n(r.received_new),
    carriedOver: n(r.carried_over),
    answeredOnTime: n(r.answered_on_time),
    answeredLate: n(r.answered_late),
    rejected: n(r.rejected),
    pendingWithinDeadline: n(r.pending_within),
    pendingOverdue: n(r.pending_overdue),
  };
  return {
    ...f,
    receivedTotal: f.receivedNew + f.carriedOver,
    answeredTotal: f.answeredOnTime + f.answeredLate,
    pendingTotal: f.pendingWithinDeadline + f.pendingOverdue,
  };
}

export async function feedbackReport(
  deps: Deps,
  ctx: RequestContext,
  input: FeedbackReportQuery,
): Promise<FeedbackReport & { superiorName: string | null }> {
  validatePeriod(input);
  const { db } = deps.database;
  const byUnit = input.form === 'ii05b';
  const { unit, covered } = await reportUnits(db, ctx, input.unitCode, byUnit);
  const raw = await deps.database.query<SqlRow>(REPORT_SQL(byUnit ? 'unit_id::text' : 'topic'), [
    covered.map((u) => u.id),
    input.from,
    input.to,
  ]);
  const byKey = new Map(raw.map((r) => [r.key, r]));
  const rows = byUnit
    ? covered.map((u) => ({ key: u.code, label: u.name, ...figuresOf(byKey.get(u.id)) }))
    : FEEDBACK_TOPICS.map((t) => ({ key: t, label: FEEDBACK_TOPIC_LABELS[t], ...figuresOf(byKey.get(t)) }));
  const total = sumFeedbackFigures(rows);
  for (const r of [...rows, { key: 'total', ...total }]) {
    const violations = feedbackInvariantViolations(r);
    if (violations.length)
      throw new Error(`Feedback report invariant violated (${r.key}): ${violations.join('; ')}`);
  }
  const [parent] = unit.parentId ? await db.select().from(units).where(eq(units.id, unit.parentId)) : [];
  return {
    form: input.form,
    title: byUnit ? 'Biểu II.05b/VPCP/KSTT' : 'Biểu II.05a/VPCP/KSTT',
    unitCode: unit.code,
    unitName: unit.name,
    superiorName: parent?.name ?? null,
    from: input.from,
    to: input.to,
    rows,
    total,
  };
}
