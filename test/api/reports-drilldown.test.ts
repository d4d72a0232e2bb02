// GET /api/reports/dossier-results/dossiers: the dossiers behind a figure. Dossiers are built through
// the real API while the clock moves; for every figure of the total and of each row, the drill-down
// list (followed over all its pages) has exactly as many dossiers as the figure, each listed once.
// Also GET /api/reports/periods.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
const STAFF = ['tiepnhan', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu', 'giamdoc'];

async function at(iso: string) {
  h.clock.set(iso);
  for (const u of STAFF) s[u] = await login(h.app, `tamthanh.${u}`);
}

type D = { id: string; version: number };
let proc: { code: string; components: { code: string; quantity: number }[] };

async function receive(): Promise<D> {
  const res = await call(h.app, s.tiepnhan!, 'POST', '/api/dossiers', {
    unitCode: '06001',
    procedureCode: proc.code,
    caseCode: 'TH1',
    owner: { kind: 'citizen', fullName: 'Trần Thị Mai', idNumber: '020190004321', phone: '0912345678' },
    components: proc.components.map((c) => ({ code: c.code, quantity: c.quantity, provided: true })),
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

async function toAppraisal(d: D): Promise<D> {
  d = await act('tiepnhan', d, { action: 'forward' });
  return act('truongphong', d, { action: 'forward', assigneeId: ids.chuyenvien });
}

async function toResult(d: D, signedOn: string): Promise<D> {
  d = await act('chuyenvien', d, { action: 'forward', assigneeId: ids.lanhdao });
  d = await act('lanhdao', d, { action: 'forward', assigneeId: ids.vanthu });
  return act('vanthu', d, {
    action: 'record_result',
    number: '2/2026/TEST',
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
  proc = (await call(h.app, s.tiepnhan!, 'GET', '/api/procedures/1.004884')).json();

  // January: two received and left open (carried over into February).
  await at('2026-01-20T02:00:00.000Z');
  await receive();
  const jan = await toAppraisal(await receive());
  // February: resolved early, stopped, withdrawn, paused for a supplement, paused for payment, open.
  await at('2026-02-02T02:00:00.000Z');
  let a = await toAppraisal(await receive());
  const b = await receive();
  await act('truongphong', b, { action: 'stop', reason: 'Công dân đề nghị dừng giải quyết' });
  const c = await toAppraisal(await receive());
  await act('chuyenvien', c, {
    action: 'request_supplement',
    reason: 'Bổ sung giấy tờ',
    citizenDueDate: '2026-03-31',
  });
  const g = await toAppraisal(await receive());
  await act('chuyenvien', g, { action: 'request_payment', amount: 50_000 });
  const d = await toAppraisal(await receive());
  await at('2026-02-03T02:00:00.000Z');
  a = await toResult(a, '2026-02-03');
  await act('tiepnhan', a, { action: 'return_result', channel: 'counter' });
  await at('2026-02-10T02:00:00.000Z');
  await act('tiepnhan', d, { action: 'withdraw', reason: 'Công dân rút hồ sơ' });
  for (let i = 0; i < 3; i += 1) await receive();
  await at('2026-02-20T02:00:00.000Z');
  await act('chuyenvien', jan, { action: 'refuse', reason: 'Không đủ điều kiện theo quy định' });
}, 240_000);
afterAll(() => h?.close());

const FIGURES = [
  'received.total',
  'received.new',
  'received.carriedOver',
  'received.online',
  'received.direct',
  'received.postal',
  'resolved.total',
  'resolved.early',
  'resolved.onTime',
  'resolved.late',
  'refused',
  'withdrawn',
  'stopped',
  'inProgress.total',
  'inProgress.withinDeadline',
  'inProgress.overdue',
  'paused.total',
  'paused.supplement',
  'paused.financialObligation',
] as const;

type Figures = Record<string, number | Record<string, number>>;
const figureValue = (f: Figures, path: string): number => {
  const [a, b] = path.split('.') as [string, string | undefined];
  const v = f[a]!;
  return typeof v === 'number' ? v : v[b!]!;
};

/** Every dossier id of the drill-down, following the keyset pages of `limit` rows. */
async function drill(q: Record<string, string>, limit = 2): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i += 1) {
    const params = new URLSearchParams({ ...q, limit: String(limit), ...(cursor ? { cursor } : {}) });
    const res = await call(h.app, s.giamdoc!, 'GET', `/api/reports/dossier-results/dossiers?${params}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: { id: string; unitCode: string }[]; nextCursor: string | null };
    expect(page.items.length).toBeLessThanOrEqual(limit);
    out.push(...page.items.map((x) => x.id));
    cursor = page.nextCursor;
    if (!cursor) return out;
  }
  throw new Error('too many pages');
}

describe('report drill-down', () => {
  it('lists as many dossiers as each figure, for the total and every row, on several periods and groupings', async () => {
    let nonZero = 0;
    for (const [from, to] of [
      ['2026-02-01', '2026-02-28'] as const,
      ['2026-02-01', '2026-02-05'],
      ['2026-01-01', '2026-03-31'],
    ])
      for (const groupBy of ['field', 'channel', 'unit']) {
        const q = { unitCode: '06001', from, to, groupBy };
        const res = await call(
          h.app,
          s.giamdoc!,
          'GET',
          `/api/reports/dossier-results?${new URLSearchParams(q)}`,
        );
        expect(res.statusCode, res.body).toBe(200);
        const report = res.json() as { rows: (Figures & { key: string })[]; total: Figures };
        for (const figure of FIGURES) {
          const all = await drill({ ...q, figure });
          expect(all.length, `${from}..${to} ${figure}`).toBe(figureValue(report.total, figure));
          expect(new Set(all).size).toBe(all.length);
          if (all.length) nonZero += 1;
          for (const row of report.rows) {
            const mine = await drill({ ...q, figure, key: row.key }, 50);
            expect(mine.length, `${from}..${to} ${groupBy}=${row.key} ${figure}`).toBe(
              figureValue(row, figure),
            );
          }
        }
      }
    expect(nonZero).toBeGreaterThan(20);
  }, 180_000);

  it('counts the scenario: February', async () => {
    const q = { unitCode: '06001', from: '2026-02-01', to: '2026-02-28' };
    const count = async (figure: string) => (await drill({ ...q, figure }, 50)).length;
    expect(await count('received.carriedOver')).toBe(2);
    expect(await count('received.new')).toBe(8);
    expect(await count('resolved.early')).toBe(1);
    expect(await count('stopped')).toBe(1);
    expect(await count('withdrawn')).toBe(1);
    expect(await count('refused')).toBe(1);
    expect(await count('paused.supplement')).toBe(1);
    expect(await count('paused.financialObligation')).toBe(1);
  });

  it('rejects an unknown figure, a bad cursor, and a row unit outside the report', async () => {
    const base = { unitCode: '06001', from: '2026-02-01', to: '2026-02-28' };
    const get = (q: Record<string, string>) =>
      call(h.app, s.giamdoc!, 'GET', `/api/reports/dossier-results/dossiers?${new URLSearchParams(q)}`);
    expect((await get({ ...base, figure: 'received' })).statusCode).toBe(400);
    expect((await get({ ...base, figure: 'refused', cursor: 'x' })).statusCode).toBe(400);
    expect((await get({ ...base, figure: 'refused', groupBy: 'unit', key: '06003' })).statusCode).toBe(404);
    expect((await get({ ...base, from: '2026-03-01', figure: 'refused' })).statusCode).toBe(400);
  });
});

describe('period presets', () => {
  it('lists the calendar and statistical presets of a date', async () => {
    const res = await call(h.app, s.giamdoc!, 'GET', '/api/reports/periods?date=2026-10-20');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { id: string; from: string; to: string; label: string }[] };
    expect(body.items.find((p) => p.id === 'statistical-quarter')).toMatchObject({
      from: '2026-09-15',
      to: '2026-12-14',
      label: 'Quý IV/2026 (kỳ số liệu 15/09/2026 – 14/12/2026)',
    });
    expect(body.items.find((p) => p.id === 'calendar-month')).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect((await call(h.app, s.giamdoc!, 'GET', '/api/reports/periods?date=2026-02-30')).statusCode).toBe(
      400,
    );
    expect((await call(h.app, s.tiepnhan!, 'GET', '/api/reports/periods?date=2026-10-20')).statusCode).toBe(
      403,
    );
  });
});
