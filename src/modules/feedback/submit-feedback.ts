// A citizen (signed in, or anonymous with a name and a phone or e-mail) sends a feedback or petition
// (phản ánh, kiến nghị) to a unit, optionally about one of their own dossiers. The answer is due
// after the working days of the rule in force on the day of receipt, on the unit's calendar.
import { eq } from 'drizzle-orm';
import type { FeedbackItem, SubmitFeedbackBody } from '../../contract/feedback.js';
import { accounts, dossiers, feedbackItems, units } from '../../db/schema.js';
import { feedbackDueDate } from '../../domain/feedback/index.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { forbidden, invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { normaliseContact } from '../users/contact.js';
import { deadlineRuleOn, findScopedFeedback, presentFeedback } from './repository.js';

/** ctx.actor is a citizen or organisation (portal), or the anonymous actor of the public route. */
export async function submitFeedback(
  deps: Deps,
  ctx: RequestContext,
  input: SubmitFeedbackBody,
): Promise<FeedbackItem> {
  const signedIn = ctx.actor.kind === 'citizen' || ctx.actor.kind === 'organisation';
  if (!signedIn && ctx.actor.kind !== 'system') {
    throw forbidden('Cán bộ không gửi phản ánh, kiến nghị thay công dân qua chức năng này');
  }
  const now = deps.clock.now();
  const today = localDateOf(now.getTime());
  const id = await deps.database.db.transaction(async (tx) => {
    const [unit] = await tx.select().from(units).where(eq(units.code, input.unitCode));
    if (!unit || (unit.validTo && unit.validTo <= today)) throw notFound('Không tìm thấy cơ quan, đơn vị');
    let sender: { name: string; phone: string | null; email: string | null; accountId: string | null };
    if (signedIn) {
      const [me] = await tx.select().from(accounts).where(eq(accounts.id, ctx.actor.id!));
      if (!me) throw forbidden();
      sender = { name: me.fullName, phone: me.phone, email: me.email, accountId: me.id };
    } else {
      if (input.dossierId) {
        throw invalid('FEEDBACK_DOSSIER_NEEDS_LOGIN', 'Đăng nhập để gửi phản ánh về hồ sơ của mình');
      }
      const name = input.senderName?.replace(/\s+/g, ' ').trim();
      if (!name) throw invalid('FEEDBACK_SENDER_REQUIRED', 'Vui lòng nhập họ và tên người gửi');
      const contact = normaliseContact({ phone: input.senderPhone ?? '', email: input.senderEmail ?? '' });
      if (!contact.phone && !contact.email) {
        throw invalid(
          'FEEDBACK_CONTACT_REQUIRED',
          'Vui lòng nhập số điện thoại hoặc thư điện tử để nhận trả lời',
        );
      }
      sender = { name, phone: contact.phone ?? null, email: contact.email ?? null, accountId: null };
    }
    let dossierId: string | null = null;
    if (input.dossierId) {
      const [d] = await tx.select().from(dossiers).where(eq(dossiers.id, input.dossierId));
      if (!d || d.ownerAccountId !== sender.accountId) throw notFound('Không tìm thấy hồ sơ');
      if (d.unitId !== unit.id) {
        throw invalid('FEEDBACK_DOSSIER_OTHER_UNIT', 'Hồ sơ này do cơ quan, đơn vị khác giải quyết');
      }
      dossierId = d.id;
    }
    const rule = await deadlineRuleOn(tx, today);
    const calendar = await unitCalendar(tx, unit);
    const [row] = await tx
      .insert(feedbackItems)
      .values({
        unitId: unit.id,
        dossierId,
        accountId: sender.accountId,
        senderName: sender.name,
        senderPhone: sender.phone,
        senderEmail: sender.email,
        topic: input.topic,
        title: input.title,
        content: input.content,
        receivedAt: now,
        receivedDate: today,
        dueDate: feedbackDueDate(calendar, rule, today),
      })
      .returning({ id: feedbackItems.id, dueDate: feedbackItems.dueDate });
    await recordAudit(tx, ctx, now, {
      action: 'feedback.received',
      entityType: 'feedback',
      entityId: row!.id,
      unitId: unit.id,
      after: { topic: input.topic, title: input.title, dueDate: row!.dueDate, dossierId },
    });
    return row!.id;
  });
  const row = await findScopedFeedback(deps.database.db, { ...ctx.actor, scope: 'all' }, id);
  return presentFeedback(row, today);
}
