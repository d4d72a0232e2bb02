// A refused decision of the state machine → the HTTP error kind: who may act is 403, a state that no
// longer allows the action is 409, anything about the request's content is 400.
import type { DecisionFailure } from '../../domain/dossier/index.js';
import { DomainError } from '../../platform/errors.js';

const FORBIDDEN = new Set([
  'ACTOR_NOT_ALLOWED',
  'ROLE_NOT_ALLOWED',
  'NOT_OWNER',
  'NOT_ASSIGNEE',
  'NOT_STEP_ROLE',
  'NOT_IN_DEPARTMENT',
  'NOT_SENDER',
]);
const CONFLICT = new Set([
  'INVALID_TRANSITION',
  'SUPPLEMENT_ALREADY_REQUESTED',
  'STEP_ALREADY_ASSIGNED',
  'ALREADY_ACTED',
  'ALREADY_RESCHEDULED',
  'NOTHING_TO_RECALL',
  'NO_PENDING_CONSULTATION',
  'SUPPLEMENT_WINDOW_PASSED',
]);

export function decisionError(f: DecisionFailure): DomainError {
  const kind = FORBIDDEN.has(f.code) ? 'forbidden' : CONFLICT.has(f.code) ? 'conflict' : 'invalid';
  return new DomainError(kind, f.code, f.message);
}
