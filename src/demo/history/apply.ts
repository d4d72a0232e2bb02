// In-memory twin of src/modules/dossiers/apply-decision.ts: executes a decision of the state machine
// on a dossier draft (row fields, step history, events) exactly as the server's write path fills the
// columns, without a database. Keep the two in step when effects change (test/db/demo-history.test.ts
// replays the events and checks the rows).
import {
  computeDueDate,
  type ResumePolicyEntry,
  resumeAfterPause,
  type WorkingCalendar,
} from '../../domain/calendar/index.js';
import { type DecisionSuccess, stepDueAt } from '../../domain/dossier/index.js';
import type { DossierOutcome, DossierState, Handoff, ProcessDefinition } from '../../domain/dossier/types.js';

export type DraftStep = {
  stepIndex: number;
  stepCode: string;
  stepName: string;
  role: string | null;
  assigneeId: string | null;
  openedAt: number;
  dueAt: number;
  closedAt: number | null;
  closure: string | null;
  closedBy: string | null;
  closedByName: string | null;
};

export type DraftEvent = {
  at: number;
  action: string;
  actorId: string | null;
  actorName: string;
  fromState: string | null;
  toState: string;
  nationalStatus: number;
  note: string | null;
  data: Record<string, unknown> | null;
};

/** The simulated dossier: the columns the write path changes (instants as epoch ms). */
export type Draft = {
  process: ProcessDefinition;
  duration: {
    amount: number;
    unit: 'working_days' | 'working_hours' | 'calendar_days';
    cutoff: string | null;
  };
  state: DossierState;
  nationalStatus: number;
  outcome: DossierOutcome | null;
  returnChannel: 'counter' | 'electronic' | 'post';
  feePayment: 'now' | 'at_return' | 'exempt';
  feePaidAt: number | null;
  receivedAt: number | null;
  countingStartsAt: number | null;
  dueAt: number | null;
  originalDueAt: number | null;
  pausedAt: number | null;
  pauseKind: string | null;
  supplementDueAt: number | null;
  supplementCount: number;
  rescheduleCount: number;
  stepIndex: number | null;
  assigneeId: string | null;
  stepDueAt: number | null;
  pendingConsultations: number;
  lastHandoff: Handoff | null;
  finishedAt: number | null;
  result: { number: string; signer: string; signedOn: string } | null;
  returnedAt: number | null;
  version: number;
  updatedAt: number;
  steps: DraftStep[];
  events: DraftEvent[];
};

export type ApplyEnv = { calendar: WorkingCalendar; policy: readonly ResumePolicyEntry[] };
export type Who = { id: string | null; name: string };

export function applyInMemory(
  env: ApplyEnv,
  d: Draft,
  decision: DecisionSuccess,
  who: Who,
  at: number,
  note: string | null = null,
  data?: Record<string, unknown>,
): void {
  const { calendar } = env;
  const before = { ...d };
  let assigneeChange: string | null | undefined;
  const inserts: DraftStep[] = [];
  const closes: { stepIndex: number; closure: string }[] = [];
  const forms: string[] = [];
  let transferTo: string | null = null;
  d.state = decision.next;
  d.nationalStatus = decision.nationalStatus;
  d.version = before.version + 1;
  d.updatedAt = at;
  for (const e of decision.effects) {
    switch (e.type) {
      case 'start_clock': {
        const due = computeDueDate(calendar, {
          receivedAt: e.at,
          amount: d.duration.amount,
          unit: d.duration.unit,
          cutoff: d.duration.cutoff,
        });
        d.receivedAt = e.at;
        d.countingStartsAt = due.countingStartsAt;
        d.dueAt = due.dueAt;
        d.originalDueAt = due.dueAt;
        break;
      }
      case 'pause_clock':
        d.pausedAt = e.at;
        d.pauseKind = e.kind;
        break;
      case 'resume_clock':
        if (before.pausedAt !== null && before.dueAt !== null) {
          const resumed = resumeAfterPause(calendar, {
            currentDueAt: before.dueAt,
            duration: d.duration,
            pausedAt: before.pausedAt,
            resumedAt: e.at,
            kind: e.kind,
            policy: env.policy,
          });
          d.dueAt = resumed.dueAt;
          if (resumed.countingStartsAt !== null) d.countingStartsAt = resumed.countingStartsAt;
        }
        d.pausedAt = null;
        d.pauseKind = null;
        break;
      case 'end_clock':
        d.finishedAt = e.whilePaused && before.pausedAt !== null ? before.pausedAt : e.at;
        break;
      case 'set_due_date':
        d.dueAt = e.dueAt;
        d.rescheduleCount = e.rescheduleCount;
        break;
      case 'open_step': {
        const step = d.process.steps[e.stepIndex];
        if (!step) break;
        const dueAt = stepDueAt(calendar, e.at, step.allotted);
        inserts.push({
          stepIndex: e.stepIndex,
          stepCode: step.code,
          stepName: step.name,
          role: step.role,
          assigneeId: e.assigneeId,
          openedAt: e.at,
          dueAt,
          closedAt: null,
          closure: null,
          closedBy: null,
          closedByName: null,
        });
        d.stepDueAt = dueAt;
        assigneeChange = e.assigneeId;
        break;
      }
      case 'close_step':
        closes.push({ stepIndex: e.stepIndex, closure: e.closure });
        break;
      case 'set_assignee':
        assigneeChange = e.assigneeId;
        break;
      case 'open_consultation':
        d.pendingConsultations = before.pendingConsultations + 1;
        break;
      case 'close_consultation':
        d.pendingConsultations = Math.max(0, before.pendingConsultations - 1);
        break;
      case 'set_outcome':
        d.outcome = e.outcome;
        break;
      case 'record_result':
        d.result = { number: e.number, signer: e.signer, signedOn: e.signedOn };
        break;
      case 'record_return':
        d.returnedAt = e.at;
        d.returnChannel = e.channel;
        if (before.feePayment === 'at_return' && before.feePaidAt === null) d.feePaidAt = e.at;
        break;
      case 'record_supplement_request':
        d.supplementCount = before.supplementCount + 1;
        d.supplementDueAt = e.citizenDueAt;
        break;
      case 'schedule_supplement_expiry':
        d.supplementDueAt = e.at;
        break;
      case 'cancel_supplement_expiry':
        d.supplementDueAt = null;
        break;
      case 'issue_form':
        forms.push(e.form);
        break;
      case 'transfer_to_unit':
        transferTo = e.unitCode;
        break;
      default:
        // record_payment_request, notify_citizen, sync_outbox: outbox only (not written for history).
        break;
    }
  }
  d.stepIndex = decision.stepIndex;
  if (decision.stepIndex === null) {
    d.assigneeId = null;
    d.stepDueAt = null;
  } else if (assigneeChange !== undefined) d.assigneeId = assigneeChange;
  if (decision.action === 'forward' || decision.action === 'return_step') {
    d.lastHandoff = {
      senderId: who.id ?? '',
      fromStepIndex: before.stepIndex ?? 0,
      toStepIndex: decision.stepIndex ?? 0,
      actedOn: false,
    };
  } else if (decision.action === 'recall' || decision.stepIndex === null) {
    d.lastHandoff = null;
  } else if (before.lastHandoff && !before.lastHandoff.actedOn && who.id !== before.lastHandoff.senderId) {
    d.lastHandoff = { ...before.lastHandoff, actedOn: true };
  }
  for (const c of closes) {
    for (const s of d.steps) {
      if (s.stepIndex === c.stepIndex && s.closedAt === null) {
        s.closedAt = at;
        s.closure = c.closure;
        s.closedBy = who.id;
        s.closedByName = who.name;
      }
    }
  }
  if (assigneeChange !== undefined && inserts.length === 0 && decision.stepIndex !== null) {
    for (const s of d.steps) if (s.closedAt === null) s.assigneeId = assigneeChange;
  }
  d.steps.push(...inserts);
  const extra = {
    ...(data ?? {}),
    ...(forms.length ? { forms } : {}),
    ...(transferTo ? { transferTo } : {}),
  };
  d.events.push({
    at,
    action: decision.action,
    actorId: who.id,
    actorName: who.name,
    fromState: decision.from === 'none' ? null : decision.from,
    toState: decision.next,
    nationalStatus: decision.nationalStatus,
    note,
    data: Object.keys(extra).length ? extra : null,
  });
}
