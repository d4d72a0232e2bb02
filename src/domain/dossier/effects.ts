/**
 * Effects of a transition: typed values the application layer executes in the same transaction as the
 * compare-and-set of the state (outbox rows for anything leaving the process).
 *
 * The transition table holds `EffectSpec`s (pure data, some refer to "the next step", "the command's
 * reason" …); `decide` resolves them into concrete `DossierEffect`s using the command and the facts.
 */
import type { PauseKind } from '../calendar/pauses.js';
import type {
  DossierOutcome,
  FormCode,
  Instant,
  LocalDate,
  NationalStatusCode,
  ReturnChannel,
  SupplementPhase,
} from './types.js';

/** How a step ends in the history (feeds Mẫu 05). */
export type StepClosure = 'forwarded' | 'returned' | 'recalled' | 'completed' | 'ended';

/** Which step `open_step` opens. */
export type StepTarget = 'first' | 'next' | 'previous' | 'handoff_source';

/** Events the citizen is told about (SMS / e-mail / portal), through the outbox. */
export type CitizenNotice =
  | 'submitted'
  | 'received'
  | 'rejected'
  | 'supplement_requested'
  | 'supplement_received'
  | 'refused'
  | 'payment_requested'
  | 'payment_recorded'
  | 'stopped'
  | 'withdrawn'
  | 'rescheduled'
  | 'result_ready'
  | 'result_returned'
  | 'transferred';

export type EffectSpec =
  | { readonly type: 'start_clock' }
  | { readonly type: 'pause_clock'; readonly kind: PauseKind }
  | { readonly type: 'resume_clock'; readonly kind: PauseKind }
  | { readonly type: 'end_clock'; readonly whilePaused: PauseKind | null }
  | { readonly type: 'set_due_date' }
  | { readonly type: 'open_step'; readonly target: StepTarget }
  | { readonly type: 'close_step'; readonly closure: StepClosure }
  | { readonly type: 'set_assignee' }
  | { readonly type: 'open_consultation' }
  | { readonly type: 'close_consultation' }
  | { readonly type: 'set_outcome'; readonly outcome: DossierOutcome }
  | { readonly type: 'record_result' }
  | { readonly type: 'record_return' }
  | { readonly type: 'record_supplement_request'; readonly phase: SupplementPhase }
  | { readonly type: 'schedule_supplement_expiry' }
  | { readonly type: 'cancel_supplement_expiry' }
  | { readonly type: 'record_payment_request' }
  | { readonly type: 'issue_form'; readonly form: FormCode }
  | { readonly type: 'notify_citizen'; readonly notice: CitizenNotice }
  | { readonly type: 'transfer_to_unit' }
  | { readonly type: 'sync_outbox' };

export type EffectType = EffectSpec['type'];

export type DossierEffect =
  /** Legal receipt is `at`: compute and store the due date (computeDueDate), original and current. */
  | { readonly type: 'start_clock'; readonly at: Instant }
  /** Record the pause start (resumeAfterPause needs it). */
  | { readonly type: 'pause_clock'; readonly kind: PauseKind; readonly at: Instant }
  /** Compute the new due date with resumeAfterPause (restart or add_paused_time, by unit policy). */
  | { readonly type: 'resume_clock'; readonly kind: PauseKind; readonly at: Instant }
  /**
   * Processing ended at `at` (NgayKetThucXuLy). When it ended during a pause, DVCQG takes the pause
   * start as the end time (§4.4); `whilePaused` says so.
   */
  | { readonly type: 'end_clock'; readonly at: Instant; readonly whilePaused: PauseKind | null }
  /** New due date after an apology letter; the original due date is never changed. */
  | {
      readonly type: 'set_due_date';
      readonly dueAt: Instant;
      readonly previousDueAt: Instant;
      readonly originalDueAt: Instant;
      readonly rescheduleCount: number;
      readonly reason: string;
    }
  | {
      readonly type: 'open_step';
      readonly stepIndex: number;
      readonly stepCode: string;
      /** null: unassigned; the department head assigns, or a holder of the step's role takes it. */
      readonly assigneeId: string | null;
      readonly at: Instant;
    }
  | {
      readonly type: 'close_step';
      readonly stepIndex: number;
      readonly stepCode: string;
      readonly closure: StepClosure;
      readonly at: Instant;
    }
  | {
      readonly type: 'set_assignee';
      readonly stepIndex: number;
      readonly assigneeId: string;
      readonly previousAssigneeId: string | null;
    }
  | {
      readonly type: 'open_consultation';
      readonly agency: string;
      readonly content: string;
      readonly dueAt: Instant;
    }
  | { readonly type: 'close_consultation'; readonly at: Instant }
  | { readonly type: 'set_outcome'; readonly outcome: DossierOutcome; readonly reason: string | null }
  | {
      readonly type: 'record_result';
      readonly number: string;
      readonly signer: string;
      readonly signedOn: LocalDate;
    }
  | { readonly type: 'record_return'; readonly channel: ReturnChannel; readonly at: Instant }
  | {
      readonly type: 'record_supplement_request';
      readonly phase: SupplementPhase;
      readonly reason: string;
      readonly citizenDueAt: Instant;
    }
  /** Enqueue the system action `supplement_expired` for `at` (the sweep picks it up). */
  | { readonly type: 'schedule_supplement_expiry'; readonly at: Instant }
  | { readonly type: 'cancel_supplement_expiry' }
  | { readonly type: 'record_payment_request'; readonly amount: number; readonly description: string | null }
  /** Produce the form (PDF) from the dossier and this transition's data. */
  | { readonly type: 'issue_form'; readonly form: FormCode }
  | { readonly type: 'notify_citizen'; readonly notice: CitizenNotice }
  | { readonly type: 'transfer_to_unit'; readonly unitCode: string }
  /** Outbox row for the national portal with the new national status. */
  | { readonly type: 'sync_outbox'; readonly nationalStatus: NationalStatusCode };

export const FORM_LABELS: Readonly<Record<FormCode, string>> = Object.freeze({
  mau_01: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  mau_02: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  mau_03: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  mau_04: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
});
