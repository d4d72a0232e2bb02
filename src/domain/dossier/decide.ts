/**
 * `decide(state, command, context)`: the one entry point of the state machine. Pure: the same inputs
 * always give the same decision. The application layer then writes the new state with compare-and-set
 * (`UPDATE … WHERE id = $1 AND status = $from`), executes the effects and writes the audit event, all in
 * one transaction.
 */
import { ACTION_LABELS } from './actions.js';
import type { DossierEffect, EffectSpec } from './effects.js';
import { type DecisionFailure, failure } from './errors.js';
import { checkActor, checkFacts, checkPayload } from './guards.js';
import { NATIONAL_STATUS, nationalStatusOf, STATE_LABELS, STEP_STATES } from './states.js';
import { stepAt } from './steps.js';
import { actionsFrom, type TransitionRow, transitionFor } from './transitions.js';
import type {
  DecisionContext,
  DossierAction,
  DossierCommand,
  DossierState,
  NationalStatusCode,
  StateOrNone,
} from './types.js';

export interface DecisionSuccess {
  readonly ok: true;
  readonly action: DossierAction;
  readonly from: StateOrNone;
  readonly next: DossierState;
  readonly nationalStatus: NationalStatusCode;
  readonly previousNationalStatus: NationalStatusCode | null;
  /** Current step index after the transition; null when the dossier is not at a step. */
  readonly stepIndex: number | null;
  readonly effects: readonly DossierEffect[];
}

export type Decision = DecisionSuccess | DecisionFailure;

export function invalidTransition(state: StateOrNone, action: DossierAction): DecisionFailure {
  return failure(
    'INVALID_TRANSITION',
    `Không thể thực hiện thao tác "${ACTION_LABELS[action]}" khi hồ sơ đang ở trạng thái "${STATE_LABELS[state]}".`,
  );
}

export function decide(state: StateOrNone, command: DossierCommand, ctx: DecisionContext): Decision {
  const action = command.action;
  const row = transitionFor(state, action);
  if (row === null) return invalidTransition(state, action);
  const refused =
    checkActor(state, action, row, ctx) ?? checkFacts(state, action, row, ctx) ?? checkPayload(command, ctx);
  if (refused !== null) return refused;
  const { effects, stepIndex } = resolveEffects(row, command, ctx);
  return {
    ok: true,
    action,
    from: state,
    next: row.next,
    nationalStatus: NATIONAL_STATUS[row.next],
    previousNationalStatus: nationalStatusOf(state),
    stepIndex,
    effects,
  };
}

/**
 * Actions the actor may take now, for "the actions allowed now" on the dossier page: the pair exists and
 * the actor and fact guards pass (the payload is not known yet, so its checks are left to `decide`).
 */
export function availableActions(state: StateOrNone, ctx: DecisionContext): DossierAction[] {
  return actionsFrom(state).filter((action) => {
    const row = transitionFor(state, action);
    return (
      row !== null &&
      checkActor(state, action, row, ctx) === null &&
      checkFacts(state, action, row, ctx) === null
    );
  });
}

function commandAs<A extends DossierAction>(
  command: DossierCommand,
  action: A,
): Extract<DossierCommand, { action: A }> {
  if (command.action !== action) {
    throw new Error(`Effect needs a '${action}' command, got '${command.action}'`);
  }
  return command as Extract<DossierCommand, { action: A }>;
}

function reasonOf(command: DossierCommand): string | null {
  const reason = 'reason' in command ? command.reason : undefined;
  return typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : null;
}

function resolveEffects(
  row: TransitionRow,
  command: DossierCommand,
  ctx: DecisionContext,
): { effects: DossierEffect[]; stepIndex: number | null } {
  const { now, facts, process, actor } = ctx;
  const current = facts.stepIndex ?? -1;
  let stepIndex: number | null = STEP_STATES.includes(row.next) ? facts.stepIndex : null;
  const stepCode = (index: number): string => stepAt(process, index)?.code ?? '';
  const resolve = (spec: EffectSpec): DossierEffect => {
    switch (spec.type) {
      case 'start_clock':
      case 'close_consultation':
        return { type: spec.type, at: now };
      case 'pause_clock':
      case 'resume_clock':
        return { type: spec.type, kind: spec.kind, at: now };
      case 'end_clock':
        return { type: 'end_clock', at: now, whilePaused: spec.whilePaused };
      case 'set_due_date': {
        const c = commandAs(command, 'reschedule');
        if (!c.check.ok) throw new Error('reschedule check must be ok here');
        return {
          type: 'set_due_date',
          dueAt: c.check.dueAt,
          previousDueAt: c.check.previousDueAt,
          originalDueAt: c.check.originalDueAt,
          rescheduleCount: c.check.rescheduleCount,
          reason: c.reason.trim(),
        };
      }
      case 'open_step': {
        let index: number;
        let assigneeId: string | null;
        if (spec.target === 'first') {
          index = 0;
          assigneeId = actor.id;
        } else if (spec.target === 'handoff_source') {
          index = facts.lastHandoff?.fromStepIndex ?? current;
          assigneeId = actor.id;
        } else {
          index = spec.target === 'next' ? current + 1 : current - 1;
          const c = command.action === 'forward' || command.action === 'return_step' ? command : null;
          assigneeId = c?.assigneeId ?? null;
        }
        stepIndex = index;
        return { type: 'open_step', stepIndex: index, stepCode: stepCode(index), assigneeId, at: now };
      }
      case 'close_step':
        stepIndex = null;
        return {
          type: 'close_step',
          stepIndex: current,
          stepCode: stepCode(current),
          closure: spec.closure,
          at: now,
        };
      case 'set_assignee': {
        const c = command.action === 'assign' ? command : commandAs(command, 'reassign');
        return {
          type: 'set_assignee',
          stepIndex: current,
          assigneeId: c.assignee.id,
          previousAssigneeId: facts.assigneeId,
        };
      }
      case 'open_consultation': {
        const c = commandAs(command, 'consult');
        return {
          type: 'open_consultation',
          agency: c.agency.trim(),
          content: c.content.trim(),
          dueAt: c.dueAt,
        };
      }
      case 'set_outcome':
        return { type: 'set_outcome', outcome: spec.outcome, reason: reasonOf(command) };
      case 'record_result': {
        const { number, signer, signedOn } = commandAs(command, 'record_result').result;
        return { type: 'record_result', number: number.trim(), signer: signer.trim(), signedOn };
      }
      case 'record_return':
        return { type: 'record_return', channel: commandAs(command, 'return_result').channel, at: now };
      case 'record_supplement_request': {
        const c = commandAs(command, 'request_supplement');
        return {
          type: 'record_supplement_request',
          phase: spec.phase,
          reason: c.reason.trim(),
          citizenDueAt: c.citizenDueAt,
        };
      }
      case 'schedule_supplement_expiry':
        return {
          type: 'schedule_supplement_expiry',
          at: commandAs(command, 'request_supplement').citizenDueAt,
        };
      case 'record_payment_request': {
        const c = commandAs(command, 'request_payment');
        return {
          type: 'record_payment_request',
          amount: c.amount,
          description: c.description?.trim() || null,
        };
      }
      case 'transfer_to_unit':
        return {
          type: 'transfer_to_unit',
          unitCode: commandAs(command, 'transfer_non_territorial').targetUnitCode.trim(),
        };
      case 'sync_outbox':
        return { type: 'sync_outbox', nationalStatus: NATIONAL_STATUS[row.next] };
      case 'cancel_supplement_expiry':
      case 'issue_form':
      case 'notify_citizen':
        return spec;
    }
  };
  const effects = row.effects.map(resolve);
  return { effects, stepIndex };
}
