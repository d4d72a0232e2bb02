// One dossier's lifecycle, simulated in memory through the state machine: every action is decided by
// `decide()` (src/domain/dossier) with the actor, facts and process the server would pass, and applied
// by `applyInMemory` (the twin of apply-decision.ts). Actions later than "now" are not taken, so the
// most recent dossiers stay open (received, processing, waiting for a supplement or a payment …).
import type { RoleCode } from '../../contract/auth.js';
import { SYSTEM_ACTOR } from '../../domain/access/actor.js';
import {
  addWorkingMinutes,
  effectiveReceipt,
  epochDayOf,
  instantAt,
  MS_PER_DAY,
  toLocalDate,
} from '../../domain/calendar/index.js';
import {
  type DecisionContext,
  type DossierActor,
  type DossierCommand,
  type DossierFacts,
  decide,
  stepAllottedMinutes,
  workingDaysElapsed,
} from '../../domain/dossier/index.js';
import type { ProcessDefinition, ProcessStep } from '../../domain/dossier/types.js';
import { processOfCase } from '../../modules/dossiers/process.js';
import { type ApplyEnv, applyInMemory, type Draft, type Who } from './apply.js';
import { intBetween, pick, type Rng } from './random.js';
import type { Channel } from './timeline.js';
import type { Officer, UnitContext } from './unit-context.js';

/** Shares of the branches (per dossier unless stated). Tuned to seed 003 and the 1–2 % late. */
export const RATES = {
  late: 0.015,
  onlineRefused: 0.02,
  onlineIntakeSupplement: 0.03,
  onlineWithdrawn: 0.003,
  /** After appraisal, for procedures longer than one day (same-day ones: a tenth of it). */
  appraisalSupplement: 0.06,
  supplementExpired: 0.1,
  supplementWithdrawn: 0.05,
  refused: 0.012,
  withdrawn: 0.004,
  stopped: 0.002,
  /** Land procedures: financial obligation (land use fee, registration fee) before the result. */
  landPayment: 0.5,
  feeAtReturn: 0.15,
} as const;

const PORTAL: Who = { id: null, name: 'Cổng Dịch vụ công quốc gia' };
const PORTAL_ACTOR: DossierActor = {
  kind: 'api_token',
  id: null,
  roles: [],
  permissions: new Set(['dossiers:ingest']),
};
const SYSTEM: Who = { id: null, name: SYSTEM_ACTOR.name };
const SYSTEM_DOSSIER_ACTOR: DossierActor = { kind: 'system', id: null, roles: [], permissions: new Set() };

export type Planned = {
  createdAt: number;
  channel: Channel;
  procedureIndex: number;
};

export type Simulated = {
  draft: Draft;
  procedure: { id: string; code: string; name: string; fieldCode: string };
  caseCode: string;
  channel: Channel;
  createdAt: number;
  receivedBy: string | null;
  feeTotal: number;
  feePaidOnline: boolean;
};

class Stop extends Error {}

export function simulateDossier(ctx: UnitContext, plan: Planned, rng: Rng, now: number): Simulated {
  const { calendar } = ctx;
  const entry = ctx.procedures[plan.procedureIndex]!;
  const date = toLocalDate(plan.createdAt);
  let version = entry.versions[0]!;
  for (const v of entry.versions)
    if (v.effectiveFrom <= date && (v.effectiveTo === null || v.effectiveTo > date)) version = v;
  const def = version.definition;
  const kase = def.cases.length > 1 && rng() < 0.3 ? pick(rng, def.cases.slice(1)) : def.cases[0]!;
  const process: ProcessDefinition = processOfCase(def.code, kase);
  const online = plan.channel === 'online';
  const span = online ? (kase.durations.online ?? kase.durations.counter) : kase.durations.counter;
  const fees = def.fees.reduce(
    (sum, f) => sum + (online && f.onlineAmount !== null ? f.onlineAmount : f.amount),
    0,
  );
  const feePayment: Draft['feePayment'] =
    fees === 0 ? 'exempt' : !online && rng() < RATES.feeAtReturn ? 'at_return' : 'now';
  const returnChannel: Draft['returnChannel'] =
    plan.channel === 'postal'
      ? 'post'
      : online
        ? rng() < 0.6
          ? 'electronic'
          : 'counter'
        : def.postalAllowed && rng() < 0.08
          ? 'post'
          : 'counter';
  const d: Draft = {
    process,
    duration: { amount: span.amount, unit: span.unit, cutoff: def.cutoff },
    state: 'submitted',
    nationalStatus: 1,
    outcome: null,
    returnChannel,
    feePayment,
    feePaidAt: feePayment === 'now' ? plan.createdAt : null,
    receivedAt: null,
    countingStartsAt: null,
    dueAt: null,
    originalDueAt: null,
    pausedAt: null,
    pauseKind: null,
    supplementDueAt: null,
    supplementCount: 0,
    rescheduleCount: 0,
    stepIndex: null,
    assigneeId: null,
    stepDueAt: null,
    pendingConsultations: 0,
    lastHandoff: null,
    finishedAt: null,
    result: null,
    returnedAt: null,
    version: 0,
    updatedAt: plan.createdAt,
    steps: [],
    events: [],
  };
  const env: ApplyEnv = { calendar, policy: ctx.policy };
  const officerFor = (role: RoleCode | null): Officer => {
    const list = ctx.staff.get(role ?? 'processing_officer') ?? ctx.staff.get('processing_officer')!;
    return list.length === 1 ? list[0]! : pick(rng, list);
  };
  const receiver = officerFor('receiving_officer');
  let receivedBy: string | null = null;
  const facts = (at: number): DossierFacts => ({
    unitCode: ctx.unit.code,
    ownerAccountId: null,
    stepIndex: d.stepIndex,
    assigneeId: d.assigneeId,
    supplementRequestCount: d.supplementCount,
    workingDaysSinceReceipt: d.receivedAt === null ? null : workingDaysElapsed(calendar, d.receivedAt, at),
    supplementDueAt: d.supplementDueAt,
    rescheduleCount: d.rescheduleCount,
    pendingConsultations: d.pendingConsultations,
    lastHandoff: d.lastHandoff,
  });
  /** Takes an action at `at` through the state machine; stops the simulation when `at` is after now. */
  const act = (
    command: DossierCommand,
    actor: DossierActor,
    who: Who,
    at: number,
    note: string | null = null,
    data?: Record<string, unknown>,
  ) => {
    if (at > now) throw new Stop();
    const context: DecisionContext = { actor, now: at, process, facts: facts(at) };
    const decision = decide(d.events.length ? d.state : 'none', command, context);
    if (!decision.ok) throw new Error(`demo history: ${command.action} refused: ${decision.message}`);
    applyInMemory(env, d, decision, who, at, note, data);
  };
  const perDay = calendar.workingMsPerDay / 60_000;
  const endOfDayAfter = (at: number, workingDays: number) =>
    instantAt(calendar.nthWorkingDayAfter(epochDayOf(at), workingDays), 0) + MS_PER_DAY - 1;
  const allottedMinutes = (s: ProcessStep) => stepAllottedMinutes(calendar, s.allotted);
  const sameDay = span.unit === 'working_days' && span.amount === 0;

  try {
    let t = plan.createdAt;
    if (online) {
      act({ action: 'submit_online' }, PORTAL_ACTOR, PORTAL, t);
      const r = rng();
      t = addWorkingMinutes(calendar, effectiveReceipt(calendar, t, -1), intBetween(rng, 5, 180));
      if (r < RATES.onlineRefused) {
        act(
          {
            action: 'refuse_online',
            reason: 'Hồ sơ nộp trực tuyến không đúng thủ tục yêu cầu hoặc giấy tờ không hợp lệ',
          },
          receiver.actor,
          receiver,
          t,
          'Giấy tờ đính kèm không hợp lệ',
        );
        return done();
      }
      if (r < RATES.onlineRefused + RATES.onlineWithdrawn) {
        act(
          { action: 'withdraw', reason: 'Công dân rút hồ sơ để nộp lại' },
          PORTAL_ACTOR,
          PORTAL,
          t,
          'Công dân rút hồ sơ để nộp lại',
        );
        return done();
      }
      if (r < RATES.onlineRefused + RATES.onlineWithdrawn + RATES.onlineIntakeSupplement) {
        const due = endOfDayAfter(t, 5);
        act(
          {
            action: 'request_supplement',
            reason: 'Bổ sung bản chụp giấy tờ còn thiếu, ảnh rõ nét',
            citizenDueAt: due,
          },
          receiver.actor,
          receiver,
          t,
          'Bổ sung bản chụp giấy tờ còn thiếu, ảnh rõ nét',
          { citizenDueDate: toLocalDate(due) },
        );
        if (rng() < RATES.supplementExpired) {
          act(
            { action: 'supplement_expired' },
            SYSTEM_DOSSIER_ACTOR,
            SYSTEM,
            due + intBetween(rng, 1, 60) * 1000,
          );
          return done();
        }
        t = Math.min(due - 3_600_000, t + intBetween(rng, 2, 72) * 3_600_000);
        act({ action: 'receive_supplement' }, PORTAL_ACTOR, PORTAL, t);
        t = addWorkingMinutes(calendar, effectiveReceipt(calendar, t, -1), intBetween(rng, 5, 120));
      }
      act({ action: 'accept_online' }, receiver.actor, receiver, t);
    } else {
      act({ action: 'receive_at_counter' }, receiver.actor, receiver, t);
    }
    receivedBy = receiver.id;
    const late = rng() < RATES.late;
    const isLand = version.fieldCode === 'NNMT-DD';
    let appraised = false;
    let me = receiver;
    for (let i = 0; i < process.steps.length; i++) {
      const step = process.steps[i]!;
      const allotted = allottedMinutes(step);
      const appraisal = !appraised && step.role === 'processing_officer';
      let spend = allotted * (0.1 + 0.7 * rng());
      if (late && appraisal) spend = allotted + perDay * intBetween(rng, 1, 3);
      if (appraisal) {
        appraised = true;
        const mid = addWorkingMinutes(calendar, t, Math.max(1, spend * 0.3));
        const supplementRate = sameDay ? RATES.appraisalSupplement / 10 : RATES.appraisalSupplement;
        if (
          rng() < supplementRate &&
          d.supplementCount === 0 &&
          workingDaysElapsed(calendar, d.receivedAt!, mid) <= 3
        ) {
          const due = endOfDayAfter(mid, intBetween(rng, 5, 15));
          const reason = 'Bổ sung giấy tờ chứng minh theo yêu cầu của cơ quan giải quyết';
          act({ action: 'request_supplement', reason, citizenDueAt: due }, me.actor, me, mid, reason, {
            citizenDueDate: toLocalDate(due),
          });
          const r = rng();
          if (r < RATES.supplementExpired) {
            act(
              { action: 'supplement_expired' },
              SYSTEM_DOSSIER_ACTOR,
              SYSTEM,
              due + intBetween(rng, 1, 60) * 1000,
            );
            return done();
          }
          // Within 4 working days: always before the citizen's deadline (at least 5 working days).
          const back = addWorkingMinutes(calendar, mid, perDay * (0.5 + 3.5 * rng()));
          if (r < RATES.supplementExpired + RATES.supplementWithdrawn) {
            act(
              { action: 'withdraw', reason: 'Công dân không bổ sung được giấy tờ' },
              receiver.actor,
              receiver,
              back,
              'Công dân không bổ sung được giấy tờ',
            );
            return done();
          }
          act({ action: 'receive_supplement' }, receiver.actor, receiver, back);
          t = back;
        }
        if (rng() < RATES.refused) {
          const at = addWorkingMinutes(calendar, t, spend);
          const reason = 'Hồ sơ không đủ điều kiện giải quyết theo quy định';
          act({ action: 'refuse', reason }, me.actor, me, at, reason);
          returnResult(at);
          return done();
        }
        if (isLand && rng() < RATES.landPayment) {
          const at = addWorkingMinutes(calendar, t, spend * 0.5);
          const amount = intBetween(rng, 5, 400) * 100_000;
          act(
            { action: 'request_payment', amount, description: 'Tiền sử dụng đất, lệ phí trước bạ' },
            me.actor,
            me,
            at,
            null,
            { amount },
          );
          const paid = addWorkingMinutes(calendar, at, perDay * (0.5 + 6 * rng()));
          const leader = officerFor('receiving_officer');
          act({ action: 'record_payment' }, leader.actor, leader, paid);
          t = paid;
        }
      }
      const r = rng();
      if (r < RATES.withdrawn / process.steps.length) {
        const at = addWorkingMinutes(calendar, t, spend * rng());
        act(
          { action: 'withdraw', reason: 'Công dân đề nghị rút hồ sơ' },
          receiver.actor,
          receiver,
          at,
          'Công dân đề nghị rút hồ sơ',
        );
        return done();
      }
      if (r > 1 - RATES.stopped / process.steps.length && d.state === 'processing') {
        const head = officerFor('signing_leader');
        const at = addWorkingMinutes(calendar, t, spend * rng());
        const reason = 'Dừng xử lý do có tranh chấp, khiếu nại liên quan đến hồ sơ';
        act({ action: 'stop', reason }, head.actor, head, at, reason);
        return done();
      }
      t = addWorkingMinutes(calendar, t, Math.max(1, spend));
      if (i === process.steps.length - 1) {
        const leader = officerFor('signing_leader');
        act(
          {
            action: 'record_result',
            result: {
              number: `${intBetween(rng, 1, 9999)}/${toLocalDate(t).slice(0, 4)}/${def.result.code ?? 'KQ'}`,
              signer: leader.name,
              signedOn: toLocalDate(t),
            },
          },
          me.actor,
          me,
          t,
        );
      } else {
        const next = officerFor(process.steps[i + 1]!.role);
        act({ action: 'forward', assigneeId: next.id }, me.actor, me, t);
        me = next;
      }
    }
    returnResult(t);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return done();

  function returnResult(from: number) {
    const channel = d.returnChannel;
    const minutes =
      channel === 'electronic'
        ? intBetween(rng, 1, 30)
        : channel === 'post'
          ? perDay * (0.5 + 1.5 * rng())
          : sameDay
            ? intBetween(rng, 5, 40)
            : perDay * 3 * rng() ** 2 + 10;
    act(
      { action: 'return_result', channel },
      receiver.actor,
      receiver,
      addWorkingMinutes(calendar, from, minutes),
    );
  }

  function done(): Simulated {
    return {
      draft: d,
      procedure: { id: version.id, code: version.code, name: version.name, fieldCode: version.fieldCode },
      caseCode: kase.code,
      channel: plan.channel,
      createdAt: plan.createdAt,
      receivedBy,
      feeTotal: fees,
      feePaidOnline: online && feePayment === 'now',
    };
  }
}
