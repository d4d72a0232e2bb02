/**
 * Actions: Vietnamese labels and who may perform each one (the actor rule). A transition row may narrow
 * the officer roles for one state (see transitions.ts). The edge has already checked the endpoint
 * permission and the unit scope; these rules say which kind of actor and which role acts on a dossier.
 */
import type { RoleCode } from '../../contract/auth.js';
import type { DossierAction } from './types.js';

export const ACTION_LABELS: Readonly<Record<DossierAction, string>> = Object.freeze({
  submit_online: 'Nộp hồ sơ trực tuyến',
  receive_at_counter: 'Tiếp nhận hồ sơ tại quầy',
  refuse_at_counter: 'Từ chối tiếp nhận hồ sơ tại quầy',
  accept_online: 'Tiếp nhận hồ sơ trực tuyến',
  refuse_online: 'Từ chối tiếp nhận hồ sơ trực tuyến',
  request_supplement: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
  receive_supplement: 'Nhận hồ sơ bổ sung',
  supplement_expired: 'Hết hạn bổ sung hồ sơ',
  assign: 'Phân công xử lý',
  forward: 'Chuyển bước tiếp theo',
  return_step: 'Trả lại bước trước',
  recall: 'Thu hồi hồ sơ vừa chuyển',
  reassign: 'Chuyển người xử lý trong phòng',
  consult: 'Lấy ý kiến cơ quan liên quan',
  consult_reply: 'Ghi nhận ý kiến trả lời',
  refuse: 'Từ chối giải quyết hồ sơ',
  request_payment: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  record_payment: 'Xác nhận đã thực hiện nghĩa vụ tài chính',
  stop: 'Dừng xử lý hồ sơ',
  withdraw: 'Rút hồ sơ theo yêu cầu của công dân',
  reschedule: 'Xin lỗi và hẹn lại ngày trả kết quả',
  record_result: 'Cập nhật kết quả giải quyết',
  return_result: 'Trả kết quả',
  transfer_non_territorial: 'Chuyển hồ sơ phi địa giới',
});

export interface ActorRule {
  /** Officers holding any of these roles (and a dossier permission) may act; empty: no officer. */
  readonly officerRoles: readonly RoleCode[];
  /** The citizen or organisation owning the dossier (or creating it). */
  readonly owner: boolean;
  /** An API token with 'dossiers:ingest' (the national portal / payment platform connector). */
  readonly ingest: boolean;
  /** The system itself (scheduled sweeps). */
  readonly system: boolean;
  /**
   * The officer must be the current step's assignee; on an unassigned step, a holder of the step's role
   * in the step's department may take it.
   */
  readonly requiresAssignee: boolean;
}

const INTAKE: readonly RoleCode[] = ['receiving_officer'];
const PROCESSORS: readonly RoleCode[] = ['processing_officer', 'department_head', 'signing_leader'];
const STEP_HOLDERS: readonly RoleCode[] = [
  'receiving_officer',
  'processing_officer',
  'department_head',
  'signing_leader',
  'clerk',
];
const HEADS: readonly RoleCode[] = ['department_head', 'signing_leader'];

function rule(
  officerRoles: readonly RoleCode[],
  extra: Partial<Omit<ActorRule, 'officerRoles'>> = {},
): ActorRule {
  return Object.freeze({
    officerRoles,
    owner: false,
    ingest: false,
    system: false,
    requiresAssignee: false,
    ...extra,
  });
}

export const ACTOR_RULES: Readonly<Record<DossierAction, ActorRule>> = Object.freeze({
  submit_online: rule([], { owner: true, ingest: true }),
  receive_at_counter: rule(INTAKE),
  refuse_at_counter: rule(INTAKE),
  accept_online: rule(INTAKE),
  refuse_online: rule(INTAKE),
  // Rows narrow this: intake → receiving officer; after appraisal → the assigned processor.
  request_supplement: rule([...INTAKE, ...PROCESSORS], { requiresAssignee: true }),
  receive_supplement: rule(INTAKE, { owner: true, ingest: true }),
  supplement_expired: rule([], { system: true }),
  assign: rule(['department_head']),
  forward: rule(STEP_HOLDERS, { requiresAssignee: true }),
  return_step: rule(STEP_HOLDERS, { requiresAssignee: true }),
  recall: rule(STEP_HOLDERS),
  reassign: rule(['department_head']),
  consult: rule(PROCESSORS, { requiresAssignee: true }),
  consult_reply: rule([...PROCESSORS, 'clerk']),
  refuse: rule([...INTAKE, ...PROCESSORS], { requiresAssignee: true }),
  request_payment: rule(PROCESSORS, { requiresAssignee: true }),
  record_payment: rule([...INTAKE, 'processing_officer'], { ingest: true, system: true }),
  stop: rule(HEADS),
  withdraw: rule(INTAKE, { owner: true, ingest: true }),
  reschedule: rule(HEADS),
  record_result: rule(STEP_HOLDERS, { requiresAssignee: true }),
  return_result: rule(INTAKE, { system: true }),
  transfer_non_territorial: rule(INTAKE, { requiresAssignee: true }),
});
