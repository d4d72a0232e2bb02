// Executes a decision of the state machine inside the caller's transaction: one compare-and-set of
// the dossier row, the step history, the dossier event, the typed audit event and the outbox rows.
// Nothing here decides anything: the transition table did.
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { dossierEvents, dossierSteps, dossiers, outbox } from '../../db/schema.js';
import { computeDueDate, resumeAfterPause, type WorkingCalendar } from '../../domain/calendar/index.js';
import { ACTION_LABELS, type DecisionSuccess, stepDueAt } from '../../domain/dossier/index.js';
import type { RequestContext } from '../../platform/deps.js';
import { conflict } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { resumePolicyOf } from '../calendar/policies.js';
import { notifyDossierChange } from '../dashboard/change-notice.js';
import { enqueueNationalSync } from '../integrations/outbound/sync-message.js';
import type { DossierRow, UnitRow } from './repository.js';
import { continueAtCompetentUnit } from './transfer.js';

type Patch = Partial<typeof dossiers.$inferInsert>;
type StepInsert = typeof dossierSteps.$inferInsert;

export type ApplyInput = {
  tx: Tx;
  ctx: RequestContext;
  now: Date;
  calendar: WorkingCalendar;
  unit: UnitRow;
  /** The row as read (null when the decision creates the dossier: `created` is then inserted first). */
  row: DossierRow;
  decision: DecisionSuccess;
  note?: string | null;
  /** Extra data for the dossier event (e.g. the supplement content, the consulted agency). */
  data?: Record<string, unknown>;
  /** True when `row` was just inserted by the caller (no compare-and-set needed on the version). */
  creating?: boolean;
};

export async function applyDecision(input: ApplyInput): Promise<DossierRow> {
  const { tx, ctx, now, calendar, row, decision } = input;
  const at = now.getTime();
  const patch: Patch = {
    state: decision.next,
    nationalStatus: decision.nationalStatus,
    version: row.version + 1,
    updatedAt: now,
  };
  const stepInserts: StepInsert[] = [];
  const stepCloses: { stepIndex: number; closure: string }[] = [];
  let assigneeChange: string | null | undefined;
  const forms: string[] = [];
  const notices: string[] = [];
  let sync = false;
  let transferTo: string | null = null;

  for (const e of decision.effects) {
    switch (e.type) {
      case 'start_clock': {
        const due = computeDueDate(calendar, {
          receivedAt: e.at,
          amount: row.duration.amount,
          unit: row.duration.unit,
          cutoff: row.duration.cutoff,
        });
        patch.receivedAt = new Date(e.at);
        patch.countingStartsAt = new Date(due.countingStartsAt);
        patch.dueAt = new Date(due.dueAt);
        patch.originalDueAt = new Date(due.dueAt);
        break;
      }
      case 'pause_clock':
        patch.pausedAt = new Date(e.at);
        patch.pauseKind = e.kind;
        break;
      case 'resume_clock': {
        if (row.pausedAt && row.dueAt) {
          const resumed = resumeAfterPause(calendar, {
            currentDueAt: row.dueAt.getTime(),
            duration: row.duration,
            pausedAt: row.pausedAt.getTime(),
            resumedAt: e.at,
            kind: e.kind,
            policy: await resumePolicyOf(tx, row.unitId),
          });
          patch.dueAt = new Date(resumed.dueAt);
          if (resumed.countingStartsAt !== null) patch.countingStartsAt = new Date(resumed.countingStartsAt);
        }
        patch.pausedAt = null;
        patch.pauseKind = null;
        break;
      }
      case 'end_clock':
        patch.finishedAt = new Date(e.whilePaused && row.pausedAt ? row.pausedAt.getTime() : e.at);
        break;
      case 'set_due_date':
        patch.dueAt = new Date(e.dueAt);
        patch.rescheduleCount = e.rescheduleCount;
        break;
      case 'open_step': {
        const step = row.process.steps[e.stepIndex];
        if (!step) break;
        const dueAt = stepDueAt(calendar, e.at, step.allotted);
        stepInserts.push({
          dossierId: row.id,
          stepIndex: e.stepIndex,
          stepCode: step.code,
          stepName: step.name,
          role: step.role,
          assigneeId: e.assigneeId,
          openedAt: new Date(e.at),
          dueAt: new Date(dueAt),
        });
        patch.stepDueAt = new Date(dueAt);
        assigneeChange = e.assigneeId;
        break;
      }
      case 'close_step':
        stepCloses.push({ stepIndex: e.stepIndex, closure: e.closure });
        break;
      case 'set_assignee':
        assigneeChange = e.assigneeId;
        break;
      case 'open_consultation':
        patch.pendingConsultations = row.pendingConsultations + 1;
        break;
      case 'close_consultation':
        patch.pendingConsultations = Math.max(0, row.pendingConsultations - 1);
        break;
      case 'set_outcome':
        patch.outcome = e.outcome;
        break;
      case 'record_result':
        patch.result = { number: e.number, signer: e.signer, signedOn: e.signedOn };
        break;
      case 'record_return':
        patch.returnedAt = new Date(e.at);
        patch.returnChannel = e.channel;
        if (row.feePayment === 'at_return' && !row.feePaidAt) patch.feePaidAt = new Date(e.at);
        break;
      case 'record_supplement_request':
        patch.supplementCount = row.supplementCount + 1;
        patch.supplementDueAt = new Date(e.citizenDueAt);
        break;
      case 'schedule_supplement_expiry':
        patch.supplementDueAt = new Date(e.at);
        break;
      case 'cancel_supplement_expiry':
        patch.supplementDueAt = null;
        break;
      case 'record_payment_request':
        break;
      case 'issue_form':
        forms.push(e.form);
        break;
      case 'notify_citizen':
        notices.push(e.notice);
        break;
      case 'transfer_to_unit':
        transferTo = e.unitCode;
        break;
      case 'sync_outbox':
        sync = true;
        break;
    }
  }

  // Current step and assignee after the transition.
  patch.stepIndex = decision.stepIndex;
  if (decision.stepIndex === null) {
    patch.assigneeId = null;
    patch.stepDueAt = null;
  } else if (assigneeChange !== undefined) patch.assigneeId = assigneeChange;
  // Hand-off memory for recall: set on forward/return, cleared by recall, marked acted-on otherwise.
  if (decision.action === 'forward' || decision.action === 'return_step') {
    patch.lastHandoff = {
      senderId: ctx.actor.id ?? '',
      fromStepIndex: row.stepIndex ?? 0,
      toStepIndex: decision.stepIndex ?? 0,
      actedOn: false,
    };
  } else if (decision.action === 'recall' || decision.stepIndex === null) {
    patch.lastHandoff = null;
  } else if (row.lastHandoff && !row.lastHandoff.actedOn && ctx.actor.id !== row.lastHandoff.senderId) {
    patch.lastHandoff = { ...row.lastHandoff, actedOn: true };
  }

  // Compare-and-set: exactly one concurrent action wins; the other gets 409.
  const [updated] = await tx
    .update(dossiers)
    .set(patch)
    .where(and(eq(dossiers.id, row.id), eq(dossiers.version, row.version)))
    .returning();
  if (!updated) throw dossierChanged();

  const actorName = ctx.actor.name;
  for (const s of stepCloses) {
    await tx
      .update(dossierSteps)
      .set({ closedAt: now, closure: s.closure, closedBy: ctx.actor.id, closedByName: actorName })
      .where(
        and(
          eq(dossierSteps.dossierId, row.id),
          eq(dossierSteps.stepIndex, s.stepIndex),
          isNull(dossierSteps.closedAt),
        ),
      );
  }
  if (assigneeChange !== undefined && stepInserts.length === 0 && decision.stepIndex !== null) {
    await tx
      .update(dossierSteps)
      .set({ assigneeId: assigneeChange })
      .where(and(eq(dossierSteps.dossierId, row.id), isNull(dossierSteps.closedAt)));
  }
  if (stepInserts.length) await tx.insert(dossierSteps).values(stepInserts);

  if (transferTo) await continueAtCompetentUnit(tx, ctx, now, updated, input.unit, transferTo);
  const data = {
    ...(input.data ?? {}),
    ...(forms.length ? { forms } : {}),
    ...(transferTo ? { transferTo } : {}),
  };
  await tx.insert(dossierEvents).values({
    dossierId: row.id,
    unitId: row.unitId,
    at: now,
    action: decision.action,
    actorId: ctx.actor.id,
    actorName,
    fromState: decision.from === 'none' ? null : decision.from,
    toState: decision.next,
    nationalStatus: decision.nationalStatus,
    note: input.note ?? null,
    data: Object.keys(data).length ? data : null,
  });
  await notifyDossierChange(tx, row.unitId);
  await recordAudit(tx, ctx, now, {
    action: `dossier.${decision.action}`,
    entityType: 'dossier',
    entityId: row.id,
    unitId: row.unitId,
    before: input.creating ? null : { state: row.state, version: row.version },
    after: { state: updated.state, version: updated.version, code: updated.code },
  });
  // The national portal's copy of the change, in the same transaction (ADR 0012).
  if (sync) {
    await enqueueNationalSync(
      tx,
      updated,
      input.unit.code,
      {
        action: decision.action,
        description: input.note
          ? `${ACTION_LABELS[decision.action]}: ${input.note}`
          : ACTION_LABELS[decision.action],
        actorName,
        at,
      },
      now,
    );
  }
  const messages = [
    ...notices.map((notice) => ({
      topic: 'citizen.notice',
      aggregateId: row.id,
      payload: {
        code: updated.code,
        notice,
        channel: updated.ownerEmail ? 'email' : updated.ownerPhone ? 'sms' : 'none',
      },
    })),
    ...(transferTo
      ? [
          {
            topic: 'dossier.transfer',
            aggregateId: row.id,
            payload: { code: updated.code, unitCode: transferTo },
          },
        ]
      : []),
  ];
  if (messages.length)
    await tx.insert(outbox).values(messages.map((m) => ({ ...m, createdAt: now, nextAttemptAt: now })));
  return updated;
}

export const dossierChanged = () =>
  conflict(
    'DOSSIER_CHANGED',
    'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại để xem trạng thái mới nhất.',
  );
