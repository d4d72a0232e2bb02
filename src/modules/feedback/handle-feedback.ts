// An officer of the unit assigns a feedback (to themself or a colleague of the unit), answers it, or
// rejects it as outside the unit's competence. One transaction: compare-and-set on the state, audit.
import { and, eq } from 'drizzle-orm';
import type { FeedbackItem } from '../../contract/feedback.js';
import { accounts, feedbackItems, units } from '../../db/schema.js';
import {
  closedOnTime,
  FEEDBACK_STATE_LABELS,
  type FeedbackAction,
  nextFeedbackState,
} from '../../domain/feedback/index.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { deadlineRuleOn, findScopedFeedback, presentFeedback } from './repository.js';

export type HandleFeedbackInput =
  | { action: 'assign'; handlerId?: string | undefined }
  | { action: 'answer'; answer: string }
  | { action: 'reject'; reason: string };

export async function handleFeedback(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: HandleFeedbackInput,
): Promise<FeedbackItem> {
  const now = deps.clock.now();
  const today = localDateOf(now.getTime());
  await deps.database.db.transaction(async (tx) => {
    const { item } = await findScopedFeedback(tx, ctx.actor, id);
    const next = nextFeedbackState(item.state, input.action as FeedbackAction);
    if (!next) {
      throw conflict(
        'FEEDBACK_STATE',
        `Phản ánh, kiến nghị đang ở trạng thái "${FEEDBACK_STATE_LABELS[item.state]}", không thể thực hiện thao tác này`,
      );
    }
    let set: Partial<typeof feedbackItems.$inferInsert>;
    if (input.action === 'assign') {
      const handlerId = input.handlerId ?? ctx.actor.id;
      const [h] = handlerId ? await tx.select().from(accounts).where(eq(accounts.id, handlerId)) : [];
      if (h?.kind !== 'officer' || !h.active || h.unitId !== item.unitId) {
        throw invalid('FEEDBACK_HANDLER_INVALID', 'Người xử lý phải là cán bộ đang làm việc tại đơn vị');
      }
      set = { state: next, handlerId: h.id };
    } else {
      const [unit] = await tx.select().from(units).where(eq(units.id, item.unitId));
      const calendar = await unitCalendar(tx, unit!);
      const rule = await deadlineRuleOn(tx, item.receivedDate);
      const onTime = closedOnTime(calendar, rule, {
        action: input.action,
        receivedDate: item.receivedDate,
        dueDate: item.dueDate,
        closedDate: today,
      });
      set = {
        state: next,
        answer: input.action === 'answer' ? input.answer : input.reason,
        closedAt: now,
        closedDate: today,
        closedBy: ctx.actor.id,
        onTime,
        handlerId: item.handlerId ?? ctx.actor.id,
      };
    }
    const updated = await tx
      .update(feedbackItems)
      .set(set)
      .where(and(eq(feedbackItems.id, id), eq(feedbackItems.state, item.state)))
      .returning({ id: feedbackItems.id });
    if (updated.length === 0) {
      throw conflict(
        'FEEDBACK_CHANGED',
        'Phản ánh, kiến nghị vừa được người khác cập nhật; vui lòng tải lại',
      );
    }
    await recordAudit(tx, ctx, now, {
      action: `feedback.${input.action === 'assign' ? 'assigned' : input.action === 'answer' ? 'answered' : 'rejected'}`,
      entityType: 'feedback',
      entityId: id,
      unitId: item.unitId,
      before: { state: item.state },
      after: { state: next, handlerId: set.handlerId ?? null, onTime: set.onTime ?? null },
    });
  });
  return presentFeedback(await findScopedFeedback(deps.database.db, ctx.actor, id), today);
}
