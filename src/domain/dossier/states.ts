/**
 * Internal states, their Vietnamese labels and the national status code each one is reported as
 * (legal-rules §3.1). See docs/decisions/0006-dossier-state-machine.md for the reasoning.
 */
import type { DossierOutcome, DossierState, NationalStatusCode, StateOrNone } from './types.js';

export const NATIONAL_STATUS: Readonly<Record<DossierState, NationalStatusCode>> = Object.freeze({
  submitted: 1,
  intake_supplement_requested: 5,
  rejected_at_intake: 3,
  received: 2,
  processing: 4,
  supplement_requested: 5,
  awaiting_payment: 6,
  withdrawn: 7,
  stopped: 8,
  resolved: 9,
  // A refusal after appraisal is a (negative) result: 9 until its notice is returned, then 10.
  refused: 9,
  returned: 10,
  // The dossier goes on at the competent unit; nationally it is still "received".
  transferred: 2,
});

export const NATIONAL_STATUS_LABELS: Readonly<Record<NationalStatusCode, string>> = Object.freeze({
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
});

export const STATE_LABELS: Readonly<Record<StateOrNone, string>> = Object.freeze({
  none: 'Chưa có hồ sơ',
  submitted: 'Mới đăng ký',
  intake_supplement_requested: 'Yêu cầu bổ sung trước khi tiếp nhận',
  rejected_at_intake: 'Không được tiếp nhận',
  received: 'Được tiếp nhận',
  processing: 'Đang xử lý',
  supplement_requested: 'Yêu cầu bổ sung giấy tờ',
  awaiting_payment: 'Chờ thực hiện nghĩa vụ tài chính',
  withdrawn: 'Công dân yêu cầu rút hồ sơ',
  stopped: 'Dừng xử lý',
  resolved: 'Đã xử lý xong, chờ trả kết quả',
  refused: 'Từ chối giải quyết, chờ trả thông báo',
  returned: 'Đã trả kết quả',
  transferred: 'Đã chuyển đến đơn vị có thẩm quyền',
});

export const OUTCOME_LABELS: Readonly<Record<DossierOutcome, string>> = Object.freeze({
  result_issued: 'Có kết quả giải quyết',
  refused: 'Từ chối giải quyết',
  rejected_at_intake: 'Không được tiếp nhận',
  withdrawn: 'Công dân rút hồ sơ',
  stopped: 'Dừng xử lý',
  transferred: 'Chuyển đến đơn vị có thẩm quyền',
});

/** States from which no action is allowed (corrections of a returned result are a separate procedure). */
export const TERMINAL_STATES: readonly DossierState[] = Object.freeze([
  'rejected_at_intake',
  'withdrawn',
  'stopped',
  'returned',
  'transferred',
]);

/** States in which the dossier sits at a workflow step (`facts.stepIndex` is set). */
export const STEP_STATES: readonly DossierState[] = Object.freeze([
  'received',
  'processing',
  'supplement_requested',
  'awaiting_payment',
]);

export function isTerminal(state: StateOrNone): boolean {
  return (TERMINAL_STATES as readonly string[]).includes(state);
}

/** National status of a state; null for the pseudo-state `none`. */
export function nationalStatusOf(state: StateOrNone): NationalStatusCode | null {
  return state === 'none' ? null : NATIONAL_STATUS[state];
}
