/**
 * Shared types of the dossier lifecycle (vòng đời hồ sơ), legal-rules §3.
 *
 * Conventions follow the calendar module: instants are UTC epoch milliseconds (`Instant`), local dates
 * are 'YYYY-MM-DD' in Asia/Ho_Chi_Minh (`LocalDate`). Nothing here reads a clock: "now" is passed in.
 */
import type { RoleCode } from '../../contract/auth.js';
import type { ActorKind } from '../access/actor.js';
import type { Permission } from '../access/permissions.js';
import type { RescheduleResult } from '../calendar/reschedule.js';
import type { Instant, LocalDate } from '../calendar/types.js';

export type { Instant, LocalDate };

/**
 * Internal states. Each maps to exactly one national status code (see states.ts).
 * `none` is not a stored state: it is the pseudo-state before a dossier exists, from which only the
 * creating actions start (submit_online, receive_at_counter, refuse_at_counter).
 */
export const DOSSIER_STATES = [
  'submitted',
  'intake_supplement_requested',
  'rejected_at_intake',
  'received',
  'processing',
  'supplement_requested',
  'awaiting_payment',
  'withdrawn',
  'stopped',
  'resolved',
  'refused',
  'returned',
  'transferred',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

/** The pseudo-state before a dossier exists. */
export const NO_DOSSIER = 'none';
export type StateOrNone = DossierState | typeof NO_DOSSIER;

/** National status codes (trạng thái hồ sơ) used for DVCQG sync and reports, legal-rules §3.1. */
export type NationalStatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export const DOSSIER_ACTIONS = [
  'submit_online',
  'receive_at_counter',
  'refuse_at_counter',
  'accept_online',
  'refuse_online',
  'request_supplement',
  'receive_supplement',
  'supplement_expired',
  'assign',
  'forward',
  'return_step',
  'recall',
  'reassign',
  'consult',
  'consult_reply',
  'refuse',
  'request_payment',
  'record_payment',
  'stop',
  'withdraw',
  'reschedule',
  'record_result',
  'return_result',
  'transfer_non_territorial',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** How a dossier ended, stored with it (kết quả cuối cùng). Set by the `set_outcome` effect. */
export type DossierOutcome =
  | 'result_issued'
  | 'refused'
  | 'rejected_at_intake'
  | 'withdrawn'
  | 'stopped'
  | 'transferred';

/** How a result is handed back (hình thức trả kết quả), legal-rules §2.3 / §3.6. */
export const RETURN_CHANNELS = ['counter', 'electronic', 'post'] as const;
export type ReturnChannel = (typeof RETURN_CHANNELS)[number];

/** Forms of TT 01/2018 produced by transitions (Mẫu 05 and 06 are views over the history). */
export type FormCode = 'mau_01' | 'mau_02' | 'mau_03' | 'mau_04';

/** Where a supplement request is made: before receipt (Art 17) or after appraisal (Art 19.4). */
export type SupplementPhase = 'intake' | 'appraisal';

// ---------------------------------------------------------------------------------------------------
// Workflow (quy trình) of a procedure case

/** Allotted working time of a step. Working days are whole days; working hours may be fractional. */
export interface StepAllotment {
  readonly amount: number;
  readonly unit: 'working_days' | 'working_hours';
}

/**
 * One step of a process (bước xử lý), e.g. receive, assign, appraise, approve/sign, issue.
 * A step is bound to a role, a department, or both (at least one). The first step is the intake at
 * the one-stop unit; the last step is the one that issues the result. Returning the result is not a
 * step: it is the `return_result` action on a resolved dossier.
 */
export interface ProcessStep {
  /** Stable code, unique within the process, e.g. 'tiep_nhan', 'tham_dinh'. */
  readonly code: string;
  /** Vietnamese name shown to users, e.g. 'Thẩm định hồ sơ'. */
  readonly name: string;
  /** Role whose holders may take this step when it has no assignee. */
  readonly role: RoleCode | null;
  /**
   * Code of the department (phòng chuyên môn) of the unit that handles the step; null or absent when
   * the step is bound to a role only. Optional so that catalog steps with extra fields fit this type.
   */
  readonly departmentCode?: string | null;
  readonly allotted: StepAllotment;
}

/**
 * An ordered process for one procedure case. The procedure catalog versions it; a dossier keeps the
 * version it was received with, so a later edit never changes dossiers already received.
 */
export interface ProcessDefinition {
  readonly code: string;
  readonly name: string;
  readonly steps: readonly ProcessStep[];
}

// ---------------------------------------------------------------------------------------------------
// Inputs of `decide`

/** The acting party. `Actor` of src/domain/access/actor.ts fits, plus the officer's department. */
export interface DossierActor {
  readonly kind: ActorKind;
  readonly id: string | null;
  readonly roles: readonly RoleCode[];
  readonly permissions: ReadonlySet<Permission>;
  /** Department code of an officer; null or absent when none. */
  readonly departmentCode?: string | null;
}

/** The last hand-off between steps, for `recall`. */
export interface Handoff {
  readonly senderId: string;
  readonly fromStepIndex: number;
  readonly toStepIndex: number;
  /** True once the receiver acted on the dossier at the new step (opened it for work, forwarded …). */
  readonly actedOn: boolean;
}

/** What the application knows about the dossier at decision time (loaded from its row and history). */
export interface DossierFacts {
  /** Code of the unit that currently holds the dossier. */
  readonly unitCode: string;
  /** Account of the citizen/organisation owning an online dossier; null for counter dossiers. */
  readonly ownerAccountId: string | null;
  /** Index of the current step in the process; null before receipt and once processing ended. */
  readonly stepIndex: number | null;
  /** Assignee (người xử lý) of the current step; null when unassigned. */
  readonly assigneeId: string | null;
  /** Supplement requests made so far (at most one is allowed, Art 11.2.c). */
  readonly supplementRequestCount: number;
  /**
   * Working days elapsed since the legal receipt, as `workingDaysElapsed(calendar, receivedAt, now)`
   * computes it (0 on the day of receipt); null before receipt.
   */
  readonly workingDaysSinceReceipt: number | null;
  /** Window for a supplement request after appraisal; default 3 working days (Art 19.4). */
  readonly supplementWindowWorkingDays?: number;
  /** The citizen's supplement deadline in force (thời hạn bổ sung); null when none. */
  readonly supplementDueAt: Instant | null;
  /** Apology-and-reschedule letters issued so far (at most one, Art 19.9). */
  readonly rescheduleCount: number;
  /** Consultations sent and not yet answered. */
  readonly pendingConsultations: number;
  readonly lastHandoff: Handoff | null;
}

export interface DecisionContext {
  readonly actor: DossierActor;
  readonly now: Instant;
  /** The process version the dossier follows. */
  readonly process: ProcessDefinition;
  readonly facts: DossierFacts;
}

/** The officer named by assign/reassign. */
export interface AssigneeRef {
  readonly id: string;
  readonly departmentCode: string | null;
}

/** Result details (số, người ký, ngày ký) of record_result. */
export interface ResultDetails {
  readonly number: string;
  readonly signer: string;
  readonly signedOn: LocalDate;
}

/** An action with its payload. */
export type DossierCommand =
  | { readonly action: 'submit_online' }
  | { readonly action: 'receive_at_counter' }
  | { readonly action: 'refuse_at_counter'; readonly reason: string }
  | { readonly action: 'accept_online' }
  | { readonly action: 'refuse_online'; readonly reason: string }
  | {
      readonly action: 'request_supplement';
      /** Content and reason of the request (Mẫu 02). */
      readonly reason: string;
      /** The citizen's deadline; when it passes the system refuses the dossier. */
      readonly citizenDueAt: Instant;
    }
  | { readonly action: 'receive_supplement' }
  | { readonly action: 'supplement_expired' }
  | { readonly action: 'assign'; readonly assignee: AssigneeRef }
  | { readonly action: 'forward'; readonly assigneeId?: string | null }
  | { readonly action: 'return_step'; readonly reason: string; readonly assigneeId?: string | null }
  | { readonly action: 'recall' }
  | { readonly action: 'reassign'; readonly assignee: AssigneeRef }
  | {
      readonly action: 'consult';
      readonly agency: string;
      readonly content: string;
      readonly dueAt: Instant;
    }
  | { readonly action: 'consult_reply' }
  | { readonly action: 'refuse'; readonly reason: string }
  | { readonly action: 'request_payment'; readonly amount: number; readonly description?: string }
  | { readonly action: 'record_payment' }
  | { readonly action: 'stop'; readonly reason: string }
  | { readonly action: 'withdraw'; readonly reason?: string }
  | {
      readonly action: 'reschedule';
      /** Result of `validateReschedule(calendar, …)` from the calendar module. */
      readonly check: RescheduleResult;
      /** Reason of the delay (Art 12.5). */
      readonly reason: string;
    }
  | { readonly action: 'record_result'; readonly result: ResultDetails }
  | { readonly action: 'return_result'; readonly channel: ReturnChannel }
  | { readonly action: 'transfer_non_territorial'; readonly targetUnitCode: string };

export type CommandOf<A extends DossierAction> = Extract<DossierCommand, { action: A }>;
