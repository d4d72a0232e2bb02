// Data access of the feedback module: deadline rules, scoped look-ups and the presenters.
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FeedbackItem } from '../../contract/feedback.js';
import type { Executor } from '../../db/database.js';
import { accounts, dossiers, feedbackDeadlineRules, feedbackItems, units } from '../../db/schema.js';
import { type Actor, inScope } from '../../domain/access/actor.js';
import {
  FEEDBACK_STATE_LABELS,
  FEEDBACK_TOPIC_LABELS,
  type FeedbackDeadlineRule,
  openFeedbackOverdue,
  ruleInForce,
} from '../../domain/feedback/index.js';
import { notFound } from '../../platform/errors.js';

export async function deadlineRuleOn(db: Executor, date: string): Promise<FeedbackDeadlineRule> {
  const rows = await db
    .select()
    .from(feedbackDeadlineRules)
    .orderBy(asc(feedbackDeadlineRules.effectiveFrom));
  const rule = ruleInForce(rows, date);
  if (!rule) throw new Error(`No feedback deadline rule in force on ${date}`);
  return rule;
}

const handler = alias(accounts, 'handler');

export const feedbackSelection = {
  item: feedbackItems,
  unitCode: units.code,
  unitName: units.name,
  dossierCode: dossiers.code,
  handlerName: handler.fullName,
};

export function feedbackQuery(db: Executor) {
  return db
    .select(feedbackSelection)
    .from(feedbackItems)
    .innerJoin(units, eq(units.id, feedbackItems.unitId))
    .leftJoin(dossiers, eq(dossiers.id, feedbackItems.dossierId))
    .leftJoin(handler, eq(handler.id, feedbackItems.handlerId));
}

export type FeedbackRow = Awaited<ReturnType<typeof feedbackQuery>>[number];

/** One feedback within the actor's unit scope; outside it, "not found". */
export async function findScopedFeedback(db: Executor, actor: Actor, id: string): Promise<FeedbackRow> {
  const [row] = await feedbackQuery(db).where(eq(feedbackItems.id, id)).limit(1);
  if (!row || !inScope(actor, row.item.unitId)) throw notFound('Không tìm thấy phản ánh, kiến nghị');
  return row;
}

export async function findOwnFeedback(db: Executor, accountId: string, id: string): Promise<FeedbackRow> {
  const [row] = await feedbackQuery(db)
    .where(and(eq(feedbackItems.id, id), eq(feedbackItems.accountId, accountId)))
    .limit(1);
  if (!row) throw notFound('Không tìm thấy phản ánh, kiến nghị');
  return row;
}

export function presentFeedback(row: FeedbackRow, today: string): FeedbackItem {
  const f = row.item;
  const open = f.state === 'received' || f.state === 'processing';
  return {
    id: f.id,
    unitCode: row.unitCode,
    unitName: row.unitName,
    dossierCode: row.dossierCode ?? null,
    topic: f.topic,
    topicLabel: FEEDBACK_TOPIC_LABELS[f.topic],
    title: f.title,
    content: f.content,
    senderName: f.senderName,
    senderPhone: f.senderPhone,
    senderEmail: f.senderEmail,
    state: f.state,
    stateLabel: FEEDBACK_STATE_LABELS[f.state],
    receivedAt: f.receivedAt.toISOString(),
    receivedDate: f.receivedDate,
    dueDate: f.dueDate,
    overdue: open && openFeedbackOverdue(f.dueDate, today),
    handlerName: row.handlerName ?? null,
    answer: f.answer,
    closedAt: f.closedAt ? f.closedAt.toISOString() : null,
    onTime: f.onTime,
  };
}
