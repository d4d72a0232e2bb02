/**
 * Guards of a transition, checked after the (state, action) pair is known to exist:
 * 1. actor — kind, role, ownership, step assignment (actions.ts rules, narrowed by the row);
 * 2. facts — what the dossier's data allows now (once-only rules, step position, deadlines);
 * 3. payload — the command's own data (reason required, dates, amounts).
 * Each returns null when it passes, else a failure with a stable code and a Vietnamese message.
 */
import type { RoleCode } from '../../contract/auth.js';
import type { ActorKind } from '../access/actor.js';
import { ROLE_LABELS } from '../access/permissions.js';
import { formatDisplayDateTime, isValidLocalDate, toLocalDate } from '../calendar/time.js';
import { ACTION_LABELS, ACTOR_RULES } from './actions.js';
import { SUPPLEMENT_WINDOW_WORKING_DAYS } from './elapsed.js';
import { type DecisionFailure, failure } from './errors.js';
import { STEP_STATES } from './states.js';
import { isLastStep, nextStep, previousStep, stepAt, stepTitle } from './steps.js';
import type { TransitionRow } from './transitions.js';
import {
  type DecisionContext,
  type DossierAction,
  type DossierCommand,
  type ProcessStep,
  RETURN_CHANNELS,
  type StateOrNone,
} from './types.js';

const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  officer: 'Cán bộ',
  citizen: 'Công dân',
  organisation: 'Tổ chức',
  api_token: 'Mã truy cập (API token)',
  system: 'Hệ thống',
};

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function rolesText(roles: readonly RoleCode[]): string {
  return roles.map((r) => lowerFirst(ROLE_LABELS[r])).join(', ');
}

function blank(value: string | null | undefined): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function currentStep(ctx: DecisionContext): ProcessStep | null {
  const index = ctx.facts.stepIndex;
  return index === null ? null : stepAt(ctx.process, index);
}

const STEP_UNKNOWN = failure('STEP_UNKNOWN', 'Không xác định được bước xử lý hiện tại của hồ sơ.');

/** Whether resolving the row's effects needs the current step. */
function rowNeedsStep(row: TransitionRow): boolean {
  return row.effects.some(
    (e) =>
      e.type === 'close_step' ||
      e.type === 'set_assignee' ||
      (e.type === 'open_step' && e.target !== 'first'),
  );
}

function stepRoleAndDepartment(
  ctx: DecisionContext,
  step: ProcessStep,
  index: number,
): DecisionFailure | null {
  const { actor, process } = ctx;
  if (step.role !== null && !actor.roles.includes(step.role)) {
    return failure(
      'NOT_STEP_ROLE',
      `${stepTitle(process, index)} chưa được phân công và dành cho ${lowerFirst(ROLE_LABELS[step.role])}.`,
    );
  }
  return sameDepartment(ctx, step, index);
}

function sameDepartment(ctx: DecisionContext, step: ProcessStep, index: number): DecisionFailure | null {
  if (step.departmentCode != null && ctx.actor.departmentCode !== step.departmentCode) {
    return failure(
      'NOT_IN_DEPARTMENT',
      `${stepTitle(ctx.process, index)} thuộc phòng ${step.departmentCode}; bạn không thuộc phòng này.`,
    );
  }
  return null;
}

export function checkActor(
  state: StateOrNone,
  action: DossierAction,
  row: TransitionRow,
  ctx: DecisionContext,
): DecisionFailure | null {
  const rule = ACTOR_RULES[action];
  const { actor, facts } = ctx;
  const label = ACTION_LABELS[action];
  const notAllowed = failure(
    'ACTOR_NOT_ALLOWED',
    `${ACTOR_KIND_LABELS[actor.kind]} không được thực hiện thao tác "${label}".`,
  );
  switch (actor.kind) {
    case 'officer': {
      const roles = row.officerRoles ?? rule.officerRoles;
      if (roles.length === 0) return notAllowed;
      const writes = actor.permissions.has('dossiers:receive') || actor.permissions.has('dossiers:process');
      if (!writes || !actor.roles.some((r) => roles.includes(r))) {
        return failure('ROLE_NOT_ALLOWED', `Chỉ ${rolesText(roles)} mới được thực hiện thao tác "${label}".`);
      }
      break;
    }
    case 'citizen':
    case 'organisation':
      if (!rule.owner) return notAllowed;
      if (state !== 'none' && (actor.id === null || actor.id !== facts.ownerAccountId)) {
        return failure('NOT_OWNER', 'Chỉ chủ hồ sơ mới được thực hiện thao tác này trên hồ sơ.');
      }
      break;
    case 'api_token':
      if (!rule.ingest || !actor.permissions.has('dossiers:ingest')) return notAllowed;
      break;
    case 'system':
      if (!rule.system) return notAllowed;
      break;
  }
  if (
    rule.requiresAssignee &&
    actor.kind === 'officer' &&
    (STEP_STATES as readonly string[]).includes(state)
  ) {
    const step = currentStep(ctx);
    const index = facts.stepIndex;
    if (step === null || index === null) return STEP_UNKNOWN;
    if (facts.assigneeId !== null) {
      if (actor.id !== facts.assigneeId) {
        return failure(
          'NOT_ASSIGNEE',
          `Chỉ người được phân công xử lý ${stepTitle(ctx.process, index)} mới được thực hiện thao tác "${label}".`,
        );
      }
    } else {
      return stepRoleAndDepartment(ctx, step, index);
    }
  }
  return null;
}

export function checkFacts(
  state: StateOrNone,
  action: DossierAction,
  row: TransitionRow,
  ctx: DecisionContext,
): DecisionFailure | null {
  const { facts, process, actor } = ctx;
  const step = currentStep(ctx);
  const index = facts.stepIndex;
  if (rowNeedsStep(row) && (step === null || index === null)) return STEP_UNKNOWN;
  const i = index ?? 0;
  switch (action) {
    case 'request_supplement': {
      if (facts.supplementRequestCount >= 1) {
        return failure(
          'SUPPLEMENT_ALREADY_REQUESTED',
          'Hồ sơ đã được yêu cầu bổ sung một lần; theo quy định chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần.',
        );
      }
      if (state === 'processing') {
        const limit = facts.supplementWindowWorkingDays ?? SUPPLEMENT_WINDOW_WORKING_DAYS;
        const elapsed = facts.workingDaysSinceReceipt;
        if (elapsed === null || elapsed > limit) {
          return failure(
            'SUPPLEMENT_WINDOW_PASSED',
            `Chỉ được yêu cầu bổ sung hồ sơ sau thẩm định trong vòng ${limit} ngày làm việc kể từ ngày tiếp nhận; thời hạn này đã qua.`,
          );
        }
      }
      return null;
    }
    case 'supplement_expired':
      if (facts.supplementDueAt === null || ctx.now <= facts.supplementDueAt) {
        const when =
          facts.supplementDueAt === null
            ? ''
            : ` (hạn bổ sung: ${formatDisplayDateTime(facts.supplementDueAt)})`;
        return failure('SUPPLEMENT_NOT_EXPIRED', `Chưa hết thời hạn bổ sung hồ sơ của công dân${when}.`);
      }
      return null;
    case 'assign':
      if (facts.assigneeId !== null) {
        return failure(
          'STEP_ALREADY_ASSIGNED',
          `${stepTitle(process, i)} đã có người xử lý; hãy dùng thao tác chuyển người xử lý trong phòng.`,
        );
      }
      return step ? sameDepartment(ctx, step, i) : STEP_UNKNOWN;
    case 'reassign':
      if (facts.assigneeId === null) {
        return failure(
          'STEP_NOT_ASSIGNED',
          `${stepTitle(process, i)} chưa có người xử lý; hãy phân công xử lý.`,
        );
      }
      return step ? sameDepartment(ctx, step, i) : STEP_UNKNOWN;
    case 'forward': {
      const nav = nextStep(process, i);
      return nav.ok ? null : failure(nav.code === 'LAST_STEP' ? 'LAST_STEP' : 'STEP_UNKNOWN', nav.message);
    }
    case 'return_step': {
      const nav = previousStep(process, i);
      return nav.ok ? null : failure(nav.code === 'FIRST_STEP' ? 'FIRST_STEP' : 'STEP_UNKNOWN', nav.message);
    }
    case 'recall': {
      const h = facts.lastHandoff;
      if (h === null || h.toStepIndex !== index || stepAt(process, h.fromStepIndex) === null) {
        return failure('NOTHING_TO_RECALL', 'Không có lần chuyển hồ sơ nào để thu hồi.');
      }
      if (h.senderId !== actor.id) {
        return failure('NOT_SENDER', 'Chỉ người vừa chuyển hồ sơ mới được thu hồi hồ sơ.');
      }
      if (h.actedOn) {
        return failure(
          'ALREADY_ACTED',
          `Không thể thu hồi: người nhận đã xử lý hồ sơ tại ${stepTitle(process, h.toStepIndex)}.`,
        );
      }
      return null;
    }
    case 'consult_reply':
      return facts.pendingConsultations > 0
        ? null
        : failure('NO_PENDING_CONSULTATION', 'Hồ sơ không có yêu cầu lấy ý kiến nào đang chờ trả lời.');
    case 'record_result':
      return isLastStep(process, i) ? null : notLastStep(ctx, i, 'cập nhật kết quả giải quyết');
    case 'refuse':
      // At the intake step only a single-step ("4 tại chỗ") process decides on the spot.
      return state !== 'received' || isLastStep(process, i)
        ? null
        : notLastStep(ctx, i, 'từ chối giải quyết ngay khi tiếp nhận');
    case 'reschedule':
      return facts.rescheduleCount >= 1 ? alreadyRescheduled : null;
    default:
      return null;
  }
}

const alreadyRescheduled = failure(
  'ALREADY_RESCHEDULED',
  'Hồ sơ đã được hẹn lại ngày trả kết quả một lần, không được hẹn lại thêm.',
);

function notLastStep(ctx: DecisionContext, index: number, what: string): DecisionFailure {
  return failure(
    'NOT_LAST_STEP',
    `Chỉ được ${what} ở bước cuối của quy trình; hồ sơ đang ở ${stepTitle(ctx.process, index)}.`,
  );
}

const reasonRequired = failure('REASON_REQUIRED', 'Cần nêu rõ lý do.');

export function checkPayload(command: DossierCommand, ctx: DecisionContext): DecisionFailure | null {
  const { now, facts } = ctx;
  switch (command.action) {
    case 'refuse_at_counter':
    case 'refuse_online':
    case 'refuse':
    case 'stop':
    case 'return_step':
      return blank(command.reason) ? reasonRequired : null;
    case 'request_supplement':
      if (blank(command.reason)) {
        return failure('REASON_REQUIRED', 'Cần nêu rõ nội dung cần bổ sung, hoàn thiện và lý do.');
      }
      if (!Number.isFinite(command.citizenDueAt) || command.citizenDueAt <= now) {
        return failure(
          'SUPPLEMENT_DEADLINE_INVALID',
          'Thời hạn bổ sung hồ sơ của công dân phải sau thời điểm hiện tại.',
        );
      }
      return null;
    case 'assign':
    case 'reassign': {
      if (blank(command.assignee.id)) return failure('ASSIGNEE_REQUIRED', 'Cần chọn người xử lý.');
      if (command.action === 'reassign' && command.assignee.id === facts.assigneeId) {
        return failure('SAME_ASSIGNEE', 'Người được chọn đang là người xử lý bước này.');
      }
      const step = currentStep(ctx);
      if (step?.departmentCode != null && command.assignee.departmentCode !== step.departmentCode) {
        return failure(
          'NOT_SAME_DEPARTMENT',
          `Người xử lý phải thuộc phòng ${step.departmentCode} phụ trách bước này.`,
        );
      }
      return null;
    }
    case 'consult':
      if (blank(command.agency) || blank(command.content)) {
        return failure('CONSULTATION_INVALID', 'Cần nêu cơ quan được lấy ý kiến và nội dung lấy ý kiến.');
      }
      if (!Number.isFinite(command.dueAt) || command.dueAt <= now) {
        return failure('CONSULTATION_INVALID', 'Thời hạn trả lời ý kiến phải sau thời điểm hiện tại.');
      }
      return null;
    case 'request_payment':
      return Number.isSafeInteger(command.amount) && command.amount > 0
        ? null
        : failure('PAYMENT_AMOUNT_INVALID', 'Số tiền phải nộp phải là số nguyên dương (đồng).');
    case 'reschedule':
      if (!command.check.ok) {
        return command.check.code === 'already_rescheduled'
          ? alreadyRescheduled
          : failure('RESCHEDULE_INVALID', command.check.message);
      }
      return blank(command.reason)
        ? failure('REASON_REQUIRED', 'Cần nêu rõ lý do chậm trễ trong văn bản xin lỗi.')
        : null;
    case 'record_result': {
      const r = command.result;
      if (blank(r.number) || blank(r.signer)) {
        return failure('RESULT_DETAILS_REQUIRED', 'Cần nhập số văn bản kết quả và người ký.');
      }
      if (!isValidLocalDate(r.signedOn) || r.signedOn > toLocalDate(now)) {
        return failure('RESULT_DATE_INVALID', 'Ngày ký kết quả không hợp lệ hoặc sau ngày hôm nay.');
      }
      return null;
    }
    case 'return_result':
      return (RETURN_CHANNELS as readonly string[]).includes(command.channel)
        ? null
        : failure(
            'RETURN_CHANNEL_INVALID',
            'Hình thức trả kết quả phải là tại quầy, trực tuyến hoặc qua dịch vụ bưu chính.',
          );
    case 'transfer_non_territorial':
      if (blank(command.targetUnitCode)) {
        return failure('TARGET_UNIT_REQUIRED', 'Cần chọn đơn vị có thẩm quyền nhận hồ sơ.');
      }
      return command.targetUnitCode.trim() === facts.unitCode
        ? failure('SAME_UNIT', 'Đơn vị nhận phải khác đơn vị đang giữ hồ sơ.')
        : null;
    default:
      return null;
  }
}
