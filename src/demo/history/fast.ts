// Fast bulk load for benchmarks (`motcua generate --fast`): millions of dossiers written with
// PostgreSQL `COPY … FROM STDIN`, spread over the communes of province 20 (bench communes are created
// when the demo ones are not enough for the requested dossiers per unit).
//
// What is written (docs/decisions/0010-demo-history-and-list-benchmark.md, "Fast bulk path"):
// - Every row has source = 'bench'; the codes, owners, timeline (working days, office hours, procedure
//   weights, channels) and daily code counters are exactly those of the full generator.
// - Dossiers created within `recentMs` of the end of the period (the ones that can still be open) are
//   simulated in full through the state machine (simulate.ts): row, step history and events.
// - Older dossiers are finished and written as a single row without steps or events (note says so):
//   returned with a result (most), refused then returned, withdrawn, stopped, rejected at intake, in
//   the generator's proportions; receipt, cut-off and due date from the unit's calendar
//   (computeDueDate), finishing inside the processing time (1.5 % late), return by channel.
//   No supplements, payments or pauses on those rows.
// - No audit_events or outbox rows (like the full generator).
import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Database, Session } from '../../db/database.js';
import { accounts, departments, officerAssignments, units } from '../../db/schema.js';
import {
  addWorkingMinutes,
  computeDueDate,
  effectiveReceipt,
  toLocalDate,
} from '../../domain/calendar/index.js';
import { formatDossierCode, stepAllottedMinutes } from '../../domain/dossier/index.js';
import type { ProcessDefinition } from '../../domain/dossier/types.js';
import type { ProcedureRow } from '../../modules/catalog/repository.js';
import { processOfCase } from '../../modules/dossiers/process.js';
import { COMMUNE_STAFF, DEMO_DEPARTMENTS, DEMO_UNITS, FAMILY, GIVEN, MIDDLE } from '../demo-data.js';
import type { Draft } from './apply.js';
import { HISTORY_SPAN_MS } from './generate.js';
import { homeProvinceOf, makeOwner, type Owner } from './people.js';
import { intBetween, mulberry32, pick, type Rng, seedOf } from './random.js';
import { RATES, type Simulated, simulateDossier } from './simulate.js';
import { buildTimeline, CHANNELS, versionOn } from './timeline.js';
import { HistoryError, loadUnitContext, type UnitContext } from './unit-context.js';
import { timeOrderedIds } from './write.js';

export const BENCH_SOURCE = 'bench';
export const BENCH_NOTE = 'Dữ liệu đo hiệu năng (motcua generate --fast)';
export const BENCH_NOTE_FINISHED = `${BENCH_NOTE}: hồ sơ đã kết thúc, không ghi các bước xử lý và nhật ký`;
export const FAST_REFUSED_ON_PGLITE =
  'Chế độ nạp nhanh (--fast) dùng lệnh COPY của PostgreSQL, cơ sở dữ liệu nhúng PGlite không hỗ trợ. ' +
  'Hãy đặt DATABASE_URL tới một máy chủ PostgreSQL, hoặc bỏ --fast để dùng bộ sinh lịch sử đầy đủ.';

const PROVINCE = '20';
/** Bench communes: 06101, 06102 … (the demo communes of province 20 are 06001–06003). */
const BENCH_UNIT_BASE = 6100;
const MAX_BENCH_UNITS = 899;

export type FastOptions = {
  count: number;
  /** Dossiers per commune (default 250,000, a large commune over two years). */
  perUnit?: number;
  seed: number;
  /** End of the period ("now"), epoch ms. */
  until: number;
  spanMs?: number;
  /** Dossiers created this close to `until` are simulated in full (default 45 days). */
  recentMs?: number;
  /** Rows per COPY into the staging table. */
  chunkRows?: number;
  /** Units loaded at the same time, each on its own connection (default 2). */
  parallel?: number;
  /**
   * Drop the secondary (non-unique) indexes of dossiers, dossier_steps and dossier_events before the
   * load and rebuild them after it (same definitions). For a benchmark database only.
   */
  dropIndexes?: boolean;
  onIndexes?: (phase: 'dropped' | 'rebuilt', ms: number) => void;
  onProgress?: (done: number, total: number) => void;
};

export type FastResult = {
  /** COPY phase only; `ms` includes the index rebuild when indexes were dropped. */
  loadMs: number;
  indexMs: number;
  dossiers: number;
  simulated: number;
  steps: number;
  events: number;
  units: string[];
  ms: number;
};

const esc = (s: string) =>
  /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
const txt = (s: string | null | undefined) => (s === null || s === undefined ? '\\N' : esc(s));
const tsv = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? '\\N' : new Date(ms).toISOString();
const num = (n: number | null | undefined) => (n === null || n === undefined ? '\\N' : String(n));
const json = (v: unknown) => (v === null || v === undefined ? '\\N' : esc(JSON.stringify(v)));

const DOSSIER_COLUMNS =
  'id, code, unit_id, procedure_id, procedure_code, procedure_name, field_code, case_code, process, duration, ' +
  'state, national_status, outcome, channel, source, owner_kind, owner_name, owner_search, owner_id_number, ' +
  'owner_phone, owner_email, owner_address, return_channel, fee_payment, fee_total, fee_paid_at, fee_paid_online, ' +
  'submitted_at, received_at, counting_starts_at, due_at, original_due_at, paused_at, pause_kind, supplement_due_at, ' +
  'supplement_count, reschedule_count, step_index, assignee_id, step_due_at, pending_consultations, last_handoff, ' +
  'finished_at, result, returned_at, received_by, tracking_key, note, version, created_at, updated_at';
const STAGE_COLUMNS = DOSSIER_COLUMNS.replace('process, duration, ', 'tpl, ');
const STEP_COLUMNS =
  'dossier_id, step_index, step_code, step_name, role, assignee_id, opened_at, due_at, closed_at, closure, closed_by, closed_by_name';
const EVENT_COLUMNS =
  'dossier_id, unit_id, at, action, actor_id, actor_name, from_state, to_state, national_status, note, data';

/** The communes of province 20 that receive the load, creating bench communes (with officers) as needed. */
export async function ensureBenchUnits(database: Database, needed: number): Promise<string[]> {
  const { db } = database;
  const demo = DEMO_UNITS.filter((u) => u.parentCode === PROVINCE).map((u) => u.code);
  const extra = Math.max(0, needed - demo.length);
  if (extra > MAX_BENCH_UNITS) throw new HistoryError(`Quá nhiều đơn vị thử nghiệm cần tạo (${extra}).`);
  const codes = [...demo];
  for (let i = 1; i <= extra; i++) codes.push(String(BENCH_UNIT_BASE + i).padStart(5, '0'));
  const [province] = await db.select().from(units).where(eq(units.code, PROVINCE));
  if (!province)
    throw new HistoryError('Chưa có dữ liệu mẫu (tỉnh 20); hãy chạy "npx motcua seed-demo" trước.');
  const present = new Set(
    (await db.select({ code: units.code }).from(units).where(inArray(units.code, codes))).map((u) => u.code),
  );
  const now = new Date();
  let n = 0;
  for (const code of codes) {
    if (present.has(code)) continue;
    if (!code.startsWith('061')) throw new HistoryError(`Không tìm thấy đơn vị mẫu ${code}.`);
    const label = code.slice(2);
    await db.transaction(async (tx) => {
      const [unit] = await tx
        .insert(units)
        .values({
          code,
          name: `Xã Thử Nghiệm ${label}`,
          kind: 'commune',
          parentId: province.id,
          validFrom: '2025-07-01',
          centerName: `Trung tâm Phục vụ hành chính công xã Thử Nghiệm ${label} (dữ liệu đo hiệu năng)`,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: units.id });
      const deptIds = new Map<string, string>();
      for (const d of DEMO_DEPARTMENTS) {
        const [row] = await tx
          .insert(departments)
          .values({ unitId: unit!.id, ...d, createdAt: now })
          .returning({ id: departments.id });
        deptIds.set(d.code, row!.id);
      }
      for (const [suffix, role, dept] of COMMUNE_STAFF) {
        n++;
        const departmentId = dept ? deptIds.get(dept)! : null;
        // No password: bench officers only appear as actors and assignees of generated dossiers.
        const [a] = await tx
          .insert(accounts)
          .values({
            kind: 'officer',
            username: `bench${code}.${suffix}`,
            passwordHash: null,
            fullName: `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n * 3) % MIDDLE.length]} ${GIVEN[(n * 7) % GIVEN.length]}`,
            unitId: unit!.id,
            departmentId,
            roles: [role],
            active: true,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: accounts.id });
        await tx
          .insert(officerAssignments)
          .values({ accountId: a!.id, unitId: unit!.id, departmentId, roles: [role], startedAt: now });
      }
    });
  }
  return codes;
}

/** Reserves the daily code numbers of a whole unit load (one upsert) and returns the codes in order. */
async function reserveCodes(
  session: Session,
  unit: { id: string; code: string },
  createdAt: Float64Array,
): Promise<string[]> {
  const days: string[] = new Array(createdAt.length);
  const perDay = new Map<string, number>();
  for (let i = 0; i < createdAt.length; i++) {
    const day = toLocalDate(createdAt[i]!);
    days[i] = day;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const keys = [...perDay.keys()];
  const rows = await session.query<{ day: string; last: number }>(
    `INSERT INTO dossier_code_counters (unit_id, day, last)
     SELECT $1::uuid, d, n FROM unnest($2::date[], $3::int[]) AS u(d, n)
     ON CONFLICT (unit_id, day) DO UPDATE SET last = dossier_code_counters.last + EXCLUDED.last
     RETURNING day::text AS day, last`,
    [unit.id, keys, keys.map((d) => perDay.get(d)!)],
  );
  const next = new Map(rows.map((r) => [r.day, Number(r.last) - perDay.get(r.day)! + 1]));
  return days.map((day, i) => {
    const seq = next.get(day)!;
    next.set(day, seq + 1);
    return formatDossierCode(unit.code, createdAt[i]!, seq);
  });
}

type CaseInfo = {
  caseCode: string;
  process: ProcessDefinition;
  processText: string;
  /** Duration JSON text by channel (0 counter/postal, 1 online). */
  durationText: [string, string];
  span: [Draft['duration'], Draft['duration']];
  fees: [number, number];
  /** Sum of the steps' allotted working minutes. */
  allotted: number;
};

/** Case data per procedure version, computed once per unit. */
function caseInfo(ctx: UnitContext) {
  const cache = new Map<string, CaseInfo>();
  return (version: ProcedureRow, caseIndex: number): CaseInfo => {
    const key = `${version.id}/${caseIndex}`;
    let c = cache.get(key);
    if (c) return c;
    const def = version.definition;
    const kase = def.cases[caseIndex]!;
    const process = processOfCase(def.code, kase);
    const counter = kase.durations.counter;
    const online = kase.durations.online ?? counter;
    const span = (s: typeof counter): Draft['duration'] => ({
      amount: s.amount,
      unit: s.unit,
      cutoff: def.cutoff,
    });
    const fee = (on: boolean) =>
      def.fees.reduce((sum, f) => sum + (on && f.onlineAmount !== null ? f.onlineAmount : f.amount), 0);
    const allotted = process.steps.reduce((sum, s) => sum + stepAllottedMinutes(ctx.calendar, s.allotted), 0);
    c = {
      caseCode: kase.code,
      process,
      processText: JSON.stringify(process),
      durationText: [JSON.stringify(span(counter)), JSON.stringify(span(online))],
      span: [span(counter), span(online)],
      fees: [fee(false), fee(true)],
      allotted,
    };
    cache.set(key, c);
    return c;
  };
}

type Row = {
  sim: Simulated;
  /** Process and duration JSON (synthetic rows: computed once per case), else serialized from the draft. */
  processText: string | null;
  durationText: string | null;
  finishedOnly: boolean;
};

/** Process/duration pairs sent once per unit into a temporary table and referenced by number. */
class Templates {
  private readonly index = new Map<string, number>();
  pending: { i: number; process: string; duration: string }[] = [];
  of(process: string, duration: string): number {
    const key = `${process}\u0000${duration}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.index.size + 1;
      this.index.set(key, i);
      this.pending.push({ i, process, duration });
    }
    return i;
  }
}

/** A finished dossier older than the recent window, without steps or events (see the file header). */
function finishedDossier(
  ctx: UnitContext,
  info: ReturnType<typeof caseInfo>,
  createdAt: number,
  channel: (typeof CHANNELS)[number],
  procedureIndex: number,
  rng: Rng,
): Row {
  const { calendar } = ctx;
  const version = versionOn(ctx.procedures[procedureIndex]!.versions, toLocalDate(createdAt));
  const def = version.definition;
  const caseIndex = def.cases.length > 1 && rng() < 0.3 ? 1 + Math.floor(rng() * (def.cases.length - 1)) : 0;
  const c = info(version, caseIndex);
  const online = channel === 'online';
  const ch = online ? 1 : 0;
  const fees = c.fees[ch];
  const feePayment: Draft['feePayment'] =
    fees === 0 ? 'exempt' : !online && rng() < RATES.feeAtReturn ? 'at_return' : 'now';
  const returnChannel: Draft['returnChannel'] =
    channel === 'postal'
      ? 'post'
      : online
        ? rng() < 0.6
          ? 'electronic'
          : 'counter'
        : def.postalAllowed && rng() < 0.08
          ? 'post'
          : 'counter';
  const receiver = pick(rng, ctx.staff.get('receiving_officer')!);
  const leader = pick(rng, ctx.staff.get('signing_leader')!);
  const perDay = calendar.workingMsPerDay / 60_000;
  const d: Draft = {
    process: c.process,
    duration: c.span[ch],
    state: 'returned',
    nationalStatus: 10,
    outcome: 'result_issued',
    returnChannel,
    feePayment,
    feePaidAt: feePayment === 'now' ? createdAt : null,
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
    version: 1,
    updatedAt: createdAt,
    steps: [],
    events: [],
  };
  let receivedBy: string | null = receiver.id;
  let received = createdAt;
  const r = rng();
  if (online) {
    received = addWorkingMinutes(
      calendar,
      effectiveReceipt(calendar, createdAt, -1),
      intBetween(rng, 5, 180),
    );
    if (r < RATES.onlineRefused + RATES.onlineWithdrawn) {
      // Refused or withdrawn before acceptance: never received, no clock.
      const refused = r < RATES.onlineRefused;
      d.state = refused ? 'rejected_at_intake' : 'withdrawn';
      d.outcome = refused ? 'rejected_at_intake' : 'withdrawn';
      d.nationalStatus = refused ? 3 : 7;
      d.version = 2;
      d.updatedAt = received;
      receivedBy = null;
      return {
        sim: done(),
        processText: c.processText,
        durationText: c.durationText[ch],
        finishedOnly: true,
      };
    }
  }
  const due = computeDueDate(calendar, {
    receivedAt: received,
    amount: d.duration.amount,
    unit: d.duration.unit,
    cutoff: d.duration.cutoff,
  });
  d.receivedAt = received;
  d.countingStartsAt = due.countingStartsAt;
  d.dueAt = due.dueAt;
  d.originalDueAt = due.dueAt;
  const late = rng() < RATES.late;
  const spend = Math.max(1, c.allotted * (0.1 + 0.7 * rng()));
  let finished = late
    ? addWorkingMinutes(calendar, Math.max(due.dueAt, received), intBetween(rng, 30, 3 * perDay))
    : addWorkingMinutes(calendar, received, spend);
  const end = rng();
  const steps = c.process.steps.length;
  d.version = steps + 2 + (online ? 1 : 0);
  if (end < RATES.withdrawn + RATES.stopped) {
    const withdrawn = end < RATES.withdrawn;
    finished = addWorkingMinutes(calendar, received, spend * rng());
    d.state = withdrawn ? 'withdrawn' : 'stopped';
    d.outcome = withdrawn ? 'withdrawn' : 'stopped';
    d.nationalStatus = withdrawn ? 7 : 8;
    d.finishedAt = finished;
    d.updatedAt = finished;
    d.version = 2 + (online ? 1 : 0) + Math.floor(rng() * steps);
  } else {
    const refused = end > 1 - RATES.refused;
    if (refused) {
      finished = addWorkingMinutes(calendar, received, spend * 0.5);
      d.outcome = 'refused';
      d.version = 4 + (online ? 1 : 0);
    } else {
      d.result = {
        number: `${intBetween(rng, 1, 9999)}/${toLocalDate(finished).slice(0, 4)}/${def.result.code ?? 'KQ'}`,
        signer: leader.name,
        signedOn: toLocalDate(finished),
      };
    }
    const sameDay = d.duration.unit === 'working_days' && d.duration.amount === 0;
    const minutes =
      returnChannel === 'electronic'
        ? intBetween(rng, 1, 30)
        : returnChannel === 'post'
          ? perDay * (0.5 + 1.5 * rng())
          : sameDay
            ? intBetween(rng, 5, 40)
            : perDay * 3 * rng() ** 2 + 10;
    d.finishedAt = finished;
    d.returnedAt = addWorkingMinutes(calendar, finished, minutes);
    d.updatedAt = d.returnedAt;
    if (feePayment === 'at_return') d.feePaidAt = d.returnedAt;
  }
  return { sim: done(), processText: c.processText, durationText: c.durationText[ch], finishedOnly: true };

  function done(): Simulated {
    return {
      draft: d,
      procedure: { id: version.id, code: version.code, name: version.name, fieldCode: version.fieldCode },
      caseCode: c.caseCode,
      channel,
      createdAt,
      receivedBy,
      feeTotal: fees,
      feePaidOnline: online && feePayment === 'now',
    };
  }
}

function stageLine(
  unitId: string,
  id: string,
  code: string,
  row: Row,
  owner: Owner,
  trackingKey: string,
  templates: Templates,
): string {
  const { sim } = row;
  const d = sim.draft;
  const tpl = templates.of(
    row.processText ?? JSON.stringify(d.process),
    row.durationText ?? JSON.stringify(d.duration),
  );
  return `${[
    id,
    code,
    unitId,
    sim.procedure.id,
    esc(sim.procedure.code),
    esc(sim.procedure.name),
    esc(sim.procedure.fieldCode),
    esc(sim.caseCode),
    tpl,
    d.state,
    d.nationalStatus,
    txt(d.outcome),
    sim.channel,
    BENCH_SOURCE,
    'citizen',
    esc(owner.name),
    esc(owner.search),
    txt(owner.idNumber),
    txt(owner.phone),
    txt(owner.email),
    txt(owner.address),
    d.returnChannel,
    d.feePayment,
    sim.feeTotal,
    tsv(d.feePaidAt),
    sim.feePaidOnline ? 't' : 'f',
    tsv(sim.createdAt),
    tsv(d.receivedAt),
    tsv(d.countingStartsAt),
    tsv(d.dueAt),
    tsv(d.originalDueAt),
    tsv(d.pausedAt),
    txt(d.pauseKind),
    tsv(d.supplementDueAt),
    d.supplementCount,
    d.rescheduleCount,
    num(d.stepIndex),
    txt(d.assigneeId),
    tsv(d.stepDueAt),
    d.pendingConsultations,
    json(d.lastHandoff),
    tsv(d.finishedAt),
    json(d.result),
    tsv(d.returnedAt),
    txt(sim.receivedBy),
    trackingKey,
    row.finishedOnly ? BENCH_NOTE_FINISHED : BENCH_NOTE,
    d.version,
    tsv(sim.createdAt),
    tsv(d.updatedAt),
  ].join('\t')}\n`;
}

const BULK_TABLES = ['dossiers', 'dossier_steps', 'dossier_events'];

/** Secondary indexes (not primary keys or unique constraints) of the bulk-loaded tables, with their definitions. */
async function secondaryIndexes(database: Database) {
  return database.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
        AND NOT x.indisprimary AND NOT x.indisunique
      ORDER BY t.relname, i.relname`,
    [BULK_TABLES],
  );
}

/** One unit in one transaction: counters, dossiers (staged, then inserted with their templates), steps, events. */
async function loadUnit(
  database: Database,
  o: FastOptions,
  unitCode: string,
  share: number,
  range: { from: number; until: number; recentFrom: number },
  progress: (rows: number) => void,
) {
  const ctx = await loadUnitContext(database.db, unitCode);
  const timeline = buildTimeline(ctx, { count: share, seed: o.seed, from: range.from, until: range.until });
  const info = caseInfo(ctx);
  const home = homeProvinceOf(ctx.provinceCode);
  const rng = mulberry32(seedOf(o.seed, unitCode, 'fast'));
  const unitId = ctx.unit.id;
  const chunkRows = o.chunkRows ?? 20_000;
  const templates = new Templates();
  const stepLines: string[] = [];
  const eventLines: string[] = [];
  let simulated = 0;
  await database.withSession(async (session) => {
    if (!session.copyFrom) throw new HistoryError(FAST_REFUSED_ON_PGLITE);
    await session.exec('BEGIN');
    try {
      // Bench data can be regenerated: no need to wait for the WAL flush at commit.
      await session.exec('SET LOCAL synchronous_commit = off');
      const codes = await reserveCodes(session, ctx.unit, timeline.createdAt);
      // The process and duration JSON (~1.5 KB a row) are parsed once per case, not once per row.
      await session.exec(`
        CREATE TEMP TABLE bench_stage ON COMMIT DROP AS SELECT * FROM dossiers WITH NO DATA;
        ALTER TABLE bench_stage DROP COLUMN process, DROP COLUMN duration, ADD COLUMN tpl integer;
        CREATE TEMP TABLE bench_tpl (i integer PRIMARY KEY, process jsonb, duration jsonb) ON COMMIT DROP;`);
      for (let start = 0; start < share; start += chunkRows) {
        const end = Math.min(share, start + chunkRows);
        const ids = timeOrderedIds(end - start);
        const keys = randomBytes(12 * (end - start));
        const lines: string[] = [];
        for (let i = start; i < end; i++) {
          const createdAt = timeline.createdAt[i]!;
          const channel = CHANNELS[timeline.channel[i]!]!;
          const procedureIndex = timeline.procedure[i]!;
          let row: Row;
          if (createdAt >= range.recentFrom) {
            const sim = simulateDossier(ctx, { createdAt, channel, procedureIndex }, rng, range.until);
            row = { sim, processText: null, durationText: null, finishedOnly: false };
          } else {
            row = finishedDossier(ctx, info, createdAt, channel, procedureIndex, rng);
          }
          const owner = makeOwner(rng, home, ctx.unit.name, new Date(createdAt).getUTCFullYear());
          const id = ids[i - start]!;
          const key = keys.subarray((i - start) * 12, (i - start) * 12 + 12).toString('base64url');
          lines.push(stageLine(unitId, id, codes[i]!, row, owner, key, templates));
          if (!row.finishedOnly) {
            simulated++;
            for (const s of row.sim.draft.steps)
              stepLines.push(
                `${[id, s.stepIndex, esc(s.stepCode), esc(s.stepName), txt(s.role), txt(s.assigneeId), tsv(s.openedAt), tsv(s.dueAt), tsv(s.closedAt), txt(s.closure), txt(s.closedBy), txt(s.closedByName)].join('\t')}\n`,
              );
            for (const e of row.sim.draft.events)
              eventLines.push(
                `${[id, unitId, tsv(e.at), esc(e.action), txt(e.actorId), esc(e.actorName), txt(e.fromState), e.toState, e.nationalStatus, txt(e.note), json(e.data)].join('\t')}\n`,
              );
          }
        }
        if (templates.pending.length) {
          const t = templates.pending;
          templates.pending = [];
          await session.query(
            `INSERT INTO bench_tpl SELECT * FROM unnest($1::int[], $2::jsonb[], $3::jsonb[])`,
            [t.map((x) => x.i), t.map((x) => x.process), t.map((x) => x.duration)],
          );
        }
        await session.copyFrom(`COPY bench_stage (${STAGE_COLUMNS}) FROM STDIN`, batched(lines, 2000));
        await session.exec(
          `INSERT INTO dossiers (${DOSSIER_COLUMNS})
           SELECT ${DOSSIER_COLUMNS.replace('process, duration', 't.process, t.duration')}
             FROM bench_stage JOIN bench_tpl t ON t.i = bench_stage.tpl;
           TRUNCATE bench_stage;`,
        );
        progress(end - start);
      }
      if (stepLines.length)
        await session.copyFrom(`COPY dossier_steps (${STEP_COLUMNS}) FROM STDIN`, batched(stepLines, 5000));
      if (eventLines.length)
        await session.copyFrom(
          `COPY dossier_events (${EVENT_COLUMNS}) FROM STDIN`,
          batched(eventLines, 5000),
        );
      await session.exec('COMMIT');
    } catch (e) {
      await session.exec('ROLLBACK').catch(() => {});
      throw e;
    }
  });
  return { simulated, steps: stepLines.length, events: eventLines.length };
}

function* batched(lines: string[], size: number) {
  for (let i = 0; i < lines.length; i += size) yield lines.slice(i, i + size).join('');
}

/**
 * Loads `count` dossiers with COPY (PostgreSQL only; throws HistoryError with FAST_REFUSED_ON_PGLITE on
 * PGlite). Each unit is one transaction; `parallel` units are loaded at the same time.
 */
export async function generateFast(database: Database, o: FastOptions): Promise<FastResult> {
  if (database.kind !== 'postgres') throw new HistoryError(FAST_REFUSED_ON_PGLITE);
  const started = performance.now();
  const perUnit = o.perUnit ?? 250_000;
  const codes = await ensureBenchUnits(database, Math.max(1, Math.ceil(o.count / perUnit)));
  const range = {
    from: o.until - (o.spanMs ?? HISTORY_SPAN_MS),
    until: o.until,
    recentFrom: o.until - (o.recentMs ?? 45 * 86_400_000),
  };
  const totals: FastResult = {
    loadMs: 0,
    indexMs: 0,
    dossiers: 0,
    simulated: 0,
    steps: 0,
    events: 0,
    units: [],
    ms: 0,
  };
  const dropped = o.dropIndexes ? await secondaryIndexes(database) : [];
  if (dropped.length) {
    const t = performance.now();
    await database.exec(dropped.map((x) => `DROP INDEX IF EXISTS "${x.name}";`).join('\n'));
    o.onIndexes?.('dropped', performance.now() - t);
  }
  const loadStarted = performance.now();
  try {
    const queue = codes
      .map((code, u) => ({
        code,
        share: Math.floor(o.count / codes.length) + (u < o.count % codes.length ? 1 : 0),
      }))
      .filter((x) => x.share > 0);
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const r = await loadUnit(database, o, next.code, next.share, range, (rows) => {
          totals.dossiers += rows;
          o.onProgress?.(totals.dossiers, o.count);
        });
        totals.simulated += r.simulated;
        totals.steps += r.steps;
        totals.events += r.events;
        totals.units.push(next.code);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, o.parallel ?? 2) }, worker));
  } finally {
    totals.loadMs = performance.now() - loadStarted;
    if (dropped.length) {
      const t = performance.now();
      await database.withSession(async (session) => {
        await session.exec("SET maintenance_work_mem = '1GB'");
        for (const x of dropped)
          await session.exec(x.def.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '));
      });
      totals.indexMs = performance.now() - t;
      o.onIndexes?.('rebuilt', totals.indexMs);
    }
  }
  totals.units.sort();
  totals.ms = performance.now() - started;
  return totals;
}
