/**
 * THE transition table: (state × action) → { next state, effects }. Pure data; a pair that is not
 * listed is refused with INVALID_TRANSITION. Terminal states (rejected_at_intake, withdrawn, stopped,
 * returned, transferred) have no row at all. `officerRoles`, where present, narrows the action's
 * officer roles (actions.ts) for that state.
 */
import type { RoleCode } from '../../contract/auth.js';
import type { PauseKind } from '../calendar/pauses.js';
import type { CitizenNotice, EffectSpec, StepClosure, StepTarget } from './effects.js';
import type { DossierAction, DossierOutcome, DossierState, FormCode, StateOrNone } from './types.js';

export interface TransitionRow {
  readonly next: DossierState;
  readonly effects: readonly EffectSpec[];
  readonly officerRoles?: readonly RoleCode[];
}

export type TransitionTable = Readonly<
  Record<StateOrNone, Readonly<Partial<Record<DossierAction, TransitionRow>>>>
>;

const sync: EffectSpec = { type: 'sync_outbox' };
const startClock: EffectSpec = { type: 'start_clock' };
const notify = (notice: CitizenNotice): EffectSpec => ({ type: 'notify_citizen', notice });
const form = (f: FormCode): EffectSpec => ({ type: 'issue_form', form: f });
const outcome = (o: DossierOutcome): EffectSpec => ({ type: 'set_outcome', outcome: o });
const endClock = (whilePaused: PauseKind | null = null): EffectSpec => ({ type: 'end_clock', whilePaused });
const closeStep = (closure: StepClosure): EffectSpec => ({ type: 'close_step', closure });
const openStep = (target: StepTarget): EffectSpec => ({ type: 'open_step', target });
const cancelExpiry: EffectSpec = { type: 'cancel_supplement_expiry' };

const row = (next: DossierState, effects: EffectSpec[], officerRoles?: RoleCode[]): TransitionRow =>
  Object.freeze(officerRoles ? { next, effects, officerRoles } : { next, effects });

// Rows shared by several states.
const receive = row('received', [startClock, openStep('first'), form('mau_01'), sync, notify('received')]);
const rejectAtIntake = row('rejected_at_intake', [
  outcome('rejected_at_intake'),
  form('mau_03'),
  sync,
  notify('rejected'),
]);
const finish = (
  next: DossierState,
  o: DossierOutcome,
  notice: CitizenNotice,
  whilePaused: PauseKind | null,
  extra: EffectSpec[] = [],
): TransitionRow =>
  row(next, [
    ...(whilePaused === 'supplement' ? [cancelExpiry] : []),
    closeStep('ended'),
    endClock(whilePaused),
    outcome(o),
    ...extra,
    sync,
    notify(notice),
  ]);
const recordResult = row('resolved', [
  closeStep('completed'),
  endClock(),
  { type: 'record_result' },
  outcome('result_issued'),
  sync,
  notify('result_ready'),
]);
const returnResult = row('returned', [{ type: 'record_return' }, sync, notify('result_returned')]);

export const TRANSITIONS: TransitionTable = Object.freeze({
  none: {
    submit_online: row('submitted', [sync, notify('submitted')]),
    receive_at_counter: receive,
    refuse_at_counter: rejectAtIntake,
  },
  submitted: {
    accept_online: receive,
    refuse_online: rejectAtIntake,
    request_supplement: row(
      'intake_supplement_requested',
      [
        { type: 'record_supplement_request', phase: 'intake' },
        form('mau_02'),
        { type: 'schedule_supplement_expiry' },
        sync,
        notify('supplement_requested'),
      ],
      ['receiving_officer'],
    ),
    withdraw: row('withdrawn', [outcome('withdrawn'), sync, notify('withdrawn')]),
  },
  intake_supplement_requested: {
    receive_supplement: row('submitted', [cancelExpiry, sync, notify('supplement_received')]),
    supplement_expired: rejectAtIntake,
    withdraw: row('withdrawn', [cancelExpiry, outcome('withdrawn'), sync, notify('withdrawn')]),
  },
  rejected_at_intake: {},
  received: {
    forward: row('processing', [closeStep('forwarded'), openStep('next'), sync]),
    // Single-step processes ("4 tại chỗ"): the intake officer decides at the counter (Art 17.5).
    record_result: recordResult,
    refuse: finish('refused', 'refused', 'refused', null, [form('mau_03')]),
    stop: finish('stopped', 'stopped', 'stopped', null),
    withdraw: finish('withdrawn', 'withdrawn', 'withdrawn', null),
    transfer_non_territorial: row('transferred', [
      closeStep('ended'),
      outcome('transferred'),
      { type: 'transfer_to_unit' },
      notify('transferred'),
    ]),
  },
  processing: {
    request_supplement: row(
      'supplement_requested',
      [
        { type: 'pause_clock', kind: 'supplement' },
        { type: 'record_supplement_request', phase: 'appraisal' },
        form('mau_02'),
        { type: 'schedule_supplement_expiry' },
        sync,
        notify('supplement_requested'),
      ],
      ['processing_officer', 'department_head', 'signing_leader'],
    ),
    assign: row('processing', [{ type: 'set_assignee' }]),
    // A move between process steps keeps the national status (4) but is a progress entry
    // (QuaTrinhXuLy) of the national portal's copy, so it is synced too (ADR 0012).
    forward: row('processing', [closeStep('forwarded'), openStep('next'), sync]),
    return_step: row('processing', [closeStep('returned'), openStep('previous'), sync]),
    recall: row('processing', [closeStep('recalled'), openStep('handoff_source'), sync]),
    reassign: row('processing', [{ type: 'set_assignee' }]),
    consult: row('processing', [{ type: 'open_consultation' }]),
    consult_reply: row('processing', [{ type: 'close_consultation' }]),
    refuse: row(
      'refused',
      [closeStep('ended'), endClock(), outcome('refused'), form('mau_03'), sync, notify('refused')],
      ['processing_officer', 'department_head', 'signing_leader'],
    ),
    request_payment: row('awaiting_payment', [
      { type: 'pause_clock', kind: 'financial_obligation' },
      { type: 'record_payment_request' },
      sync,
      notify('payment_requested'),
    ]),
    stop: finish('stopped', 'stopped', 'stopped', null),
    withdraw: finish('withdrawn', 'withdrawn', 'withdrawn', null),
    reschedule: row('processing', [{ type: 'set_due_date' }, form('mau_04'), sync, notify('rescheduled')]),
    record_result: recordResult,
  },
  supplement_requested: {
    receive_supplement: row('processing', [
      { type: 'resume_clock', kind: 'supplement' },
      cancelExpiry,
      sync,
      notify('supplement_received'),
    ]),
    // Automatic refusal after appraisal: a negative result to be returned (Mẫu 03).
    supplement_expired: finish('refused', 'refused', 'refused', 'supplement', [form('mau_03')]),
    stop: finish('stopped', 'stopped', 'stopped', 'supplement'),
    withdraw: finish('withdrawn', 'withdrawn', 'withdrawn', 'supplement'),
  },
  awaiting_payment: {
    record_payment: row('processing', [
      { type: 'resume_clock', kind: 'financial_obligation' },
      sync,
      notify('payment_recorded'),
    ]),
    stop: finish('stopped', 'stopped', 'stopped', 'financial_obligation'),
    withdraw: finish('withdrawn', 'withdrawn', 'withdrawn', 'financial_obligation'),
  },
  withdrawn: {},
  stopped: {},
  resolved: { return_result: returnResult },
  refused: { return_result: returnResult },
  returned: {},
  transferred: {},
});

/** The row for a pair, or null when the action is not allowed in that state. */
export function transitionFor(state: StateOrNone, action: DossierAction): TransitionRow | null {
  return TRANSITIONS[state]?.[action] ?? null;
}

/** Actions with a row in `state` (regardless of actor and guards). */
export function actionsFrom(state: StateOrNone): DossierAction[] {
  return Object.keys(TRANSITIONS[state] ?? {}) as DossierAction[];
}
