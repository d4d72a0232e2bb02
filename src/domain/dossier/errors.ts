/** Stable error codes of `decide`, each returned with a Vietnamese message naming the problem. */
export type DecisionErrorCode =
  | 'INVALID_TRANSITION'
  | 'ACTOR_NOT_ALLOWED'
  | 'ROLE_NOT_ALLOWED'
  | 'NOT_OWNER'
  | 'NOT_ASSIGNEE'
  | 'NOT_STEP_ROLE'
  | 'NOT_IN_DEPARTMENT'
  | 'STEP_UNKNOWN'
  | 'LAST_STEP'
  | 'FIRST_STEP'
  | 'NOT_LAST_STEP'
  | 'REASON_REQUIRED'
  | 'SUPPLEMENT_ALREADY_REQUESTED'
  | 'SUPPLEMENT_WINDOW_PASSED'
  | 'SUPPLEMENT_DEADLINE_INVALID'
  | 'SUPPLEMENT_NOT_EXPIRED'
  | 'STEP_ALREADY_ASSIGNED'
  | 'STEP_NOT_ASSIGNED'
  | 'ASSIGNEE_REQUIRED'
  | 'SAME_ASSIGNEE'
  | 'NOT_SAME_DEPARTMENT'
  | 'CONSULTATION_INVALID'
  | 'NO_PENDING_CONSULTATION'
  | 'NOTHING_TO_RECALL'
  | 'NOT_SENDER'
  | 'ALREADY_ACTED'
  | 'ALREADY_RESCHEDULED'
  | 'RESCHEDULE_INVALID'
  | 'RESULT_DETAILS_REQUIRED'
  | 'RESULT_DATE_INVALID'
  | 'RETURN_CHANNEL_INVALID'
  | 'TARGET_UNIT_REQUIRED'
  | 'SAME_UNIT'
  | 'PAYMENT_AMOUNT_INVALID';

export interface DecisionFailure {
  readonly ok: false;
  readonly code: DecisionErrorCode;
  readonly message: string;
}

export function failure(code: DecisionErrorCode, message: string): DecisionFailure {
  return { ok: false, code, message };
}
