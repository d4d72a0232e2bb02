// The leaders' dashboard: live figures (today's receipts by channel, due soon, overdue and partially
// overdue open dossiers by department and officer), period figures (weekly on-time rate, intake by
// field and channel, commune comparison) against dossiers built through the real API on a moving
// clock; every live figure equals the length of its dossier list; the change stream (SSE) tells a
// unit's dashboard about its own changes and not about another unit's.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
const STAFF = ['tiepnhan', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu'];
const NOW = '2026-03-16T02:00:00.000Z'; // Monday 16/03/2026, 09:00 in Hà Nội

async function at(iso: string) {
  h.clock.set(iso);
  for (const u of STAFF) s[u] = await login(h.app, `tamthanh.${u}`);
}

type D = { id: string; version: number };
let proc: { code: string; fieldCode: string; components: { code: string; quantity: number }[] };

async function receive(
  unitCode = '06001',
  channel: 'direct' | 'postal' = 'direct',
  who?: Session,
): Promise<D> {
  const res = await call(h.app, who ?? s.tiepnhan!, 'POST', '/api/dossiers', {
    unitCode,
    procedureCode: proc.code,
    caseCode: 'TH1',
    channel,
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

const toAppraisal = async (d: D) =>
  act('truongphong', await act('tiepnhan', d, { action: 'forward' }), {
    action: 'forward',
    assigneeId: ids.chuyenvien,
  });

async function resolve(d: D, signedOn: string): Promise<D> {
  d = await act('chuyenvien', d, { action: 'forward', assigneeId: ids.lanhdao });
  d = await act('lanhdao', d, { action: 'forward', assigneeId: ids.vanthu });
  return act('vanthu', d, {
    action: 'record_result',
    number: '7/2026/TEST',
    signer: 'Trần Văn Bình',
    signedOn,
  });
}

let director: Session;
let province: Session;

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  await at('2026-03-02T02:00:00.000Z');
  const admin = await login(h.app, 'tamthanh.quantri');
  const users = (await call(h.app, admin, 'GET', '/api/users?unitCode=06001&limit=200')).json().items;
  for (const u of users as { username: string; id: string }[]) ids[u.username.split('.')[1]!] = u.id;
  proc = (await call(h.app, s.tiepnhan!, 'GET', '/api/procedures/1.004884')).json();

  // Monday 02/03: A (left at appraisal: overdue from 09/03), F (resolved on 04/03: early), G (resolved
  // on 12/03, after its due date: late).
  const a = await toAppraisal(await receive());
  const f = await toAppraisal(await receive());
  const g = await toAppraisal(await receive());
  await at('2026-03-04T02:00:00.000Z');
  await resolve(f, '2026-03-04');
  // Tuesday 10/03: C, due on 17/03 (due soon on 16/03), its appraisal step already late.
  await at('2026-03-10T02:00:00.000Z');
  await toAppraisal(await receive());
  await at('2026-03-12T02:00:00.000Z');
  await resolve(g, '2026-03-12');
  // Friday 13/03: B, forwarded to assignment and left there (step late on Monday, unassigned).
  await at('2026-03-13T02:00:00.000Z');
  await act('tiepnhan', await receive(), { action: 'forward' });
  // Today: D at the counter, E by post; one dossier in Xã Vạn Linh.
  await at('2026-03-16T01:00:00.000Z');
  await receive();
  await receive('06001', 'postal');
  await receive('06003', 'direct', await login(h.app, 'vanlinh.tiepnhan'));
  await at(NOW);
  void a;
  director = await login(h.app, 'tamthanh.giamdoc');
  province = await login(h.app, 'langson.theodoi');
}, 240_000);
afterAll(() => h?.close());

type Overview = {
  receivedToday: { total: number; byChannel: { channel: string; count: number }[] };
  dueSoon: number;
  overdue: number;
  stepOverdue: number;
  byDepartment: { departmentId: string | null; label: string; overdue: number; stepOverdue: number }[];
  byOfficer: { officerId: string | null; label: string; overdue: number; stepOverdue: number }[];
  includesChildren: boolean;
};

async function listAll(who: Session, query: string): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await call(
      h.app,
      who,
      'GET',
      `/api/dashboard/dossiers?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: { id: string }[]; nextCursor: string | null };
    out.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

describe('live figures', () => {
  it('count today, due soon, overdue and partially overdue dossiers of the unit', async () => {
    const res = await call(h.app, director, 'GET', '/api/dashboard/overview');
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as Overview;
    expect(o.includesChildren).toBe(false);
    expect(o.receivedToday.total).toBe(2);
    expect(Object.fromEntries(o.receivedToday.byChannel.map((c) => [c.channel, c.count]))).toEqual({
      direct: 1,
      online: 0,
      postal: 1,
    });
    expect(o.overdue).toBe(1);
    expect(o.stepOverdue).toBe(2);
    expect(o.dueSoon).toBe(1);
    const officer = o.byOfficer.find((x) => x.officerId === ids.chuyenvien)!;
    expect([officer.overdue, officer.stepOverdue]).toEqual([1, 1]);
    const unassigned = o.byOfficer.find((x) => x.officerId === null)!;
    expect([unassigned.label, unassigned.overdue, unassigned.stepOverdue]).toEqual(['Chưa phân công', 0, 1]);
    const vhxh = o.byDepartment.find((x) => x.label === 'Phòng Văn hóa – Xã hội')!;
    expect([vhxh.overdue, vhxh.stepOverdue]).toEqual([1, 1]);
  });

  it('equal the length of the dossier list behind each of them', async () => {
    const o = (await call(h.app, director, 'GET', '/api/dashboard/overview')).json() as Overview;
    const lists: [string, number][] = [
      ['figure=received_today', o.receivedToday.total],
      ['figure=received_today&channel=postal', 1],
      ['figure=due_soon', o.dueSoon],
      ['figure=overdue', o.overdue],
      ['figure=step_overdue', o.stepOverdue],
      ...o.byOfficer.flatMap((x): [string, number][] => [
        [`figure=overdue&officerId=${x.officerId ?? 'none'}`, x.overdue],
        [`figure=step_overdue&officerId=${x.officerId ?? 'none'}`, x.stepOverdue],
      ]),
      ...o.byDepartment.flatMap((x): [string, number][] => [
        [`figure=overdue&departmentId=${x.departmentId ?? 'none'}`, x.overdue],
        [`figure=step_overdue&departmentId=${x.departmentId ?? 'none'}`, x.stepOverdue],
      ]),
    ];
    for (const [query, expected] of lists) {
      const found = await listAll(director, query);
      expect(found.length, query).toBe(expected);
      expect(new Set(found).size, query).toBe(found.length);
    }
  });

  it("cover a province's communes for a province-level leader, and nothing outside the scope", async () => {
    const o = (await call(h.app, province, 'GET', '/api/dashboard/overview?unitCode=20')).json() as Overview;
    expect(o.includesChildren).toBe(true);
    expect(o.receivedToday.total).toBe(3);
    expect(o.overdue).toBe(1);
    const other = await call(h.app, director, 'GET', '/api/dashboard/overview?unitCode=06003');
    expect(other.statusCode).toBe(404);
    const list = await call(
      h.app,
      director,
      'GET',
      '/api/dashboard/dossiers?unitCode=06003&figure=received_today',
    );
    expect(list.statusCode).toBe(404);
  });
});

describe('period figures', () => {
  it('give the weekly on-time rate as the report counts resolved dossiers', async () => {
    const res = await call(h.app, director, 'GET', '/api/dashboard/trends?weeks=3');
    expect(res.statusCode, res.body).toBe(200);
    const t = res.json();
    expect(t.onTime).toEqual([
      { from: '2026-03-02', to: '2026-03-08', resolved: 1, onTimeOrEarly: 1, late: 0, rate: 1 },
      { from: '2026-03-09', to: '2026-03-15', resolved: 1, onTimeOrEarly: 0, late: 1, rate: 0 },
      { from: '2026-03-16', to: '2026-03-22', resolved: 0, onTimeOrEarly: 0, late: 0, rate: null },
    ]);
    const report = (
      await call(
        h.app,
        director,
        'GET',
        '/api/reports/dossier-results?unitCode=06001&from=2026-03-09&to=2026-03-15',
      )
    ).json();
    expect([report.total.resolved.total, report.total.resolved.late]).toEqual([1, 1]);
    expect([t.from, t.to]).toEqual(['2026-03-01', '2026-03-16']);
    expect(t.intakeByField).toEqual([
      { fieldCode: proc.fieldCode, label: expect.any(String), direct: 6, online: 0, postal: 1, total: 7 },
    ]);
    expect(t.intakeByChannel.map((c: { count: number }) => c.count)).toEqual([6, 0, 1]);
    expect(t.communes).toEqual([]);
  });

  it('compare the communes of a province', async () => {
    const t = (await call(h.app, province, 'GET', '/api/dashboard/trends?unitCode=20&weeks=2')).json();
    const byCode = Object.fromEntries(t.communes.map((c: { unitCode: string }) => [c.unitCode, c]));
    expect(Object.keys(byCode).sort()).toEqual(['06001', '06002', '06003']);
    expect(byCode['06001']).toMatchObject({
      received: 7,
      resolved: 2,
      onTimeOrEarly: 1,
      rate: 0.5,
      overdue: 1,
    });
    expect(byCode['06003']).toMatchObject({ received: 1, resolved: 0, rate: null, overdue: 0 });
  });
});

/** Reads server-sent events from a real socket into `events` until stopped. */
function openStream(base: string, who: Session, unitCode: string) {
  const events: { event: string; data: { unitCodes?: string[] } }[] = [];
  const controller = new AbortController();
  const ready = (async () => {
    const res = await fetch(`${base}/api/dashboard/events?unitCode=${unitCode}`, {
      headers: { cookie: who.cookie },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let cut = buffer.indexOf('\n\n');
          while (cut >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event) events.push({ event, data: data ? JSON.parse(data) : {} });
            cut = buffer.indexOf('\n\n');
          }
        }
      } catch {
        // aborted
      }
    })();
    await until(() => events.some((e) => e.event === 'ready'));
  })();
  return { events, ready, close: () => controller.abort() };
}

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for an event');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('change stream', () => {
  it("tells each dashboard about its units' changes only", async () => {
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    const tamThanh = openStream(base, director, '06001');
    const vanLinhDirector = await login(h.app, 'vanlinh.giamdoc');
    const vanLinh = openStream(base, vanLinhDirector, '06003');
    const langSon = openStream(base, province, '20');
    await Promise.all([tamThanh.ready, vanLinh.ready, langSon.ready]);
    const changed = (st: ReturnType<typeof openStream>) => st.events.filter((e) => e.event === 'changed');

    await receive('06001');
    await until(() => changed(tamThanh).length > 0 && changed(langSon).length > 0);
    expect(changed(tamThanh)[0]!.data.unitCodes).toEqual(['06001']);
    expect(changed(langSon)[0]!.data.unitCodes).toEqual(['06001']);
    // Vạn Linh hears of its own change, and of nothing before it.
    await receive('06003', 'direct', await login(h.app, 'vanlinh.tiepnhan'));
    await until(() => changed(vanLinh).length > 0);
    expect(changed(vanLinh).map((e) => e.data.unitCodes)).toEqual([['06003']]);
    expect(changed(tamThanh).flatMap((e) => e.data.unitCodes)).not.toContain('06003');

    const denied = await fetch(`${base}/api/dashboard/events?unitCode=06003`, {
      headers: { cookie: director.cookie },
    });
    expect(denied.status).toBe(404);
    for (const st of [tamThanh, vanLinh, langSon]) st.close();
  });
});
