// Shared fixtures: a four-step process, actors, and a valid (command, context) for every allowed pair.
import type { RoleCode } from '../../../../src/contract/auth.js';
import { permissionsForRoles } from '../../../../src/domain/access/permissions.js';
import { localInstant } from '../../../../src/domain/calendar/index.js';
import type {
  DecisionContext,
  DossierAction,
  DossierActor,
  DossierCommand,
  DossierFacts,
  ProcessDefinition,
  StateOrNone,
} from '../../../../src/domain/dossier/index.js';

export const NOW = localInstant('2026-03-10', '09:00');
export const HOUR = 3_600_000;

export const PROCESS: ProcessDefinition = {
  code: 'chung-thuc-ban-sao',
  name: 'Chứng thực bản sao từ bản chính',
  steps: [
    {
      code: 'tiep_nhan',
      name: 'Tiếp nhận hồ sơ',
      role: 'receiving_officer',
      departmentCode: null,
      allotted: { amount: 4, unit: 'working_hours' },
    },
    {
      code: 'phan_cong',
      name: 'Phân công xử lý',
      role: 'department_head',
      departmentCode: 'VHXH',
      allotted: { amount: 4, unit: 'working_hours' },
    },
    {
      code: 'tham_dinh',
      name: 'Thẩm định hồ sơ',
      role: 'processing_officer',
      departmentCode: 'VHXH',
      allotted: { amount: 2, unit: 'working_days' },
    },
    {
      code: 'ky_duyet',
      name: 'Ký duyệt kết quả',
      role: 'signing_leader',
      departmentCode: null,
      allotted: { amount: 1, unit: 'working_days' },
    },
  ],
};

/** A "4 tại chỗ" process: received, decided and returned at the counter. */
export const ONE_STEP: ProcessDefinition = {
  code: 'tai-cho',
  name: 'Giải quyết tại chỗ',
  steps: [
    {
      code: 'tai_cho',
      name: 'Tiếp nhận và giải quyết tại quầy',
      role: 'receiving_officer',
      departmentCode: null,
      allotted: { amount: 2, unit: 'working_hours' },
    },
  ],
};

export function officer(id: string, roles: RoleCode[], departmentCode: string | null = null): DossierActor {
  return { kind: 'officer', id, roles, permissions: new Set(permissionsForRoles(roles)), departmentCode };
}

export const RECEIVER = officer('recv-1', ['receiving_officer']);
export const PROCESSOR = officer('proc-1', ['processing_officer'], 'VHXH');
export const OTHER_PROCESSOR = officer('proc-2', ['processing_officer'], 'VHXH');
export const HEAD = officer('head-1', ['department_head'], 'VHXH');
export const LEADER = officer('lead-1', ['signing_leader']);
export const CLERK = officer('clerk-1', ['clerk']);
export const ADMIN = officer('admin-1', ['system_admin']);
export const CITIZEN: DossierActor = { kind: 'citizen', id: 'citizen-1', roles: [], permissions: new Set() };
export const OTHER_CITIZEN: DossierActor = { ...CITIZEN, id: 'citizen-2' };
export const INGEST: DossierActor = {
  kind: 'api_token',
  id: 'token-1',
  roles: [],
  permissions: new Set(['dossiers:ingest']),
};
export const SYSTEM: DossierActor = { kind: 'system', id: null, roles: [], permissions: new Set() };

export const BASE_FACTS: DossierFacts = {
  unitCode: '26734',
  ownerAccountId: 'citizen-1',
  stepIndex: null,
  assigneeId: null,
  supplementRequestCount: 0,
  workingDaysSinceReceipt: null,
  supplementDueAt: null,
  rescheduleCount: 0,
  pendingConsultations: 0,
  lastHandoff: null,
};

/** Facts typical of a state: at which step the dossier sits and who holds it. */
export function factsFor(state: StateOrNone): DossierFacts {
  switch (state) {
    case 'received':
      return { ...BASE_FACTS, stepIndex: 0, assigneeId: RECEIVER.id, workingDaysSinceReceipt: 0 };
    case 'processing':
    case 'supplement_requested':
    case 'awaiting_payment':
      return { ...BASE_FACTS, stepIndex: 2, assigneeId: PROCESSOR.id, workingDaysSinceReceipt: 1 };
    default:
      return BASE_FACTS;
  }
}

export function context(
  state: StateOrNone,
  actor: DossierActor,
  facts: Partial<DossierFacts> = {},
  process: ProcessDefinition = PROCESS,
): DecisionContext {
  return { actor, now: NOW, process, facts: { ...factsFor(state), ...facts } };
}

export const RESCHEDULE_OK = {
  ok: true,
  originalDueAt: NOW + 48 * HOUR,
  previousDueAt: NOW + 48 * HOUR,
  dueAt: NOW + 120 * HOUR,
  rescheduleCount: 1,
} as const;

/** A command with a valid payload for each action. */
export function commandFor(action: DossierAction): DossierCommand {
  switch (action) {
    case 'refuse_at_counter':
    case 'refuse_online':
    case 'refuse':
    case 'stop':
      return { action, reason: 'Không đủ điều kiện theo quy định' };
    case 'return_step':
      return { action, reason: 'Cần xác minh lại thông tin' };
    case 'request_supplement':
      return { action, reason: 'Thiếu bản sao giấy khai sinh', citizenDueAt: NOW + 5 * 24 * HOUR };
    case 'assign':
    case 'reassign':
      return { action, assignee: { id: OTHER_PROCESSOR.id!, departmentCode: 'VHXH' } };
    case 'forward':
      return { action, assigneeId: null };
    case 'consult':
      return { action, agency: 'Công an xã', content: 'Xác minh nơi cư trú', dueAt: NOW + 24 * HOUR };
    case 'request_payment':
      return { action, amount: 50_000, description: 'Lệ phí' };
    case 'withdraw':
      return { action, reason: 'Không còn nhu cầu' };
    case 'reschedule':
      return { action, check: RESCHEDULE_OK, reason: 'Chờ ý kiến của cơ quan phối hợp' };
    case 'record_result':
      return { action, result: { number: '123/UBND-CT', signer: 'Nguyễn Văn A', signedOn: '2026-03-10' } };
    case 'return_result':
      return { action, channel: 'counter' };
    case 'transfer_non_territorial':
      return { action, targetUnitCode: '26737' };
    default:
      return { action } as DossierCommand;
  }
}

/** A (command, context) that passes every guard for an allowed pair. */
export function validScenario(
  state: StateOrNone,
  action: DossierAction,
): { command: DossierCommand; ctx: DecisionContext } {
  const command = commandFor(action);
  const on = (
    actor: DossierActor,
    facts: Partial<DossierFacts> = {},
    process: ProcessDefinition = PROCESS,
  ) => ({
    command,
    ctx: context(state, actor, facts, process),
  });
  switch (action) {
    case 'submit_online':
    case 'receive_supplement':
    case 'withdraw':
      return on(CITIZEN);
    case 'supplement_expired':
      return on(SYSTEM, { supplementDueAt: NOW - HOUR });
    case 'request_supplement':
      return on(state === 'submitted' ? RECEIVER : PROCESSOR);
    case 'assign':
      return on(HEAD, { stepIndex: 2, assigneeId: null });
    case 'reassign':
    case 'stop':
      return on(HEAD);
    case 'recall':
      return on(HEAD, {
        lastHandoff: { senderId: HEAD.id!, fromStepIndex: 1, toStepIndex: 2, actedOn: false },
      });
    case 'consult_reply':
      return on(PROCESSOR, { pendingConsultations: 1 });
    case 'reschedule':
      return on(LEADER);
    case 'refuse':
    case 'record_result':
      if (state === 'received') return on(RECEIVER, {}, ONE_STEP);
      return action === 'refuse' ? on(PROCESSOR) : on(LEADER, { stepIndex: 3, assigneeId: LEADER.id });
    case 'forward':
      return on(state === 'received' ? RECEIVER : PROCESSOR);
    case 'consult':
    case 'return_step':
    case 'request_payment':
      return on(PROCESSOR);
    default:
      return on(RECEIVER);
  }
}
