import { describe, expect, it } from 'vitest';
import {
  ACTION_LABELS,
  DOSSIER_ACTIONS,
  DOSSIER_STATES,
  type DossierAction,
  type DossierState,
  decide,
  isTerminal,
  NATIONAL_STATUS,
  NATIONAL_STATUS_LABELS,
  nationalStatusOf,
  STATE_LABELS,
  type StateOrNone,
  TERMINAL_STATES,
  TRANSITIONS,
} from '../../../src/domain/dossier/index.js';
import { commandFor, context, RECEIVER, validScenario } from './helpers/fixtures.js';

/** The specification, written independently of src: every allowed pair and its next state. */
const EXPECTED: Record<StateOrNone, Partial<Record<DossierAction, DossierState>>> = {
  none: {
    submit_online: 'submitted',
    receive_at_counter: 'received',
    refuse_at_counter: 'rejected_at_intake',
  },
  submitted: {
    accept_online: 'received',
    refuse_online: 'rejected_at_intake',
    request_supplement: 'intake_supplement_requested',
    withdraw: 'withdrawn',
  },
  intake_supplement_requested: {
    receive_supplement: 'submitted',
    supplement_expired: 'rejected_at_intake',
    withdraw: 'withdrawn',
  },
  rejected_at_intake: {},
  received: {
    forward: 'processing',
    record_result: 'resolved',
    refuse: 'refused',
    stop: 'stopped',
    withdraw: 'withdrawn',
    transfer_non_territorial: 'transferred',
  },
  processing: {
    request_supplement: 'supplement_requested',
    assign: 'processing',
    forward: 'processing',
    return_step: 'processing',
    recall: 'processing',
    reassign: 'processing',
    consult: 'processing',
    consult_reply: 'processing',
    refuse: 'refused',
    request_payment: 'awaiting_payment',
    stop: 'stopped',
    withdraw: 'withdrawn',
    reschedule: 'processing',
    record_result: 'resolved',
  },
  supplement_requested: {
    receive_supplement: 'processing',
    supplement_expired: 'refused',
    stop: 'stopped',
    withdraw: 'withdrawn',
  },
  awaiting_payment: { record_payment: 'processing', stop: 'stopped', withdraw: 'withdrawn' },
  withdrawn: {},
  stopped: {},
  resolved: { return_result: 'returned' },
  refused: { return_result: 'returned' },
  returned: {},
  transferred: {},
};

const ALL_STATES: StateOrNone[] = ['none', ...DOSSIER_STATES];
const PAIRS = ALL_STATES.flatMap((state) => DOSSIER_ACTIONS.map((action) => ({ state, action })));
const ALLOWED = PAIRS.filter(({ state, action }) => EXPECTED[state][action] !== undefined);
const DISALLOWED = PAIRS.filter(({ state, action }) => EXPECTED[state][action] === undefined);

describe('transition table', () => {
  it('has exactly the specified pairs', () => {
    for (const state of ALL_STATES) {
      expect(Object.keys(TRANSITIONS[state]).sort(), state).toEqual(Object.keys(EXPECTED[state]).sort());
    }
    expect(PAIRS).toHaveLength(ALL_STATES.length * DOSSIER_ACTIONS.length);
    expect(ALLOWED.length + DISALLOWED.length).toBe(PAIRS.length);
  });

  it.each(ALLOWED)('$state × $action → allowed', ({ state, action }) => {
    const { command, ctx } = validScenario(state, action);
    const d = decide(state, command, ctx);
    expect(d).toMatchObject({ ok: true, from: state, action, next: EXPECTED[state][action] });
    if (d.ok) {
      expect(d.nationalStatus).toBe(NATIONAL_STATUS[d.next]);
      expect(d.previousNationalStatus).toBe(nationalStatusOf(state));
    }
  });

  it.each(DISALLOWED)('$state × $action → INVALID_TRANSITION', ({ state, action }) => {
    // Even an actor and payload that would pass every guard elsewhere is refused.
    const d = decide(state, commandFor(action), context(state, RECEIVER));
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.code).toBe('INVALID_TRANSITION');
      expect(d.message).toBe(
        `Không thể thực hiện thao tác "${ACTION_LABELS[action]}" khi hồ sơ đang ở trạng thái "${STATE_LABELS[state]}".`,
      );
      expect(d.message).toContain(STATE_LABELS[state]);
    }
  });

  it('terminal states allow nothing', () => {
    expect([...TERMINAL_STATES].sort()).toEqual(
      ['rejected_at_intake', 'returned', 'stopped', 'transferred', 'withdrawn'].sort(),
    );
    for (const state of TERMINAL_STATES) {
      expect(isTerminal(state)).toBe(true);
      expect(Object.keys(TRANSITIONS[state])).toEqual([]);
    }
    for (const state of ALL_STATES.filter((s) => !TERMINAL_STATES.includes(s as DossierState))) {
      expect(isTerminal(state)).toBe(false);
      expect(Object.keys(TRANSITIONS[state]).length, state).toBeGreaterThan(0);
    }
  });

  it('every state is reachable from none and every non-terminal state can reach a terminal one', () => {
    const reach = (from: StateOrNone): Set<StateOrNone> => {
      const seen = new Set<StateOrNone>([from]);
      const queue = [from];
      while (queue.length > 0) {
        const s = queue.shift()!;
        for (const row of Object.values(TRANSITIONS[s])) {
          if (row && !seen.has(row.next)) {
            seen.add(row.next);
            queue.push(row.next);
          }
        }
      }
      return seen;
    };
    expect(reach('none').size).toBe(ALL_STATES.length);
    for (const state of DOSSIER_STATES) {
      expect(
        [...reach(state)].some((s) => isTerminal(s)),
        state,
      ).toBe(true);
    }
  });

  it('syncs the national status whenever it changes, and otherwise only a new due date or a step move', () => {
    const stepMoves = new Set(['forward', 'return_step', 'recall']);
    for (const state of ALL_STATES) {
      for (const [action, row] of Object.entries(TRANSITIONS[state])) {
        if (!row) continue;
        const changes = nationalStatusOf(state) !== NATIONAL_STATUS[row.next];
        const syncs = row.effects.some((e) => e.type === 'sync_outbox');
        if (changes) expect(syncs, `${state} × ${action}`).toBe(true);
        else if (action === 'reschedule' || stepMoves.has(action))
          expect(syncs, `${state} × ${action}`).toBe(true);
        else expect(syncs, `${state} × ${action}`).toBe(false);
      }
    }
  });

  it('maps states to the national status codes of legal-rules §3.1', () => {
    expect(NATIONAL_STATUS).toEqual({
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
      refused: 9,
      returned: 10,
      transferred: 2,
    });
    expect(NATIONAL_STATUS_LABELS[6]).toBe('Yêu cầu thực hiện nghĩa vụ tài chính');
    expect(NATIONAL_STATUS_LABELS[10]).toBe('Đã trả kết quả');
    expect(nationalStatusOf('none')).toBeNull();
  });

  it('has a Vietnamese label for every state and action', () => {
    const vietnamese = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
    for (const state of ALL_STATES) expect(STATE_LABELS[state], state).toMatch(vietnamese);
    for (const action of DOSSIER_ACTIONS) expect(ACTION_LABELS[action], action).toMatch(vietnamese);
  });
});
