import { describe, expect, it } from 'vitest';
import {
  createWorkingCalendar,
  localInstant,
  validateReschedule,
} from '../../../src/domain/calendar/index.js';
import {
  ACTOR_RULES,
  availableActions,
  type DecisionContext,
  DOSSIER_ACTIONS,
  type DossierActor,
  type DossierCommand,
  decide,
  type StateOrNone,
} from '../../../src/domain/dossier/index.js';
import {
  ADMIN,
  CITIZEN,
  CLERK,
  commandFor,
  context,
  HEAD,
  HOUR,
  INGEST,
  LEADER,
  NOW,
  ONE_STEP,
  OTHER_CITIZEN,
  OTHER_PROCESSOR,
  officer,
  PROCESS,
  PROCESSOR,
  RECEIVER,
  SYSTEM,
  validScenario,
} from './helpers/fixtures.js';

function codeOf(state: StateOrNone, command: DossierCommand, ctx: DecisionContext): string {
  const d = decide(state, command, ctx);
  if (!d.ok) {
    // Every refusal carries a Vietnamese sentence.
    expect(d.message).toMatch(/[ạảãàáâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/i);
    return d.code;
  }
  return 'OK';
}

describe('actor guards', () => {
  it('lets citizens act only on submit_online, receive_supplement and withdraw', () => {
    const owned = ['submit_online', 'receive_supplement', 'withdraw'];
    for (const action of DOSSIER_ACTIONS)
      expect(ACTOR_RULES[action].owner, action).toBe(owned.includes(action));
    expect(codeOf('none', commandFor('receive_at_counter'), context('none', CITIZEN))).toBe(
      'ACTOR_NOT_ALLOWED',
    );
    expect(codeOf('processing', commandFor('forward'), context('processing', CITIZEN))).toBe(
      'ACTOR_NOT_ALLOWED',
    );
    expect(codeOf('none', { action: 'submit_online' }, context('none', CITIZEN))).toBe('OK');
    expect(
      codeOf('none', { action: 'submit_online' }, context('none', { ...CITIZEN, kind: 'organisation' })),
    ).toBe('OK');
  });

  it("refuses another citizen's dossier (NOT_OWNER)", () => {
    expect(codeOf('processing', commandFor('withdraw'), context('processing', OTHER_CITIZEN))).toBe(
      'NOT_OWNER',
    );
    expect(
      codeOf(
        'supplement_requested',
        commandFor('receive_supplement'),
        context('supplement_requested', OTHER_CITIZEN),
      ),
    ).toBe('NOT_OWNER');
    // A counter dossier has no owner account: no citizen may act on it online.
    expect(
      codeOf('processing', commandFor('withdraw'), context('processing', CITIZEN, { ownerAccountId: null })),
    ).toBe('NOT_OWNER');
  });

  it('lets the system act only on supplement_expired, record_payment and return_result', () => {
    const system = ['supplement_expired', 'record_payment', 'return_result'];
    for (const action of DOSSIER_ACTIONS)
      expect(ACTOR_RULES[action].system, action).toBe(system.includes(action));
    expect(codeOf('processing', commandFor('stop'), context('processing', SYSTEM))).toBe('ACTOR_NOT_ALLOWED');
    expect(
      codeOf('supplement_requested', commandFor('supplement_expired'), context('supplement_requested', HEAD)),
    ).toBe('ACTOR_NOT_ALLOWED');
  });

  it('lets API tokens act only with dossiers:ingest', () => {
    expect(codeOf('none', { action: 'submit_online' }, context('none', INGEST))).toBe('OK');
    const noIngest: DossierActor = { ...INGEST, permissions: new Set(['dossiers:read']) };
    expect(codeOf('none', { action: 'submit_online' }, context('none', noIngest))).toBe('ACTOR_NOT_ALLOWED');
    expect(codeOf('processing', commandFor('forward'), context('processing', INGEST))).toBe(
      'ACTOR_NOT_ALLOWED',
    );
  });

  it('checks the officer role, naming the allowed roles in Vietnamese', () => {
    const d = decide('submitted', { action: 'accept_online' }, context('submitted', PROCESSOR));
    expect(d).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    if (!d.ok)
      expect(d.message).toBe(
        'Chỉ cán bộ tiếp nhận mới được thực hiện thao tác "Tiếp nhận hồ sơ trực tuyến".',
      );
    // A system administrator holds every permission but no dossier role.
    expect(codeOf('none', { action: 'receive_at_counter' }, context('none', ADMIN))).toBe('ROLE_NOT_ALLOWED');
    expect(codeOf('processing', commandFor('stop'), context('processing', PROCESSOR))).toBe(
      'ROLE_NOT_ALLOWED',
    );
    expect(codeOf('processing', commandFor('assign'), context('processing', LEADER))).toBe(
      'ROLE_NOT_ALLOWED',
    );
    expect(codeOf('processing', commandFor('reschedule'), context('processing', RECEIVER))).toBe(
      'ROLE_NOT_ALLOWED',
    );
    // A role without any dossier-writing permission is refused even if listed.
    const stripped: DossierActor = { ...RECEIVER, permissions: new Set(['dossiers:read']) };
    expect(codeOf('none', { action: 'receive_at_counter' }, context('none', stripped))).toBe(
      'ROLE_NOT_ALLOWED',
    );
  });

  it('narrows request_supplement by phase: intake officer before receipt, processors after', () => {
    const cmd = commandFor('request_supplement');
    expect(codeOf('submitted', cmd, context('submitted', PROCESSOR))).toBe('ROLE_NOT_ALLOWED');
    expect(codeOf('submitted', cmd, context('submitted', RECEIVER))).toBe('OK');
    expect(codeOf('processing', cmd, context('processing', RECEIVER))).toBe('ROLE_NOT_ALLOWED');
    expect(codeOf('processing', cmd, context('processing', PROCESSOR))).toBe('OK');
  });

  it('requires the current step assignee', () => {
    const d = decide('processing', commandFor('forward'), context('processing', OTHER_PROCESSOR));
    expect(d).toMatchObject({ ok: false, code: 'NOT_ASSIGNEE' });
    if (!d.ok) expect(d.message).toContain('Bước 3 (Thẩm định hồ sơ)');
    expect(codeOf('processing', commandFor('refuse'), context('processing', HEAD))).toBe('NOT_ASSIGNEE');
    expect(
      codeOf(
        'received',
        commandFor('forward'),
        context('received', officer('recv-2', ['receiving_officer'])),
      ),
    ).toBe('NOT_ASSIGNEE');
  });

  it("lets a holder of the step's role in its department take an unassigned step", () => {
    const unassigned = { assigneeId: null };
    expect(
      codeOf('processing', commandFor('forward'), context('processing', OTHER_PROCESSOR, unassigned)),
    ).toBe('OK');
    expect(codeOf('processing', commandFor('forward'), context('processing', CLERK, unassigned))).toBe(
      'NOT_STEP_ROLE',
    );
    const elsewhere = officer('proc-9', ['processing_officer'], 'TNMT');
    expect(codeOf('processing', commandFor('forward'), context('processing', elsewhere, unassigned))).toBe(
      'NOT_IN_DEPARTMENT',
    );
  });

  it('reports STEP_UNKNOWN when the facts do not place the dossier at a step', () => {
    expect(
      codeOf('processing', commandFor('forward'), context('processing', PROCESSOR, { stepIndex: null })),
    ).toBe('STEP_UNKNOWN');
    expect(codeOf('received', commandFor('stop'), context('received', HEAD, { stepIndex: null }))).toBe(
      'STEP_UNKNOWN',
    );
    expect(
      codeOf('processing', commandFor('forward'), context('processing', PROCESSOR, { stepIndex: 9 })),
    ).toBe('STEP_UNKNOWN');
  });
});

describe('fact guards', () => {
  it('allows one supplement request per dossier, in either phase', () => {
    const once = { supplementRequestCount: 1 };
    const cmd = commandFor('request_supplement');
    expect(codeOf('submitted', cmd, context('submitted', RECEIVER, once))).toBe(
      'SUPPLEMENT_ALREADY_REQUESTED',
    );
    expect(codeOf('processing', cmd, context('processing', PROCESSOR, once))).toBe(
      'SUPPLEMENT_ALREADY_REQUESTED',
    );
  });

  it('allows a supplement after appraisal only within 3 working days of receipt', () => {
    const cmd = commandFor('request_supplement');
    const at = (days: number | null, window?: number) =>
      codeOf(
        'processing',
        cmd,
        context('processing', PROCESSOR, {
          workingDaysSinceReceipt: days,
          ...(window === undefined ? {} : { supplementWindowWorkingDays: window }),
        }),
      );
    expect(at(0)).toBe('OK');
    expect(at(3)).toBe('OK');
    expect(at(4)).toBe('SUPPLEMENT_WINDOW_PASSED');
    expect(at(null)).toBe('SUPPLEMENT_WINDOW_PASSED');
    expect(at(4, 5)).toBe('OK');
    // No window before receipt.
    expect(codeOf('submitted', cmd, context('submitted', RECEIVER, { workingDaysSinceReceipt: 40 }))).toBe(
      'OK',
    );
  });

  it('expires a supplement only after the citizen deadline passed', () => {
    const cmd = commandFor('supplement_expired');
    const at = (due: number | null) =>
      codeOf('supplement_requested', cmd, context('supplement_requested', SYSTEM, { supplementDueAt: due }));
    expect(at(null)).toBe('SUPPLEMENT_NOT_EXPIRED');
    expect(at(NOW)).toBe('SUPPLEMENT_NOT_EXPIRED');
    expect(at(NOW + HOUR)).toBe('SUPPLEMENT_NOT_EXPIRED');
    expect(at(NOW - 1)).toBe('OK');
    const d = decide(
      'supplement_requested',
      cmd,
      context('supplement_requested', SYSTEM, { supplementDueAt: NOW + HOUR }),
    );
    if (!d.ok)
      expect(d.message).toBe('Chưa hết thời hạn bổ sung hồ sơ của công dân (hạn bổ sung: 10:00 10/03/2026).');
  });

  it('forbids forward at the last step, where record_result is allowed', () => {
    const last = { stepIndex: 3, assigneeId: LEADER.id };
    const d = decide('processing', commandFor('forward'), context('processing', LEADER, last));
    expect(d).toMatchObject({ ok: false, code: 'LAST_STEP' });
    if (!d.ok) expect(d.message).toContain('Bước 4 (Ký duyệt kết quả) là bước cuối');
    expect(codeOf('processing', commandFor('record_result'), context('processing', LEADER, last))).toBe('OK');
    expect(codeOf('processing', commandFor('record_result'), context('processing', PROCESSOR))).toBe(
      'NOT_LAST_STEP',
    );
    expect(codeOf('received', commandFor('forward'), context('received', RECEIVER, {}, ONE_STEP))).toBe(
      'LAST_STEP',
    );
    expect(codeOf('received', commandFor('record_result'), context('received', RECEIVER))).toBe(
      'NOT_LAST_STEP',
    );
  });

  it('refuses on the spot only in a single-step process', () => {
    expect(codeOf('received', commandFor('refuse'), context('received', RECEIVER))).toBe('NOT_LAST_STEP');
    expect(codeOf('received', commandFor('refuse'), context('received', RECEIVER, {}, ONE_STEP))).toBe('OK');
  });

  it('forbids return_step from the first step', () => {
    const atFirst = { stepIndex: 0, assigneeId: RECEIVER.id };
    expect(codeOf('processing', commandFor('return_step'), context('processing', RECEIVER, atFirst))).toBe(
      'FIRST_STEP',
    );
  });

  it('assigns an unassigned step and reassigns an assigned one, within the department', () => {
    expect(codeOf('processing', commandFor('assign'), context('processing', HEAD))).toBe(
      'STEP_ALREADY_ASSIGNED',
    );
    expect(
      codeOf('processing', commandFor('reassign'), context('processing', HEAD, { assigneeId: null })),
    ).toBe('STEP_NOT_ASSIGNED');
    const otherHead = officer('head-2', ['department_head'], 'TNMT');
    expect(codeOf('processing', commandFor('reassign'), context('processing', otherHead))).toBe(
      'NOT_IN_DEPARTMENT',
    );
    const outsider: DossierCommand = {
      action: 'reassign',
      assignee: { id: 'proc-9', departmentCode: 'TNMT' },
    };
    expect(codeOf('processing', outsider, context('processing', HEAD))).toBe('NOT_SAME_DEPARTMENT');
    const same: DossierCommand = {
      action: 'reassign',
      assignee: { id: PROCESSOR.id!, departmentCode: 'VHXH' },
    };
    expect(codeOf('processing', same, context('processing', HEAD))).toBe('SAME_ASSIGNEE');
    const none: DossierCommand = { action: 'assign', assignee: { id: ' ', departmentCode: 'VHXH' } };
    expect(codeOf('processing', none, context('processing', HEAD, { assigneeId: null }))).toBe(
      'ASSIGNEE_REQUIRED',
    );
  });

  it('lets only the sender recall, before the receiver acted', () => {
    const handoff = { senderId: HEAD.id!, fromStepIndex: 1, toStepIndex: 2, actedOn: false };
    const recall = commandFor('recall');
    expect(codeOf('processing', recall, context('processing', HEAD))).toBe('NOTHING_TO_RECALL');
    expect(
      codeOf(
        'processing',
        recall,
        context('processing', HEAD, { lastHandoff: { ...handoff, toStepIndex: 3 } }),
      ),
    ).toBe('NOTHING_TO_RECALL');
    const other = officer('head-2', ['department_head'], 'VHXH');
    expect(codeOf('processing', recall, context('processing', other, { lastHandoff: handoff }))).toBe(
      'NOT_SENDER',
    );
    expect(
      codeOf(
        'processing',
        recall,
        context('processing', HEAD, { lastHandoff: { ...handoff, actedOn: true } }),
      ),
    ).toBe('ALREADY_ACTED');
    expect(codeOf('processing', recall, context('processing', HEAD, { lastHandoff: handoff }))).toBe('OK');
  });

  it('records a consultation reply only when one is pending', () => {
    expect(codeOf('processing', commandFor('consult_reply'), context('processing', PROCESSOR))).toBe(
      'NO_PENDING_CONSULTATION',
    );
    expect(
      codeOf(
        'processing',
        commandFor('consult_reply'),
        context('processing', CLERK, { pendingConsultations: 2 }),
      ),
    ).toBe('OK');
  });

  it('allows one reschedule, checked by validateReschedule of the calendar module', () => {
    expect(
      codeOf('processing', commandFor('reschedule'), context('processing', LEADER, { rescheduleCount: 1 })),
    ).toBe('ALREADY_RESCHEDULED');
    const calendar = createWorkingCalendar();
    const dueAt = localInstant('2026-03-13', '17:00');
    const base = { originalDueAt: dueAt, currentDueAt: dueAt, rescheduleCount: 0, newDueDate: '2026-03-20' };
    const tooLate = validateReschedule(calendar, {
      ...base,
      requestedAt: localInstant('2026-03-13', '08:00'),
    });
    const d = decide(
      'processing',
      { action: 'reschedule', check: tooLate, reason: 'Chờ kết quả xác minh' },
      context('processing', LEADER),
    );
    expect(d).toMatchObject({ ok: false, code: 'RESCHEDULE_INVALID' });
    if (!d.ok && !tooLate.ok) expect(d.message).toBe(tooLate.message);
    const again = validateReschedule(calendar, { ...base, rescheduleCount: 1, requestedAt: NOW });
    expect(
      codeOf(
        'processing',
        { action: 'reschedule', check: again, reason: 'x' },
        context('processing', LEADER),
      ),
    ).toBe('ALREADY_RESCHEDULED');
    const fine = validateReschedule(calendar, { ...base, requestedAt: NOW });
    expect(
      codeOf('processing', { action: 'reschedule', check: fine, reason: ' ' }, context('processing', LEADER)),
    ).toBe('REASON_REQUIRED');
    expect(
      codeOf(
        'processing',
        { action: 'reschedule', check: fine, reason: 'Chờ xác minh' },
        context('processing', LEADER),
      ),
    ).toBe('OK');
  });
});

describe('payload guards', () => {
  it('requires a reason for refusals, stops and returns to the previous step', () => {
    const cases: Array<[StateOrNone, DossierCommand, DossierActor]> = [
      ['none', { action: 'refuse_at_counter', reason: '' }, RECEIVER],
      ['submitted', { action: 'refuse_online', reason: '   ' }, RECEIVER],
      ['processing', { action: 'refuse', reason: '' }, PROCESSOR],
      ['processing', { action: 'stop', reason: '' }, HEAD],
      ['processing', { action: 'return_step', reason: '' }, PROCESSOR],
      ['submitted', { action: 'request_supplement', reason: '', citizenDueAt: NOW + HOUR }, RECEIVER],
    ];
    for (const [state, command, actor] of cases) {
      expect(codeOf(state, command, context(state, actor)), command.action).toBe('REASON_REQUIRED');
    }
  });

  it('checks dates, amounts, channels and units', () => {
    const past: DossierCommand = { action: 'request_supplement', reason: 'Thiếu giấy tờ', citizenDueAt: NOW };
    expect(codeOf('submitted', past, context('submitted', RECEIVER))).toBe('SUPPLEMENT_DEADLINE_INVALID');
    const consult = (agency: string, dueAt: number): DossierCommand => ({
      action: 'consult',
      agency,
      content: 'Xác minh',
      dueAt,
    });
    expect(codeOf('processing', consult('', NOW + HOUR), context('processing', PROCESSOR))).toBe(
      'CONSULTATION_INVALID',
    );
    expect(codeOf('processing', consult('Công an xã', NOW - HOUR), context('processing', PROCESSOR))).toBe(
      'CONSULTATION_INVALID',
    );
    for (const amount of [0, -1, 1.5, Number.NaN]) {
      expect(
        codeOf('processing', { action: 'request_payment', amount }, context('processing', PROCESSOR)),
      ).toBe('PAYMENT_AMOUNT_INVALID');
    }
    const result = (number: string, signedOn: string): DossierCommand => ({
      action: 'record_result',
      result: { number, signer: 'Nguyễn Văn A', signedOn },
    });
    const last = context('processing', LEADER, { stepIndex: 3, assigneeId: LEADER.id });
    expect(codeOf('processing', result('', '2026-03-10'), last)).toBe('RESULT_DETAILS_REQUIRED');
    expect(codeOf('processing', result('12/QĐ', '2026-03-11'), last)).toBe('RESULT_DATE_INVALID');
    expect(codeOf('processing', result('12/QĐ', '2026-02-30'), last)).toBe('RESULT_DATE_INVALID');
    const channel = { action: 'return_result', channel: 'fax' } as unknown as DossierCommand;
    expect(codeOf('resolved', channel, context('resolved', RECEIVER))).toBe('RETURN_CHANNEL_INVALID');
    const transfer = (targetUnitCode: string): DossierCommand => ({
      action: 'transfer_non_territorial',
      targetUnitCode,
    });
    expect(codeOf('received', transfer(' '), context('received', RECEIVER))).toBe('TARGET_UNIT_REQUIRED');
    expect(codeOf('received', transfer('26734'), context('received', RECEIVER))).toBe('SAME_UNIT');
  });
});

describe('availableActions', () => {
  it('lists what each actor may do now', () => {
    expect(availableActions('processing', context('processing', PROCESSOR)).sort()).toEqual(
      ['consult', 'forward', 'refuse', 'request_payment', 'request_supplement', 'return_step'].sort(),
    );
    expect(availableActions('processing', context('processing', HEAD)).sort()).toEqual(
      ['reassign', 'reschedule', 'stop'].sort(),
    );
    expect(availableActions('processing', context('processing', CITIZEN))).toEqual(['withdraw']);
    expect(availableActions('submitted', context('submitted', RECEIVER)).sort()).toEqual(
      ['accept_online', 'refuse_online', 'request_supplement', 'withdraw'].sort(),
    );
    expect(availableActions('returned', context('returned', RECEIVER))).toEqual([]);
    expect(
      availableActions('processing', context('processing', PROCESSOR, { workingDaysSinceReceipt: 7 })),
    ).not.toContain('request_supplement');
  });

  it('agrees with decide for the valid scenario of every allowed pair', () => {
    for (const state of ['none', 'submitted', 'received', 'processing', 'awaiting_payment'] as const) {
      for (const action of availableActions(state, context(state, RECEIVER))) {
        expect(
          decide(state, commandFor(action), validScenario(state, action).ctx).ok,
          `${state} × ${action}`,
        ).toBe(true);
      }
    }
  });

  it('never offers an action to the wrong kind of actor', () => {
    expect(PROCESS.steps).toHaveLength(4);
    for (const state of ['processing', 'received', 'supplement_requested'] as const) {
      for (const action of availableActions(state, context(state, SYSTEM))) {
        expect(ACTOR_RULES[action].system).toBe(true);
      }
    }
  });
});
