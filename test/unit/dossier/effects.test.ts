import { describe, expect, it } from 'vitest';
import {
  type DecisionContext,
  type DossierCommand,
  type DossierEffect,
  type DossierFacts,
  type DossierState,
  decide,
  type StateOrNone,
} from '../../../src/domain/dossier/index.js';
import {
  BASE_FACTS,
  CITIZEN,
  commandFor,
  context,
  HEAD,
  HOUR,
  LEADER,
  NOW,
  OTHER_PROCESSOR,
  PROCESS,
  PROCESSOR,
  RECEIVER,
  SYSTEM,
  validScenario,
} from './helpers/fixtures.js';

function effectsOf(
  state: StateOrNone,
  command: DossierCommand,
  ctx: DecisionContext,
): readonly DossierEffect[] {
  const d = decide(state, command, ctx);
  if (!d.ok) throw new Error(`${d.code}: ${d.message}`);
  return d.effects;
}

describe('resolved effects', () => {
  it('receives at the counter: clock, first step with the receiving officer, Mẫu 01, sync 2', () => {
    const d = decide('none', { action: 'receive_at_counter' }, context('none', RECEIVER));
    expect(d).toMatchObject({
      ok: true,
      next: 'received',
      nationalStatus: 2,
      previousNationalStatus: null,
      stepIndex: 0,
    });
    expect(d.ok && d.effects).toEqual([
      { type: 'start_clock', at: NOW },
      { type: 'open_step', stepIndex: 0, stepCode: 'tiep_nhan', assigneeId: 'recv-1', at: NOW },
      { type: 'issue_form', form: 'mau_01' },
      { type: 'sync_outbox', nationalStatus: 2 },
      { type: 'notify_citizen', notice: 'received' },
    ]);
  });

  it('forwards: closes the step, opens the next one, and syncs the move (status 4 kept inside processing)', () => {
    const fromReceived = decide(
      'received',
      { action: 'forward', assigneeId: null },
      context('received', RECEIVER),
    );
    expect(fromReceived).toMatchObject({ ok: true, next: 'processing', stepIndex: 1 });
    expect(fromReceived.ok && fromReceived.effects).toEqual([
      { type: 'close_step', stepIndex: 0, stepCode: 'tiep_nhan', closure: 'forwarded', at: NOW },
      { type: 'open_step', stepIndex: 1, stepCode: 'phan_cong', assigneeId: null, at: NOW },
      { type: 'sync_outbox', nationalStatus: 4 },
    ]);
    const inside = decide(
      'processing',
      { action: 'forward', assigneeId: 'lead-1' },
      context('processing', PROCESSOR),
    );
    expect(inside).toMatchObject({ ok: true, stepIndex: 3 });
    expect(inside.ok && inside.effects).toEqual([
      { type: 'close_step', stepIndex: 2, stepCode: 'tham_dinh', closure: 'forwarded', at: NOW },
      { type: 'open_step', stepIndex: 3, stepCode: 'ky_duyet', assigneeId: 'lead-1', at: NOW },
      { type: 'sync_outbox', nationalStatus: 4 },
    ]);
  });

  it('returns to the previous step and recalls to the sender', () => {
    const back = decide(
      'processing',
      { action: 'return_step', reason: 'Bổ sung ý kiến', assigneeId: 'head-1' },
      context('processing', PROCESSOR),
    );
    expect(back).toMatchObject({ ok: true, stepIndex: 1 });
    expect(back.ok && back.effects[1]).toEqual({
      type: 'open_step',
      stepIndex: 1,
      stepCode: 'phan_cong',
      assigneeId: 'head-1',
      at: NOW,
    });
    const { command, ctx } = validScenario('processing', 'recall');
    expect(effectsOf('processing', command, ctx)).toEqual([
      { type: 'close_step', stepIndex: 2, stepCode: 'tham_dinh', closure: 'recalled', at: NOW },
      { type: 'open_step', stepIndex: 1, stepCode: 'phan_cong', assigneeId: HEAD.id, at: NOW },
      { type: 'sync_outbox', nationalStatus: 4 },
    ]);
  });

  it('assigns and reassigns without leaving the step', () => {
    const { command, ctx } = validScenario('processing', 'reassign');
    const d = decide('processing', command, ctx);
    expect(d).toMatchObject({ ok: true, stepIndex: 2 });
    expect(d.ok && d.effects).toEqual([
      {
        type: 'set_assignee',
        stepIndex: 2,
        assigneeId: OTHER_PROCESSOR.id,
        previousAssigneeId: PROCESSOR.id,
      },
    ]);
  });

  it('pauses for a supplement after appraisal and resumes on receipt of it', () => {
    const due = NOW + 5 * 24 * HOUR;
    const request = decide(
      'processing',
      { action: 'request_supplement', reason: ' Thiếu bản sao ', citizenDueAt: due },
      context('processing', PROCESSOR),
    );
    expect(request).toMatchObject({
      ok: true,
      next: 'supplement_requested',
      nationalStatus: 5,
      stepIndex: 2,
    });
    expect(request.ok && request.effects).toEqual([
      { type: 'pause_clock', kind: 'supplement', at: NOW },
      { type: 'record_supplement_request', phase: 'appraisal', reason: 'Thiếu bản sao', citizenDueAt: due },
      { type: 'issue_form', form: 'mau_02' },
      { type: 'schedule_supplement_expiry', at: due },
      { type: 'sync_outbox', nationalStatus: 5 },
      { type: 'notify_citizen', notice: 'supplement_requested' },
    ]);
    const back = decide(
      'supplement_requested',
      { action: 'receive_supplement' },
      context('supplement_requested', CITIZEN),
    );
    expect(back).toMatchObject({ ok: true, next: 'processing', stepIndex: 2 });
    expect(back.ok && back.effects).toEqual([
      { type: 'resume_clock', kind: 'supplement', at: NOW },
      { type: 'cancel_supplement_expiry' },
      { type: 'sync_outbox', nationalStatus: 4 },
      { type: 'notify_citizen', notice: 'supplement_received' },
    ]);
  });

  it('requests a supplement before receipt without touching the clock', () => {
    const { command, ctx } = validScenario('submitted', 'request_supplement');
    const effects = effectsOf('submitted', command, ctx);
    expect(effects.map((e) => e.type)).not.toContain('pause_clock');
    expect(effects).toContainEqual(
      expect.objectContaining({ type: 'record_supplement_request', phase: 'intake' }),
    );
  });

  it('refuses automatically when the supplement deadline passes, ending the clock while paused', () => {
    const ctx = context('supplement_requested', SYSTEM, { supplementDueAt: NOW - HOUR });
    const d = decide('supplement_requested', { action: 'supplement_expired' }, ctx);
    expect(d).toMatchObject({ ok: true, next: 'refused', nationalStatus: 9, stepIndex: null });
    expect(d.ok && d.effects).toEqual([
      { type: 'cancel_supplement_expiry' },
      { type: 'close_step', stepIndex: 2, stepCode: 'tham_dinh', closure: 'ended', at: NOW },
      { type: 'end_clock', at: NOW, whilePaused: 'supplement' },
      { type: 'set_outcome', outcome: 'refused', reason: null },
      { type: 'issue_form', form: 'mau_03' },
      { type: 'sync_outbox', nationalStatus: 9 },
      { type: 'notify_citizen', notice: 'refused' },
    ]);
    const intake = decide(
      'intake_supplement_requested',
      { action: 'supplement_expired' },
      context('intake_supplement_requested', SYSTEM, { supplementDueAt: NOW - HOUR }),
    );
    expect(intake).toMatchObject({ ok: true, next: 'rejected_at_intake', nationalStatus: 3 });
  });

  it('a refusal after appraisal is 9 with outcome refused, then 10 once its notice is returned', () => {
    const refuse = decide(
      'processing',
      { action: 'refuse', reason: ' Không đủ điều kiện ' },
      context('processing', PROCESSOR),
    );
    expect(refuse).toMatchObject({ ok: true, next: 'refused', nationalStatus: 9 });
    expect(refuse.ok && refuse.effects).toContainEqual({
      type: 'set_outcome',
      outcome: 'refused',
      reason: 'Không đủ điều kiện',
    });
    expect(refuse.ok && refuse.effects).toContainEqual({ type: 'end_clock', at: NOW, whilePaused: null });
    const returned = decide(
      'refused',
      { action: 'return_result', channel: 'post' },
      context('refused', RECEIVER),
    );
    expect(returned).toMatchObject({
      ok: true,
      next: 'returned',
      nationalStatus: 10,
      previousNationalStatus: 9,
    });
    expect(returned.ok && returned.effects).toEqual([
      { type: 'record_return', channel: 'post', at: NOW },
      { type: 'sync_outbox', nationalStatus: 10 },
      { type: 'notify_citizen', notice: 'result_returned' },
    ]);
  });

  it('records the result at the last step', () => {
    const ctx = context('processing', LEADER, { stepIndex: 3, assigneeId: LEADER.id });
    expect(effectsOf('processing', commandFor('record_result'), ctx)).toEqual([
      { type: 'close_step', stepIndex: 3, stepCode: 'ky_duyet', closure: 'completed', at: NOW },
      { type: 'end_clock', at: NOW, whilePaused: null },
      { type: 'record_result', number: '123/UBND-CT', signer: 'Nguyễn Văn A', signedOn: '2026-03-10' },
      { type: 'set_outcome', outcome: 'result_issued', reason: null },
      { type: 'sync_outbox', nationalStatus: 9 },
      { type: 'notify_citizen', notice: 'result_ready' },
    ]);
  });

  it('pauses for financial obligations and ends paused when stopped', () => {
    const request = effectsOf('processing', commandFor('request_payment'), context('processing', PROCESSOR));
    expect(request.slice(0, 2)).toEqual([
      { type: 'pause_clock', kind: 'financial_obligation', at: NOW },
      { type: 'record_payment_request', amount: 50_000, description: 'Lệ phí' },
    ]);
    expect(
      effectsOf('awaiting_payment', { action: 'record_payment' }, context('awaiting_payment', SYSTEM))[0],
    ).toEqual({
      type: 'resume_clock',
      kind: 'financial_obligation',
      at: NOW,
    });
    const stop = effectsOf('awaiting_payment', commandFor('stop'), context('awaiting_payment', HEAD));
    expect(stop).toContainEqual({ type: 'end_clock', at: NOW, whilePaused: 'financial_obligation' });
    expect(stop).toContainEqual({ type: 'sync_outbox', nationalStatus: 8 });
  });

  it('reschedules with the validated new due date and Mẫu 04', () => {
    const { command, ctx } = validScenario('processing', 'reschedule');
    expect(effectsOf('processing', command, ctx)).toEqual([
      {
        type: 'set_due_date',
        dueAt: NOW + 120 * HOUR,
        previousDueAt: NOW + 48 * HOUR,
        originalDueAt: NOW + 48 * HOUR,
        rescheduleCount: 1,
        reason: 'Chờ ý kiến của cơ quan phối hợp',
      },
      { type: 'issue_form', form: 'mau_04' },
      { type: 'sync_outbox', nationalStatus: 4 },
      { type: 'notify_citizen', notice: 'rescheduled' },
    ]);
  });

  it('consults another agency without leaving processing', () => {
    const d = decide('processing', commandFor('consult'), context('processing', PROCESSOR));
    expect(d).toMatchObject({ ok: true, next: 'processing', stepIndex: 2 });
    expect(d.ok && d.effects).toEqual([
      {
        type: 'open_consultation',
        agency: 'Công an xã',
        content: 'Xác minh nơi cư trú',
        dueAt: NOW + 24 * HOUR,
      },
    ]);
  });

  it('transfers non-territorially without a national sync (the competent unit continues)', () => {
    const d = decide('received', commandFor('transfer_non_territorial'), context('received', RECEIVER));
    expect(d).toMatchObject({ ok: true, next: 'transferred', nationalStatus: 2, stepIndex: null });
    expect(d.ok && d.effects).toEqual([
      { type: 'close_step', stepIndex: 0, stepCode: 'tiep_nhan', closure: 'ended', at: NOW },
      { type: 'set_outcome', outcome: 'transferred', reason: null },
      { type: 'transfer_to_unit', unitCode: '26737' },
      { type: 'notify_citizen', notice: 'transferred' },
    ]);
  });
});

/** A minimal application layer: applies a decision to the facts the way a use case would. */
function apply(
  facts: DossierFacts,
  effects: readonly DossierEffect[],
  stepIndex: number | null,
): DossierFacts {
  let next = { ...facts, stepIndex };
  for (const e of effects) {
    if (e.type === 'open_step') next = { ...next, assigneeId: e.assigneeId };
    if (e.type === 'close_step') next = { ...next, assigneeId: null };
    if (e.type === 'set_assignee') next = { ...next, assigneeId: e.assigneeId };
    if (e.type === 'record_supplement_request') {
      next = {
        ...next,
        supplementRequestCount: next.supplementRequestCount + 1,
        supplementDueAt: e.citizenDueAt,
      };
    }
    if (e.type === 'cancel_supplement_expiry') next = { ...next, supplementDueAt: null };
  }
  return next;
}

describe('a dossier walked through the whole counter path', () => {
  it('intake → assignment → appraisal → supplement → approval → result → return', () => {
    let state: StateOrNone = 'none';
    let facts: DossierFacts = { ...BASE_FACTS, ownerAccountId: null };
    const codes: number[] = [];
    const step = (command: DossierCommand, actor = RECEIVER, extra: Partial<DossierFacts> = {}): void => {
      facts = { ...facts, ...extra };
      const d = decide(state, command, { actor, now: NOW, process: PROCESS, facts });
      if (!d.ok) throw new Error(`${state} × ${command.action}: ${d.code} ${d.message}`);
      state = d.next;
      facts = apply(facts, d.effects, d.stepIndex);
      for (const e of d.effects) if (e.type === 'sync_outbox') codes.push(e.nationalStatus);
    };
    step({ action: 'receive_at_counter' });
    step({ action: 'forward', assigneeId: null }, RECEIVER, { workingDaysSinceReceipt: 0 });
    step({ action: 'assign', assignee: { id: 'head-1', departmentCode: 'VHXH' } }, HEAD);
    step({ action: 'forward', assigneeId: PROCESSOR.id }, HEAD);
    step(
      { action: 'request_supplement', reason: 'Thiếu bản sao CCCD', citizenDueAt: NOW + 48 * HOUR },
      PROCESSOR,
      {
        workingDaysSinceReceipt: 2,
      },
    );
    expect(
      decide(state, { action: 'forward' }, { actor: PROCESSOR, now: NOW, process: PROCESS, facts }).ok,
    ).toBe(false);
    step({ action: 'receive_supplement' });
    // A second supplement request is refused.
    const again = decide(state, commandFor('request_supplement'), {
      actor: PROCESSOR,
      now: NOW,
      process: PROCESS,
      facts,
    });
    expect(again).toMatchObject({ ok: false, code: 'SUPPLEMENT_ALREADY_REQUESTED' });
    step({ action: 'forward', assigneeId: LEADER.id }, PROCESSOR);
    step(commandFor('record_result'), LEADER);
    step({ action: 'return_result', channel: 'counter' });
    expect(state as DossierState).toBe('returned');
    // Step moves inside processing are synced with status 4 (progress entries of the portal's copy).
    expect(codes).toEqual([2, 4, 4, 5, 4, 4, 9, 10]);
  });
});
