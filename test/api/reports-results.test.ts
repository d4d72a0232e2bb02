// GET /api/reports/dossier-results: dossiers built through the real API while the clock moves, plus
// rows inserted directly (carried over, paused without events, transferred, refused at intake,
// history only in events); the SQL report must equal the pure formulas applied to the same rows,
// on every period, grouping and unit selection, and satisfy the invariant on every row and total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DossierResultFigures,
  figuresOnly,
  invariantViolations,
  openTotal,
  type ReportDossier,
  sumFigures,
  tallyReport,
} from '../../src/domain/reports/index.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};

const STAFF = ['tiepnhan', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu', 'giamdoc'];

async function at(iso: string) {
  h.clock.set(iso);
  for (const u of STAFF) s[u] = await login(h.app, `tamthanh.${u}`);
  s.ltvTiepnhan = await login(h.app, 'luongvantri.tiepnhan');
  s.ltvVanthu = await login(h.app, 'luongvantri.vanthu');
  s.province = await login(h.app, 'langson.theodoi');
}

type D = { id: string; version: number; state: string };
let dossierProcedure: { code: string; caseCode: string; components: { code: string; quantity: number }[] };

async function receive(unitCode = '06001', who = 'tiepnhan'): Promise<D> {
  const res = await call(h.app, s[who]!, 'POST', '/api/dossiers', {
    unitCode,
    procedureCode: dossierProcedure.code,
    caseCode: dossierProcedure.caseCode,
    owner: { kind: 'citizen', fullName: 'Nguyễn Thị Hằng', idNumber: '020190001234', phone: '0912345678' },
    components: dossierProcedure.components.map((c) => ({
      code: c.code,
      quantity: c.quantity,
      provided: true,
    })),
    feePayment: 'now',
    returnChannel: 'counter',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function act(who: string, d: D, body: Record<string, unknown>): Promise<D> {
  const res = await call(h.app, s[who]!, 'POST', `/api/dossiers/${d.id}/actions`, {
    ...body,
    version: d.version,
  });
  expect(res.statusCode, `${body.action}: ${res.body}`).toBe(200);
  return res.json();
}

/** received → processing at the appraisal step of tamthanh.chuyenvien. */
async function toAppraisal(d: D): Promise<D> {
  d = await act('tiepnhan', d, { action: 'forward' });
  return act('truongphong', d, { action: 'forward', assigneeId: ids.chuyenvien });
}

async function toResult(d: D, signedOn: string): Promise<D> {
  d = await act('chuyenvien', d, { action: 'forward', assigneeId: ids.lanhdao });
  d = await act('lanhdao', d, { action: 'forward', assigneeId: ids.vanthu });
  return act('vanthu', d, {
    action: 'record_result',
    number: '1/2026/TEST',
    signer: 'Trần Văn Bình',
    signedOn,
  });
}

beforeAll(async () => {
  h = await createHarness({ now: '2026-02-02T02:00:00.000Z' });
  await at('2026-02-02T02:00:00.000Z');
  const admin = await login(h.app, 'tamthanh.quantri');
  const users = (await call(h.app, admin, 'GET', '/api/users?unitCode=06001&limit=200')).json().items;
  for (const u of users as { username: string; id: string }[]) ids[u.username.split('.')[1]!] = u.id;
  const proc = (await call(h.app, s.tiepnhan!, 'GET', '/api/procedures/1.004884')).json();
  dossierProcedure = { code: proc.code, caseCode: 'TH1', components: proc.components };

  // Mon 02/02: A resolved early and returned; B stopped at once.
  let a = await toAppraisal(await receive());
  const b = await receive();
  await act('truongphong', b, { action: 'stop', reason: 'Công dân đề nghị dừng giải quyết' });
  await at('2026-02-03T02:00:00.000Z');
  a = await toResult(a, '2026-02-03');
  await act('tiepnhan', a, { action: 'return_result', channel: 'counter' });
  // Tue 03/02: C paused for a supplement, resumed in March; D withdrawn later.
  let c = await toAppraisal(await receive());
  c = await act('chuyenvien', c, {
    action: 'request_supplement',
    reason: 'Bổ sung giấy tờ',
    citizenDueDate: '2026-03-31',
  });
  let d = await toAppraisal(await receive());
  await at('2026-02-10T02:00:00.000Z');
  await receive(); // E: never acted on.
  await at('2026-02-20T03:00:00.000Z');
  d = await act('tiepnhan', d, { action: 'withdraw', reason: 'Công dân rút hồ sơ' });
  await at('2026-02-27T02:00:00.000Z');
  const f = await toAppraisal(await receive());
  await at('2026-03-02T02:00:00.000Z');
  let g = await toAppraisal(await receive());
  const ltv = await receive('06002', 'ltvTiepnhan');
  await at('2026-03-03T02:00:00.000Z');
  g = await act('chuyenvien', g, { action: 'request_payment', amount: 50_000 });
  await at('2026-03-05T02:00:00.000Z');
  await act('chuyenvien', f, { action: 'refuse', reason: 'Không đủ điều kiện theo quy định' });
  await at('2026-03-10T02:00:00.000Z');
  c = await act('tiepnhan', c, { action: 'receive_supplement' });
  await at('2026-03-12T02:00:00.000Z');
  await toResult(c, '2026-03-12');
  await at('2026-03-16T02:00:00.000Z');
  const ltvDone = (await call(h.app, s.ltvTiepnhan!, 'GET', `/api/dossiers/${ltv.id}`)).json();
  expect(ltvDone.state).toBe('received');

  // Rows written directly, copied from A with the columns a report reads overridden.
  const db = h.deps.database;
  const tam = (await db.query<{ id: string }>("SELECT id FROM units WHERE code = '06001'"))[0]!.id;
  const vanLinh = (await db.query<{ id: string }>("SELECT id FROM units WHERE code = '06003'"))[0]!.id;
  const vn = (x: string) => new Date(`${x}:00.000+07:00`).toISOString();
  const insert = makeInsert(a.id);
  await insert({
    unit_id: tam,
    received_at: vn('2026-01-20T09:00'),
    due_at: vn('2026-01-27T17:00'),
    paused_at: vn('2026-01-22T10:00'),
    pause_kind: 'supplement',
    state: 'supplement_requested',
  });
  await insert({
    unit_id: tam,
    received_at: vn('2026-01-26T09:00'),
    due_at: vn('2026-02-02T17:00'),
    finished_at: vn('2026-02-04T10:00'),
    outcome: 'result_issued',
    state: 'returned',
    channel: 'online',
    source: 'dvcqg',
  });
  await insert({
    unit_id: tam,
    received_at: vn('2026-02-16T09:00'),
    due_at: vn('2026-02-23T17:00'),
    paused_at: vn('2026-02-18T10:00'),
    pause_kind: 'financial_obligation',
    finished_at: vn('2026-02-18T10:00'),
    outcome: 'stopped',
    state: 'stopped',
    channel: 'postal',
  });
  await insert({
    unit_id: tam,
    received_at: null,
    due_at: null,
    outcome: 'rejected_at_intake',
    state: 'rejected_at_intake',
  });
  await insert({
    unit_id: tam,
    received_at: vn('2026-02-05T09:00'),
    outcome: 'transferred',
    state: 'transferred',
  });
  await insert({
    unit_id: vanLinh,
    received_at: vn('2026-02-11T09:00'),
    due_at: null,
    channel: 'online',
    state: 'received',
    field_code: 'ZZ',
  });
  await insert({
    unit_id: vanLinh,
    received_at: vn('2026-02-11T15:00'),
    due_at: vn('2026-02-12T17:00'),
    finished_at: vn('2026-02-12T23:59'),
    outcome: 'result_issued',
    state: 'resolved',
  });
  // History in events only: paused on 20/02 (so paused at the end of February), resolved 10/03.
  const ev = await insert({
    unit_id: tam,
    received_at: vn('2026-01-15T09:00'),
    due_at: vn('2026-03-09T17:00'),
    finished_at: vn('2026-03-10T10:00'),
    outcome: 'result_issued',
    state: 'resolved',
  });
  for (const [when, to] of [
    ['2026-01-15T09:00', 'received'],
    ['2026-02-20T09:00', 'supplement_requested'],
    ['2026-03-05T09:00', 'processing'],
    ['2026-03-10T10:00', 'resolved'],
  ] as const)
    await db.query(
      "INSERT INTO dossier_events (dossier_id, unit_id, at, action, actor_name, to_state, national_status) VALUES ($1, $2, $3, 'test', 'Kiểm thử', $4, 2)",
      [ev, tam, vn(when), to],
    );
}, 240_000);
afterAll(() => h?.close());

let copies = 0;
function makeInsert(templateId: string) {
  return async (overrides: Record<string, unknown>): Promise<string> => {
    const db = h.deps.database;
    const cols = await db.query<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'dossiers' AND column_name NOT IN ('id', 'code')",
    );
    const set = { paused_at: null, pause_kind: null, finished_at: null, outcome: null, ...overrides };
    const keys = Object.keys(set);
    const select = cols.map((c) =>
      keys.includes(c.column_name) ? `$${keys.indexOf(c.column_name) + 3}::${c.data_type}` : c.column_name,
    );
    copies += 1;
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO dossiers (code, ${cols.map((c) => c.column_name).join(', ')})
       SELECT $2, ${select.join(', ')} FROM dossiers WHERE id = $1 RETURNING id`,
      [templateId, `TEST-${copies}`, ...Object.values(set)],
    );
    return row!.id;
  };
}

/** Every dossier with the columns the report reads, and its transitions, straight from the database. */
async function allRows() {
  const db = h.deps.database;
  const rows = await db.query<Record<string, unknown>>(
    `SELECT d.id, u.code AS unit_code, u.name AS unit_name, d.field_code, d.procedure_code, d.channel, d.source,
            d.received_at, d.finished_at, d.due_at, d.outcome, d.paused_at, d.pause_kind
       FROM dossiers d JOIN units u ON u.id = d.unit_id`,
  );
  const events = await db.query<{ dossier_id: string; at: Date; to_state: string }>(
    'SELECT dossier_id, at, to_state FROM dossier_events ORDER BY id',
  );
  const ms = (v: unknown) => (v === null ? null : new Date(v as string).getTime());
  return rows.map((r) => {
    const transitions = events
      .filter((e) => e.dossier_id === r.id)
      .map((e) => ({ at: new Date(e.at).getTime(), toState: e.to_state }));
    const dossier: ReportDossier = {
      receivedAt: ms(r.received_at),
      finishedAt: ms(r.finished_at),
      dueAt: ms(r.due_at),
      outcome: r.outcome as string | null,
      channel: r.channel as ReportDossier['channel'],
      pausedAt: ms(r.paused_at),
      pauseKind: r.pause_kind as string | null,
      transitions,
    };
    return { row: r as Record<string, string>, dossier };
  });
}

const KEY_COLUMN = {
  field: 'field_code',
  procedure: 'procedure_code',
  unit: 'unit_code',
  channel: 'channel',
  source: 'source',
} as const;
type GroupBy = keyof typeof KEY_COLUMN;

async function report(who: string, q: Record<string, string>) {
  const res = await call(h.app, s[who]!, 'GET', `/api/reports/dossier-results?${new URLSearchParams(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    rows: ({ key: string; label: string } & DossierResultFigures)[];
    total: DossierResultFigures;
    unitCode: string;
  };
}

const PERIODS = [
  ['2026-02-01', '2026-02-28'],
  ['2026-03-01', '2026-03-31'],
  ['2026-02-01', '2026-03-31'],
  ['2026-01-01', '2026-04-30'],
  ['2026-02-15', '2026-03-14'],
  ['2026-02-03', '2026-02-03'],
  ['2026-02-18', '2026-02-18'],
  ['2026-03-10', '2026-03-12'],
] as const;

const SELECTIONS = [
  { who: 'giamdoc', unitCode: '06001', includeChildren: 'false', units: ['06001'] },
  { who: 'province', unitCode: '20', includeChildren: 'true', units: ['20', '06001', '06002', '06003'] },
  { who: 'province', unitCode: '06003', includeChildren: 'false', units: ['06003'] },
] as const;

describe('dossier-results report', () => {
  it('equals the pure formulas on the same rows, for every period, grouping and unit selection', async () => {
    const data = await allRows();
    let compared = 0;
    for (const sel of SELECTIONS)
      for (const [from, to] of PERIODS)
        for (const groupBy of Object.keys(KEY_COLUMN) as GroupBy[]) {
          const got = await report(sel.who, {
            unitCode: sel.unitCode,
            from,
            to,
            groupBy,
            includeChildren: sel.includeChildren,
          });
          const mine = data.filter((x) => (sel.units as readonly string[]).includes(x.row.unit_code!));
          const expected = tallyReport(
            mine.map((x) => ({ key: x.row[KEY_COLUMN[groupBy]]!, label: '', dossier: x.dossier })),
            { from, to },
            groupBy === 'unit' ? sel.units.map((u) => ({ key: u, label: '' })) : [],
          );
          const context = `${sel.unitCode} ${from}..${to} by ${groupBy}`;
          expect(
            got.rows.map((r) => ({ key: r.key, ...figuresOnly(r) })),
            context,
          ).toEqual(expected.rows.map((r) => ({ key: r.key, ...figuresOnly(r) })));
          expect(got.total, context).toEqual(expected.total);
          for (const r of [...got.rows, got.total]) expect(invariantViolations(r), context).toEqual([]);
          expect(sumFigures(got.rows.map(figuresOnly))).toEqual(got.total);
          for (const r of got.rows) expect(r.label.length).toBeGreaterThan(0);
          compared += 1;
        }
    expect(compared).toBe(SELECTIONS.length * PERIODS.length * 5);
  });

  it('counts the scenario as the definitions say', async () => {
    const feb = await report('giamdoc', {
      unitCode: '06001',
      from: '2026-02-01',
      to: '2026-02-28',
      groupBy: 'channel',
    });
    // Carried over: the January dossier paused by columns, the January result of 04/02, the events-only one.
    expect(feb.total.received).toMatchObject({ carriedOver: 3, total: feb.total.received.new + 3 });
    expect(feb.total.resolved).toMatchObject({ early: 1, late: 1 });
    expect(feb.total).toMatchObject({ stopped: 2, withdrawn: 1, refused: 0 });
    // Open at the end of February: C and the January one (supplement), the events-only one (supplement),
    // E and F (in progress).
    expect(feb.total.paused).toEqual({ total: 3, supplement: 3, financialObligation: 0 });
    const mar = await report('giamdoc', {
      unitCode: '06001',
      from: '2026-03-01',
      to: '2026-03-31',
      groupBy: 'field',
    });
    expect(mar.total.received.carriedOver).toBe(openTotal(feb.total));
    expect(mar.total).toMatchObject({ refused: 1 });
    expect(mar.total.paused).toMatchObject({ financialObligation: 1 });
    expect(feb.rows.find((r) => r.key === 'postal')?.label).toBe('Dịch vụ bưu chính công ích');
  });

  it('sums the child units to the province, and lists every commune', async () => {
    const q = { from: '2026-02-01', to: '2026-03-31', groupBy: 'unit' };
    const province = await report('province', { ...q, unitCode: '20', includeChildren: 'true' });
    expect(province.rows.map((r) => r.key)).toEqual(['06001', '06002', '06003', '20']);
    const children = await Promise.all(
      ['06001', '06002', '06003', '20'].map((u) => report('province', { ...q, unitCode: u })),
    );
    expect(sumFigures(children.map((c) => c.total))).toEqual(province.total);
    for (const [i, c] of children.entries()) expect(figuresOnly(province.rows[i]!)).toEqual(c.total);
    expect(province.rows[0]!.label).toBe('Phường Tam Thanh');
  });

  it('refuses a reversed or too long period and unknown groupings, in Vietnamese', async () => {
    const bad = async (q: Record<string, string>) =>
      call(
        h.app,
        s.giamdoc!,
        'GET',
        `/api/reports/dossier-results?${new URLSearchParams({ unitCode: '06001', ...q })}`,
      );
    let res = await bad({ from: '2026-03-02', to: '2026-03-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'REPORT_PERIOD_INVALID' });
    expect(res.json().error.message).toMatch(/ngày kết thúc/i);
    res = await bad({ from: '2020-01-01', to: '2026-01-01' });
    expect(res.json().error).toMatchObject({
      code: 'REPORT_PERIOD_TOO_LONG',
      message: 'Kỳ báo cáo dài tối đa 5 năm',
    });
    res = await bad({ from: '2026-02-30', to: '2026-03-01' });
    expect(res.statusCode).toBe(400);
    res = await bad({ from: '2026-03-01', to: '2026-03-02', groupBy: 'officer' });
    expect(res.statusCode).toBe(400);
  });

  it("answers 404 for another unit's report and 403 without the permission", async () => {
    const q = new URLSearchParams({ from: '2026-02-01', to: '2026-02-28' });
    const other = await call(h.app, s.giamdoc!, 'GET', `/api/reports/dossier-results?unitCode=06002&${q}`);
    expect(other.statusCode).toBe(404);
    const children = await call(
      h.app,
      s.giamdoc!,
      'GET',
      `/api/reports/dossier-results?unitCode=20&includeChildren=true&${q}`,
    );
    expect(children.statusCode).toBe(404);
    const receiver = await call(
      h.app,
      s.tiepnhan!,
      'GET',
      `/api/reports/dossier-results?unitCode=06001&${q}`,
    );
    expect(receiver.statusCode).toBe(403);
  });
});

describe('report_daily (the flows the report sums)', () => {
  type Q = Pick<Harness['deps']['database'], 'query'>;
  const kept = `SELECT unit_id, day::text, field_code, procedure_code, channel, source, received, early, on_time,
           late, refused, withdrawn, stopped
      FROM report_daily
     WHERE received <> 0 OR early <> 0 OR on_time <> 0 OR late <> 0 OR refused <> 0 OR withdrawn <> 0 OR stopped <> 0`;
  const sorted = (rows: Record<string, unknown>[]) =>
    rows.map((r) => JSON.stringify(r)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  /** report_daily equals the facts recomputed from the dossier rows as they are now. */
  async function expectInStep(db: Q) {
    const [row] = await db.query<{ sql: string }>("SELECT report_daily_facts_sql('dossiers', 1) AS sql");
    const expected = await db.query<Record<string, unknown>>(
      `SELECT unit_id, day::text, field_code, procedure_code, channel, source,
              sum(received)::int AS received, sum(early)::int AS early, sum(on_time)::int AS on_time,
              sum(late)::int AS late, sum(refused)::int AS refused, sum(withdrawn)::int AS withdrawn,
              sum(stopped)::int AS stopped
         FROM (${row!.sql}) f
        GROUP BY 1, 2, 3, 4, 5, 6`,
    );
    const got = await db.query<Record<string, unknown>>(kept);
    expect(got.length).toBeGreaterThan(0);
    expect(sorted(got)).toEqual(sorted(expected));
  }

  it('equals a recomputation from the dossier rows after every write of the scenario', async () => {
    await expectInStep(h.deps.database);
  });

  it('follows updates and deletes of many rows in one statement (new facts minus old facts)', async () => {
    const before = sorted(await h.deps.database.query<Record<string, unknown>>(kept));
    await h.deps.database.withSession(async (session) => {
      await session.exec('BEGIN');
      try {
        await session.exec(
          "UPDATE dossiers SET finished_at = finished_at + interval '1 day' WHERE finished_at IS NOT NULL",
        );
        await session.exec("UPDATE dossiers SET outcome = 'stopped' WHERE outcome = 'withdrawn'");
        await session.exec(
          "UPDATE dossiers SET due_at = due_at - interval '3 days' WHERE due_at IS NOT NULL",
        );
        const changed = sorted(await session.query<Record<string, unknown>>(kept));
        expect(changed).not.toEqual(before);
        await expectInStep(session);
        await session.exec(
          'DELETE FROM dossier_events; DELETE FROM dossier_steps; DELETE FROM dossier_sources; DELETE FROM stored_files; DELETE FROM dossier_components',
        );
        await session.exec('DELETE FROM dossiers WHERE id IN (SELECT id FROM dossiers ORDER BY id LIMIT 5)');
        await expectInStep(session);
      } finally {
        await session.exec('ROLLBACK');
      }
    });
    expect(sorted(await h.deps.database.query<Record<string, unknown>>(kept))).toEqual(before);
  });
});
