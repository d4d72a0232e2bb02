// Outbound sync to the national portal (ADR 0012), over real HTTP on loopback against the portal
// stand-in (src/standin/portal.ts): dossiers changed through the real API write outbox rows; the worker
// (deliverNationalSync, what the scheduler runs every 5 s) delivers them. Time is the injected clock: the
// back-off and the "5-minute outage" are simulated time, the HTTP calls and timeouts are real.

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { buildApp } from '../../src/http/app.js';
import {
  type DeliveryOptions,
  deliverNationalSync,
  idempotencyKeyOf,
} from '../../src/modules/integrations/outbound/deliver-national-sync.js';
import { pruneDeliveredOutbox } from '../../src/modules/integrations/outbound/outbox-retention.js';
import type { Deps } from '../../src/platform/deps.js';
import { type PortalStandin, startPortalStandin } from '../../src/standin/portal.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
let portal: PortalStandin;
let worker: Deps;
/** The app of a server with the portal configured (same database as h.app, which has none). */
let configured: FastifyInstance;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
let procedure: { code: string; caseCode: string; components: { code: string; quantity: number }[] };

type D = { id: string; code: string; version: number; state: string };

/** Back-off of the tests: 5 s doubling to a 60 s cap (simulated), no randomness. */
const OPTIONS: DeliveryOptions = {
  backoff: { baseMs: 5_000, capMs: 60_000 },
  random: () => 0.5,
  batchSize: 64,
};
const CAP_MS = 60_000;

async function receive(): Promise<D> {
  const res = await call(h.app, s.tiepnhan!, 'POST', '/api/dossiers', {
    unitCode: '06001',
    procedureCode: procedure.code,
    caseCode: procedure.caseCode,
    owner: { kind: 'citizen', fullName: 'Nguyễn Thị Hằng', idNumber: '020190001234', phone: '0912345678' },
    components: procedure.components.map((c) => ({ code: c.code, quantity: c.quantity, provided: true })),
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

/** received → processing at the appraisal step of tamthanh.chuyenvien (two step moves). */
async function toAppraisal(d: D): Promise<D> {
  d = await act('tiepnhan', d, { action: 'forward' });
  return act('truongphong', d, { action: 'forward', assigneeId: ids.chuyenvien });
}

/** Outbox rows of the national sync, oldest first: id, dossier, delivered or not. */
async function syncRows(dossierId?: string) {
  return h.deps.database.query<{
    id: string;
    aggregate_id: string;
    delivered_at: Date | null;
    attempts: number;
    last_error: string | null;
    refused_at: Date | null;
  }>(
    `SELECT id, aggregate_id, delivered_at, attempts, last_error, refused_at FROM outbox
     WHERE topic = 'dvcqg.dossier_sync' ${dossierId ? 'AND aggregate_id = $1' : ''} ORDER BY id`,
    dossierId ? [dossierId] : [],
  );
}

/**
 * Runs the worker until every sync row is delivered. A row that failed (e.g. a timeout on this loaded
 * machine) waits for its back-off: the clock then jumps by the cap, as the scheduler's later runs would.
 */
async function drain() {
  let total = 0;
  for (let idle = 0; idle < 5; ) {
    const r = await deliverNationalSync(worker, OPTIONS);
    total += r.delivered;
    if (r.delivered > 0) continue;
    const pending = await h.deps.database.query(
      "SELECT 1 FROM outbox WHERE topic = 'dvcqg.dossier_sync' AND delivered_at IS NULL AND refused_at IS NULL LIMIT 1",
    );
    if (pending.length === 0) return total;
    h.clock.advance(CAP_MS);
    idle++;
  }
  return total;
}

const keysOf = (rows: { id: string }[]) => rows.map((r) => idempotencyKeyOf(Number(r.id)));

beforeAll(async () => {
  h = await createHarness({ now: '2026-03-02T02:00:00.000Z' });
  portal = await startPortalStandin({ secret: 'test-portal-secret' });
  const config: Config = {
    ...h.deps.config,
    nationalPortal: { url: portal.url, secret: portal.secret, timeoutMs: 5_000 },
  };
  worker = { ...h.deps, config };
  configured = await buildApp(worker, { logger: false, webDist: null });
  await configured.ready();
  for (const u of ['tiepnhan', 'truongphong', 'chuyenvien', 'vanthu', 'lanhdao'])
    s[u] = await login(h.app, `tamthanh.${u}`);
  const admin = await login(h.app, 'tamthanh.quantri');
  const users = (await call(h.app, admin, 'GET', '/api/users?unitCode=06001&limit=200')).json().items;
  for (const u of users as { username: string; id: string }[]) ids[u.username.split('.')[1]!] = u.id;
  const proc = (await call(h.app, s.tiepnhan!, 'GET', '/api/procedures/1.004884')).json();
  procedure = { code: proc.code, caseCode: 'TH1', components: proc.components };
}, 120_000);

afterAll(async () => {
  await configured?.close();
  await portal?.close();
  await h?.close();
});

beforeEach(async () => {
  // Each test starts with everything delivered and a fresh, healthy portal.
  await drain();
  portal.reset();
});

describe('outbound sync to the national portal', () => {
  it('does nothing when the portal is not configured; the rows wait', async () => {
    const d = await receive();
    const r = await deliverNationalSync(h.deps, OPTIONS);
    expect(r).toEqual({ configured: false, delivered: 0, refused: 0, failed: 0, rounds: 0 });
    expect((await syncRows(d.id)).map((x) => x.delivered_at)).toEqual([null]);
    expect(portal.requests()).toBe(0);
  });

  it('delivers a change on the next run, as the DVCQG record with its progress entry', async () => {
    const d = await toAppraisal(await receive());
    const r = await deliverNationalSync(worker, OPTIONS);
    expect(r.delivered).toBe(3);
    const got = portal.received();
    expect(got.map((c) => [c.MaHoSo, c.TrangThaiHoSo, c.NoiDungXuLy])).toEqual([
      [d.code, 2, 'Tiếp nhận hồ sơ tại quầy'],
      [d.code, 4, 'Chuyển bước tiếp theo'],
      [d.code, 4, 'Chuyển bước tiếp theo'],
    ]);
    expect(got.map((c) => c.key)).toEqual(keysOf(await syncRows(d.id)));
    const rows = await syncRows(d.id);
    expect(rows.every((x) => x.delivered_at !== null && x.last_error === null)).toBe(true);
    // The portal's status query answers the latest status.
    const status = await fetch(`${portal.url}/api/hoso/${encodeURIComponent(d.code)}/trangthai`, {
      headers: { authorization: `Bearer ${portal.secret}` },
    });
    expect(await status.json()).toMatchObject({ MaHoSo: d.code, TrangThaiHoSo: 4, SoLanDongBo: 3 });
  });

  it('retries after HTTP 5xx with back-off, and not before the back-off has passed', async () => {
    portal.set({ fail: true });
    const d = await receive();
    const first = await deliverNationalSync(worker, OPTIONS);
    expect(first).toMatchObject({ delivered: 0, failed: 1 });
    const [row] = await syncRows(d.id);
    expect(row!.attempts).toBe(1);
    expect(row!.last_error).toMatch(/HTTP 503/);
    portal.set({ fail: false });
    // Back-off after one failure: 5 s × (0.5 + 0.5 × 0.5) = 3.75 s; nothing is due before.
    h.clock.advance(3_000);
    expect((await deliverNationalSync(worker, OPTIONS)).delivered).toBe(0);
    h.clock.advance(1_000);
    expect((await deliverNationalSync(worker, OPTIONS)).delivered).toBe(1);
    expect(portal.received().map((c) => c.MaHoSo)).toEqual([d.code]);
  });

  it('survives a dropped connection and a lost acknowledgement: the portal records the change once', async () => {
    const d = await receive();
    portal.set({ drop: 'before' });
    expect((await deliverNationalSync(worker, OPTIONS)).failed).toBe(1);
    expect(portal.received()).toHaveLength(0);
    portal.set({ drop: 'after' });
    h.clock.advance(CAP_MS);
    expect((await deliverNationalSync(worker, OPTIONS)).failed).toBe(1);
    expect(portal.received()).toHaveLength(1); // recorded, but our side never heard back
    expect((await syncRows(d.id))[0]!.delivered_at).toBeNull();
    portal.set({ drop: 'none' });
    h.clock.advance(CAP_MS);
    expect((await deliverNationalSync(worker, OPTIONS)).delivered).toBe(1);
    expect(portal.received()).toHaveLength(1);
    expect(portal.duplicates()).toBe(1);
    expect((await syncRows(d.id))[0]!.delivered_at).not.toBeNull();
  });

  it('gives up on a slow answer at the timeout and delivers once on the retry', async () => {
    const d = await receive();
    portal.set({ slowMs: 2_500 });
    const impatient: Deps = {
      ...worker,
      config: { ...worker.config, nationalPortal: { ...worker.config.nationalPortal!, timeoutMs: 1_000 } },
    };
    const r = await deliverNationalSync(impatient, OPTIONS);
    expect(r.failed).toBe(1);
    expect((await syncRows(d.id))[0]!.last_error).toMatch(/Quá thời gian chờ Cổng DVCQG trả lời \(1000 ms\)/);
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // the slow portal finishes recording it
    portal.set({ slowMs: 0 });
    h.clock.advance(CAP_MS);
    expect((await deliverNationalSync(worker, OPTIONS)).delivered).toBe(1);
    expect(portal.received().map((c) => c.MaHoSo)).toEqual([d.code]);
    expect(portal.duplicates()).toBe(1);
  });

  it('keeps order per dossier: a failing dossier holds back only its own later changes', async () => {
    const a = await receive();
    const b = await receive();
    portal.set({ failFor: [a.code] });
    await toAppraisal(a);
    await toAppraisal(b);
    const r = await deliverNationalSync(worker, OPTIONS);
    expect(r.delivered).toBe(3);
    expect(portal.received().map((c) => c.MaHoSo)).toEqual([b.code, b.code, b.code]);
    const rowsA = await syncRows(a.id);
    expect(rowsA.map((x) => x.attempts)).toEqual([1, 0, 0]); // only the head was tried
    portal.set({ failFor: [] });
    h.clock.advance(CAP_MS);
    await drain();
    expect(
      portal
        .received()
        .filter((c) => c.MaHoSo === a.code)
        .map((c) => c.key),
    ).toEqual(keysOf(rowsA));
  });

  it('three workers at once: no change is sent twice, none out of order (SKIP LOCKED claims)', async () => {
    const ds: D[] = [];
    for (let i = 0; i < 6; i++) ds.push(await toAppraisal(await receive()));
    const runs = async () => {
      for (let i = 0; i < 10; i++)
        await deliverNationalSync(worker, { ...OPTIONS, firstRoundSize: 2, batchSize: 2 });
    };
    await Promise.all([runs(), runs(), runs()]);
    await drain();
    expect(portal.received()).toHaveLength(18);
    expect(portal.requests()).toBe(18);
    expect(portal.duplicates()).toBe(0);
    for (const d of ds) {
      const mine = portal.received().filter((c) => c.MaHoSo === d.code);
      expect(mine.map((c) => c.key)).toEqual(keysOf(await syncRows(d.id)));
    }
  });

  it('simulated 5-minute outage during 1,000 status changes: afterwards every change arrives exactly once, in order per dossier', async () => {
    portal.set({ fail: true });
    const before = (await syncRows()).length;
    const dossiers: D[] = [];
    let changes = 0;
    // The clock moves 300 ms per change: 1,000 changes = 5 simulated minutes of outage, with a (failing)
    // worker run about every 5 simulated seconds.
    const tick = async () => {
      changes++;
      h.clock.advance(300);
      if (changes % 17 === 0) expect((await deliverNationalSync(worker, OPTIONS)).delivered).toBe(0);
    };
    const step = async (who: string, d: D, body: Record<string, unknown>) => {
      const next = await act(who, d, body);
      await tick();
      return next;
    };
    // Every change is a real action through the API and the state machine: 100 dossiers, each received and
    // taken to its returned result; every other one also goes back a step from the leader and up again.
    // 50 × 9 + 50 × 11 = 1,000 synced changes.
    for (let i = 0; i < 100; i++) {
      let d = await receive();
      await tick();
      d = await step('tiepnhan', d, { action: 'forward' });
      d = await step('truongphong', d, { action: 'forward', assigneeId: ids.chuyenvien });
      d = await step('chuyenvien', d, {
        action: 'request_supplement',
        reason: 'Bổ sung bản sao giấy tờ tùy thân của người yêu cầu',
        citizenDueDate: '2026-03-20',
      });
      d = await step('tiepnhan', d, { action: 'receive_supplement' });
      d = await step('chuyenvien', d, { action: 'forward', assigneeId: ids.lanhdao });
      if (i % 2 === 1) {
        d = await step('lanhdao', d, { action: 'return_step', reason: 'Xác minh lại giấy tờ' });
        d = await step('chuyenvien', d, { action: 'forward', assigneeId: ids.lanhdao });
      }
      d = await step('lanhdao', d, { action: 'forward', assigneeId: ids.vanthu });
      d = await step('vanthu', d, {
        action: 'record_result',
        number: `${i + 1}/2026/TLKS`,
        signer: 'Trần Văn Bình',
        signedOn: '2026-03-02',
      });
      d = await step('tiepnhan', d, { action: 'return_result', channel: 'counter' });
      expect(d.state).toBe('returned');
      dossiers.push(d);
    }
    expect(changes).toBe(1000);
    const rows = (await syncRows()).slice(before);
    expect(rows).toHaveLength(1000);
    expect(rows.every((r) => r.delivered_at === null)).toBe(true);
    expect(portal.received()).toHaveLength(0);
    expect(portal.requests()).toBeGreaterThan(0);

    // The portal comes back; within one back-off cap every row is due again.
    portal.set({ fail: false });
    h.clock.advance(CAP_MS);
    const delivered = await drain();
    const stuck = (await syncRows()).filter((r) => r.delivered_at === null);
    expect(stuck.map((r) => r.last_error).slice(0, 3)).toEqual([]);
    expect(delivered).toBe(1000);
    const got = portal.received();
    expect(got).toHaveLength(1000);
    expect(new Set(got.map((c) => c.key)).size).toBe(1000);
    // In order per dossier: the keys of each dossier arrive in the order of its outbox rows, with the
    // national statuses of its path (received 2, processing 4, supplement 5, resolved 9, returned 10).
    for (const [i, d] of dossiers.entries()) {
      const expected = keysOf(rows.filter((r) => r.aggregate_id === d.id));
      expect(expected).toHaveLength(i % 2 === 1 ? 11 : 9);
      const mine = got.filter((c) => c.MaHoSo === d.code);
      expect(mine.map((c) => c.key)).toEqual(expected);
      const moves = i % 2 === 1 ? [4, 4, 4, 4, 4] : [4, 4, 4];
      expect(mine.map((c) => c.TrangThaiHoSo)).toEqual([2, 4, 4, 5, ...moves, 9, 10]);
    }
  }, 120_000);
});

describe('delivery state', () => {
  it('per dossier: not configured, failing with the error, then delivered; 404 outside the unit', async () => {
    portal.set({ fail: true });
    const d = await receive();
    const url = `/api/dossiers/${d.id}/national-sync`;
    const unconfigured = (await call(h.app, s.tiepnhan!, 'GET', url)).json();
    expect(unconfigured).toMatchObject({
      state: 'not_configured',
      label: 'chưa cấu hình kết nối',
      pending: 1,
    });
    const waiting = (await call(configured, s.tiepnhan!, 'GET', url)).json();
    expect(waiting).toMatchObject({ state: 'pending', label: 'đang chờ gửi', pending: 1, attempts: 0 });
    await deliverNationalSync(worker, OPTIONS);
    const failing = (await call(configured, s.tiepnhan!, 'GET', url)).json();
    expect(failing).toMatchObject({ state: 'failing', label: 'lỗi, đang thử lại', pending: 1, attempts: 1 });
    expect(failing.lastError).toMatch(/HTTP 503/);
    expect(Date.parse(failing.nextAttemptAt)).toBeGreaterThan(h.clock.now().getTime());

    // The destination summary shows the wait and the error for the unit.
    const summary = (await call(configured, s.truongphong!, 'GET', '/api/integrations/outbound')).json();
    const dvcqg = summary.items[0];
    expect(dvcqg).toMatchObject({ destination: 'dvcqg', configured: true, pending: 1, failing: 1 });
    expect(dvcqg.lastError).toMatch(/HTTP 503/);
    expect(dvcqg.units.map((u: { unitCode: string }) => u.unitCode)).toEqual(['06001']);

    portal.set({ fail: false });
    h.clock.advance(CAP_MS);
    await drain();
    const sent = (await call(configured, s.tiepnhan!, 'GET', url)).json();
    expect(sent).toMatchObject({
      state: 'delivered',
      label: 'đã gửi',
      pending: 0,
      delivered: 1,
      lastError: null,
    });
    expect(sent.lastDeliveredAt).toBe(h.clock.now().toISOString());
    const after = (await call(configured, s.truongphong!, 'GET', '/api/integrations/outbound')).json()
      .items[0];
    expect(after).toMatchObject({ pending: 0, failing: 0, oldestPendingAt: null });
    expect(after.lastSuccessAt).toBe(h.clock.now().toISOString());

    // Another unit's officer: the dossier does not exist, and the summary has none of 06001's figures.
    const other = await login(h.app, 'luongvantri.tiepnhan');
    expect((await call(configured, other, 'GET', url)).statusCode).toBe(404);
    const theirs = (await call(configured, other, 'GET', '/api/integrations/outbound')).json().items[0];
    expect(theirs.units).toEqual([]);
    expect(theirs.lastSuccessAt).toBeNull();
  });
});

describe('refused changes and retention', () => {
  it('sets a refused change aside: later changes go on, the officer sends the corrected dossier again, once', async () => {
    const d = await receive();
    const other = await receive();
    portal.set({ refuseFor: [d.code] });
    await toAppraisal(d);
    const report = await deliverNationalSync(worker, OPTIONS);
    // The three changes of d are refused one after the other in the same run (a refusal does not hold
    // back the later ones, each carrying the whole record); the other dossier's change is delivered.
    expect(report).toMatchObject({ delivered: 1, refused: 3, failed: 0 });
    expect(portal.received().map((c) => c.MaHoSo)).toEqual([other.code]);
    const rows = await syncRows(d.id);
    expect(rows.map((r) => [r.attempts, r.refused_at !== null, r.delivered_at])).toEqual([
      [1, true, null],
      [1, true, null],
      [1, true, null],
    ]);
    // Never retried: later runs, even after any back-off, send nothing of d.
    h.clock.advance(10 * CAP_MS);
    const requests = portal.requests();
    await deliverNationalSync(worker, OPTIONS);
    expect(portal.requests()).toBe(requests);

    const url = `/api/dossiers/${d.id}/national-sync`;
    const state = (await call(configured, s.tiepnhan!, 'GET', url)).json();
    expect(state).toMatchObject({
      state: 'refused',
      label: 'bị Cổng DVCQG từ chối, cần sửa và gửi lại',
      pending: 0,
      refused: 3,
    });
    expect(state.lastRefusal.reason).toMatch(/HTTP 422.*MaTTHC không có/);
    const summary = (await call(configured, s.truongphong!, 'GET', '/api/integrations/outbound')).json();
    expect(summary.items[0]).toMatchObject({ refused: 1, pending: 0 });
    expect(summary.items[0].units).toEqual([expect.objectContaining({ unitCode: '06001', refused: 1 })]);

    // The portal's catalogue is corrected; the receiving officer sends the current record again.
    portal.set({ refuseFor: [] });
    const resent = await call(configured, s.tiepnhan!, 'POST', `${url}/resend`);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json()).toMatchObject({ state: 'pending', pending: 1, refused: 3 });
    // A second click finds nothing refused to resend (the new change is waiting).
    const twice = await call(configured, s.tiepnhan!, 'POST', `${url}/resend`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('NOTHING_TO_RESEND');
    await drain();
    const mine = portal.received().filter((c) => c.MaHoSo === d.code);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.NoiDungXuLy).toBe('Gửi lại hồ sơ lên Cổng DVCQG sau khi bị từ chối');
    const after = (await call(configured, s.tiepnhan!, 'GET', url)).json();
    expect(after).toMatchObject({ state: 'delivered', delivered: 1, refused: 3 });
    const cleared = (await call(configured, s.truongphong!, 'GET', '/api/integrations/outbound')).json();
    expect(cleared.items[0].refused).toBe(0);
    // The resend is in the dossier's history and in the audit trail.
    const detail = (await call(h.app, s.tiepnhan!, 'GET', `/api/dossiers/${d.id}`)).json();
    expect(JSON.stringify(detail)).toContain('Gửi lại hồ sơ lên Cổng DVCQG sau khi bị từ chối');
    const audit = await h.deps.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'integration.national_sync_resent' AND entity_id = $1`,
      [d.id],
    );
    expect(audit[0]!.n).toBe(1);
  });

  it('refuses a resend when nothing was refused, and to an officer of another unit (404)', async () => {
    const d = await receive();
    await drain();
    const url = `/api/dossiers/${d.id}/national-sync/resend`;
    const res = await call(configured, s.tiepnhan!, 'POST', url);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('NOTHING_TO_RESEND');
    expect(res.json().error.message).toMatch(/không có thay đổi nào bị Cổng DVCQG từ chối/);
    const stranger = await login(h.app, 'luongvantri.tiepnhan');
    expect((await call(configured, stranger, 'POST', url)).statusCode).toBe(404);
  });

  it('removes delivered changes past the retention period and keeps each dossier’s counts', async () => {
    const d = await receive();
    await toAppraisal(d);
    await drain();
    const url = `/api/dossiers/${d.id}/national-sync`;
    const before = (await call(configured, s.tiepnhan!, 'GET', url)).json();
    expect(before).toMatchObject({ state: 'delivered', delivered: 3 });
    // Not yet past the retention period: nothing removed.
    expect((await pruneDeliveredOutbox(worker, { batchSize: 500 })).removed).toBe(0);
    const fresh = await receive(); // changed now, delivered later: kept after the prune below
    h.clock.advance(worker.config.outboxRetentionMs + 1_000);
    await drain();
    const pruned = await pruneDeliveredOutbox(worker, { batchSize: 500 });
    expect(pruned.removed).toBeGreaterThanOrEqual(3);
    expect(await syncRows(d.id)).toEqual([]);
    expect(await syncRows(fresh.id)).toHaveLength(1);
    // 90 days later the officer signs in again.
    s.tiepnhan = await login(h.app, 'tamthanh.tiepnhan');
    const after = (await call(configured, s.tiepnhan, 'GET', url)).json();
    expect(after).toEqual(before);
  });
});
