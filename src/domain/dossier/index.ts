/**
 * The dossier lifecycle (vòng đời hồ sơ) — a pure domain module: no I/O, no clock ("now" is passed in).
 * - `decide(state, command, context)`: the state machine over ONE transition table (transitions.ts);
 * - workflow step navigation over a process definition (steps.ts);
 * - the dossier code `<unit>-YYMMDD-NNNN` (code.ts).
 * See docs/decisions/0006-dossier-state-machine.md.
 */
export type { ActorRule } from './actions.js';
export { ACTION_LABELS, ACTOR_RULES } from './actions.js';
export type { DossierCodeErrorCode, DossierCodeParts } from './code.js';
export {
  dossierCodeDate,
  dossierCodePrefix,
  formatDossierCode,
  isValidDossierCode,
  isValidUnitIdentifier,
  MAX_DOSSIER_SEQUENCE,
  parseDossierCode,
  validateUnitIdentifier,
} from './code.js';
export type { Decision, DecisionSuccess } from './decide.js';
export { availableActions, decide, invalidTransition } from './decide.js';
export type {
  CitizenNotice,
  DossierEffect,
  EffectSpec,
  EffectType,
  StepClosure,
  StepTarget,
} from './effects.js';
export { FORM_LABELS } from './effects.js';
export { SUPPLEMENT_WINDOW_WORKING_DAYS, workingDaysElapsed } from './elapsed.js';
export type { DecisionErrorCode, DecisionFailure } from './errors.js';
export {
  isTerminal,
  NATIONAL_STATUS,
  NATIONAL_STATUS_LABELS,
  nationalStatusOf,
  OUTCOME_LABELS,
  STATE_LABELS,
  STEP_STATES,
  TERMINAL_STATES,
} from './states.js';
export type { ProcessErrorCode, StepNavigation, StepNavigationErrorCode } from './steps.js';
export {
  firstStep,
  isLastStep,
  nextStep,
  previousStep,
  stepAllottedHours,
  stepAllottedMinutes,
  stepAt,
  stepDueAt,
  stepTitle,
  validateProcess,
} from './steps.js';
export type { TransitionRow, TransitionTable } from './transitions.js';
export { actionsFrom, TRANSITIONS, transitionFor } from './transitions.js';
export type {
  AssigneeRef,
  CommandOf,
  DecisionContext,
  DossierAction,
  DossierActor,
  DossierCommand,
  DossierFacts,
  DossierOutcome,
  DossierState,
  FormCode,
  Handoff,
  NationalStatusCode,
  ProcessDefinition,
  ProcessStep,
  ResultDetails,
  ReturnChannel,
  StateOrNone,
  StepAllotment,
  SupplementPhase,
} from './types.js';
export { DOSSIER_ACTIONS, DOSSIER_STATES, NO_DOSSIER, RETURN_CHANNELS } from './types.js';
