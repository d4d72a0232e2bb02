// Demo history generated through the state machine and the legal-time calendar: the rows written in
// bulk must be what the server's own write path would have produced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../src/demo/history/index.js';
import { mulberry32, seedOf } from '../../src/demo/history/random.js';
import { simulateDossier } from '../../src/demo/history/simulate.js';
import { buildTimeline, CHANNELS } from '../../src/demo/history/timeline.js';
import { loadUnitContext } from '../../src/demo/history/unit-context.js';
import { epochDayOf, localInstant, msOfLocalDay } from '../../src/domain/calendar/index.js';
import { formatDossierCode } from '../../src/domain/dossier/index.js';
import { call, createHarness, type Harness, login } from '../support/harness.js';

const NOW = '2026-03-02T08:30:00.000Z'; // Monday 15:30 in Hà Nội time
// A shorter period than the default two years keeps the test fast with ~20 dossiers a working day.
const COUNT = 800;
type Row = Record<string, unknown> & { id: string; state: string };

let h: Harness;
let rows: Row[];
let events: { dossier_id: string; from_state: string | null; to_state: string; national_status: number }[];

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  const r = await generateHistory(h.deps.database, {
    unitCode: '06003',
    count: COUNT,
    seed: 7,
    until: Date.parse(NOW),
    spanMs: 60 * 86_400_000,
    batchSize: 200,
  });
  expect(r.dossiers).toBe(COUNT);
  rows = await h.deps.database.query<Row>(
    `SELECT d.*, u.code AS unit_code FROM dossiers d JOIN units u ON u.id = d.unit_id`,
  );
  events = await h.deps.database.query(
    'SELECT dossier_id, from_state, to_state, national_status FROM dossier_events ORDER BY dossier_id, id',
  );
}, 120_000);
afterAll(() => h?.close());

const ms = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).getTime());
const share = (pred: (r: Row) => boolean, of: Row[] = rows) => of.filter(pred).length / of.length;

describe('generated demo history', () => {
  it('writes every dossier with a state its events replay to', () => {
    expect(rows).toHaveLength(COUNT);
    const byDossier = new Map<string, typeof events>();
    for (const e of events) byDossier.set(e.dossier_id, [...(byDossier.get(e.dossier_id) ?? []), e]);
    for (const r of rows) {
      const list = byDossier.get(r.id) ?? [];
      expect(list.length).toBeGreaterThan(0);
      expect(list[0]!.from_state).toBeNull();
      for (let i = 1; i < list.length; i++) expect(list[i]!.from_state).toBe(list[i - 1]!.to_state);
      expect(list.at(-1)!.to_state).toBe(r.state);
      expect(list.at(-1)!.national_status).toBe(r.national_status);
    }
  });

  it('receives on working days in office hours and never falls due on a day off', async () => {
    const ctx = await loadUnitContext(h.deps.database.db, '06003');
    const cal = ctx.calendar;
    for (const r of rows) {
      const received = ms(r.received_at);
      if (received !== null) {
        expect(cal.isWorkingDay(epochDayOf(received))).toBe(true);
        const t = msOfLocalDay(received);
        expect(t >= cal.openingMs && t <= cal.closingMs).toBe(true);
      }
      for (const col of ['due_at', 'original_due_at', 'step_due_at']) {
        const at = ms(r[col]);
        if (at !== null) expect(cal.isWorkingDay(epochDayOf(at)), `${col} of ${r.code}`).toBe(true);
      }
      const finished = ms(r.finished_at);
      if (finished !== null && received !== null) expect(finished).toBeGreaterThanOrEqual(received);
      expect(ms(r.created_at)).toBeLessThanOrEqual(Date.parse(NOW));
    }
    const steps = await h.deps.database.query<{ due_at: string }>('SELECT due_at FROM dossier_steps');
    for (const s of steps) expect(cal.isWorkingDay(epochDayOf(ms(s.due_at)!))).toBe(true);
  });

  it('keeps 0.5–3 % late and the field and channel shares of the weights', () => {
    const finished = rows.filter((r) => r.finished_at !== null && r.due_at !== null);
    const late = share((r) => epochDayOf(ms(r.finished_at)!) > epochDayOf(ms(r.due_at)!), finished);
    expect(late).toBeGreaterThanOrEqual(0.005);
    expect(late).toBeLessThanOrEqual(0.03);
    expect(share((r) => r.field_code === 'TP-CT')).toBeGreaterThan(0.68);
    expect(share((r) => r.field_code === 'TP-CT')).toBeLessThan(0.82);
    expect(share((r) => r.field_code === 'TP-HT')).toBeGreaterThan(0.12);
    expect(share((r) => r.field_code === 'TP-HT')).toBeLessThan(0.22);
    expect(share((r) => r.channel === 'online')).toBeGreaterThan(0.3);
    expect(share((r) => r.channel === 'online')).toBeLessThan(0.6);
    expect(rows.some((r) => r.channel === 'postal')).toBe(true);
    for (const s of ['returned', 'rejected_at_intake', 'withdrawn', 'refused'])
      expect(
        rows.some((r) => r.state === s),
        s,
      ).toBe(true);
    expect(rows.some((r) => Number(r.supplement_count) > 0)).toBe(true);
  });

  it('assigns real officers of the commune to steps', async () => {
    const staff = await h.deps.database.query<{ id: string }>(
      `SELECT a.id FROM accounts a JOIN units u ON u.id = a.unit_id WHERE u.code = '06003'`,
    );
    const ids = new Set(staff.map((s) => s.id));
    const steps = await h.deps.database.query<{ assignee_id: string | null }>(
      'SELECT DISTINCT assignee_id FROM dossier_steps',
    );
    for (const s of steps) expect(s.assignee_id === null || ids.has(s.assignee_id)).toBe(true);
    for (const r of rows.filter((x) => x.assignee_id)) expect(ids.has(r.assignee_id as string)).toBe(true);
  });

  it('gives unique daily codes and advances the counters, so counter intake takes the next number', async () => {
    const codes = rows.map((r) => r.code as string);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^06003-\d{6}-\d{4}$/);
    const today = rows.filter((r) => (r.code as string).startsWith('06003-260302-')).length;
    const receiver = await login(h.app, 'vanlinh.tiepnhan');
    const proc = (await call(h.app, receiver, 'GET', '/api/procedures/2.000908')).json();
    const res = await call(h.app, receiver, 'POST', '/api/dossiers', {
      unitCode: '06003',
      procedureCode: '2.000908',
      caseCode: proc.cases[0].code,
      owner: { kind: 'citizen', fullName: 'Lương Thị Hạnh', idNumber: '020190001234' },
      components: proc.components.map((c: { code: string }) => ({
        code: c.code,
        quantity: 1,
        provided: true,
      })),
      feePayment: 'now',
      returnChannel: 'counter',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().code).toBe(formatDossierCode('06003', Date.parse(NOW), today + 1));
  });

  it('leaves the most recent dossiers open in the work queues', async () => {
    const open = rows.filter((r) =>
      [
        'submitted',
        'received',
        'processing',
        'supplement_requested',
        'awaiting_payment',
        'resolved',
      ].includes(r.state),
    );
    expect(open.length).toBeGreaterThan(0);
    const receiver = await login(h.app, 'vanlinh.tiepnhan');
    const queues = (await call(h.app, receiver, 'GET', '/api/dossiers/queues?unitCode=06003')).json()
      .queues as {
      queue: string;
      count: number;
    }[];
    const busy = queues
      .filter((q) => ['to_receive', 'to_process', 'supplement', 'payment', 'to_return'].includes(q.queue))
      .reduce((s, q) => s + q.count, 0);
    expect(busy).toBeGreaterThanOrEqual(open.length);
    const list = (await call(h.app, receiver, 'GET', '/api/dossiers?unitCode=06003&q=nguyen')).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i: { ownerName: string }) => /Nguyễn/.test(i.ownerName))).toBe(true);
  });

  it('is deterministic for a seed', async () => {
    const ctx = await loadUnitContext(h.deps.database.db, '06003');
    const opts = { count: 50, seed: 3, from: localInstant('2025-03-01'), until: Date.parse(NOW) };
    const run = () => {
      const t = buildTimeline(ctx, opts);
      const rng = mulberry32(seedOf(3, 'x'));
      return Array.from({ length: t.count }, (_, i) =>
        simulateDossier(
          ctx,
          { createdAt: t.createdAt[i]!, channel: CHANNELS[t.channel[i]!]!, procedureIndex: t.procedure[i]! },
          rng,
          Date.parse(NOW),
        ),
      );
    };
    expect(run()).toEqual(run());
  });
});
