// National population database lookup at intake, over real HTTP on loopback against the stand-in
// (src/standin/population.ts): found / not found, a slow answer beyond the timeout and a dropped
// connection are "unavailable", the circuit breaker opens after N failures and then answers without
// calling out, one probe after the cool-down (failing → open again, succeeding → closed), the audit
// trail with the CCCD masked, permissions, and the dossier verified only through a matching lookup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PopulationStandin, startPopulationStandin } from '../../src/standin/population.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let standin: PopulationStandin;
let h: Harness;
const s: Record<string, Session> = {};
const TOKEN = 'standin-secret-token';
const COOL_DOWN_S = 30;

beforeAll(async () => {
  standin = await startPopulationStandin({ token: TOKEN });
  h = await createHarness({
    now: '2026-03-03T02:00:00.000Z',
    env: {
      POPULATION_DB_URL: standin.url,
      POPULATION_DB_TOKEN: TOKEN,
      POPULATION_DB_CONNECT_TIMEOUT_MS: '500',
      POPULATION_DB_TIMEOUT_MS: '400',
      POPULATION_DB_BREAKER_FAILURES: '3',
      POPULATION_DB_BREAKER_COOLDOWN_SECONDS: String(COOL_DOWN_S),
    },
  });
  s.receiver = await login(h.app, 'tamthanh.tiepnhan');
  s.otherReceiver = await login(h.app, 'vanlinh.tiepnhan');
  s.citizen = await login(h.app, 'congdan.an');
  s.processor = await login(h.app, 'tamthanh.chuyenvien');
}, 120_000);
afterAll(async () => {
  await h?.close();
  await standin?.close();
});

const lookup = (who: Session | null, idNumber: string) =>
  call(h.app, who, 'POST', '/api/population/citizens/lookup', { idNumber });

async function auditOf(lookupId: string) {
  return h.deps.database.query<{ action: string; actor_name: string; after: Record<string, unknown> }>(
    "SELECT action, actor_name, after FROM audit_events WHERE entity_type = 'population_lookup' AND entity_id = $1",
    [lookupId],
  );
}
const seen = new Set<string>();
/** Lookup-log rows written since the previous call (the fixed clock gives them all the same time). */
async function freshLookups() {
  const rows = await h.deps.database.query<{ id: string; result: string; reason: string | null }>(
    'SELECT id, result, reason FROM population_lookups',
  );
  const fresh = rows.filter((r) => !seen.has(r.id));
  for (const r of fresh) seen.add(r.id);
  return fresh;
}
async function lookupCount() {
  const [r] = await h.deps.database.query<{ n: number }>('SELECT count(*)::int AS n FROM population_lookups');
  return r!.n;
}

describe('lookup', () => {
  it('finds a citizen and prefills name, date of birth and addresses; the call is audited, CCCD masked', async () => {
    const before = standin.calls();
    const res = await lookup(s.receiver!, '020090001234');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.citizen).toEqual({
      idNumber: '020090001234',
      fullName: 'Hoàng Văn An',
      birthDate: '1990-05-14',
      sex: 'male',
      permanentAddress: 'Thôn Nà Pàn, xã Tân Thành, tỉnh Lạng Sơn',
      currentAddress: 'Số 12 đường Trần Đăng Ninh, xã Tân Thành, tỉnh Lạng Sơn',
    });
    expect(body.lookedUpAt).toBe('2026-03-03T02:00:00.000Z');
    expect(body.validUntil).toBe('2026-03-03T03:00:00.000Z');
    expect(standin.calls()).toBe(before + 1);
    const audit = await auditOf(body.lookupId);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('population.lookup');
    expect(audit[0]!.after).toMatchObject({ idNumber: '020******234', result: 'found' });
    // The full CCCD is nowhere in the audit trail or the lookup log.
    const leaks = await h.deps.database.query(
      "SELECT 1 FROM audit_events WHERE after::text LIKE '%020090001234%' UNION ALL SELECT 1 FROM population_lookups WHERE id_number_hash = '020090001234'",
    );
    expect(leaks).toEqual([]);
  });

  it('answers CITIZEN_NOT_FOUND for an unknown CCCD, and audits it', async () => {
    await freshLookups();
    const res = await lookup(s.receiver!, '020090009999');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('CITIZEN_NOT_FOUND');
    expect(res.json().error.message).toMatch(/nhập thông tin chủ hồ sơ thủ công/);
    const [last] = await freshLookups();
    expect(last).toMatchObject({ result: 'not_found', reason: null });
    expect((await auditOf(last!.id))[0]!.after).toMatchObject({
      idNumber: '020******999',
      result: 'not_found',
    });
  });

  it('refuses a malformed CCCD without calling out or logging', async () => {
    const [calls, logged] = [standin.calls(), await lookupCount()];
    const res = await lookup(s.receiver!, '12345');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('CITIZEN_ID_FORMAT');
    expect(standin.calls()).toBe(calls);
    expect(await lookupCount()).toBe(logged);
  });

  it('is for receiving officers only: 401 without a session, 403 for a citizen or a processing officer', async () => {
    const [calls, logged] = [standin.calls(), await lookupCount()];
    expect((await lookup(null, '020090001234')).statusCode).toBe(401);
    expect((await lookup(s.citizen!, '020090001234')).statusCode).toBe(403);
    expect((await lookup(s.processor!, '020090001234')).statusCode).toBe(403);
    expect(standin.calls()).toBe(calls);
    expect(await lookupCount()).toBe(logged);
  });
});

describe('when the population database misbehaves', () => {
  it('a slow answer beyond the timeout is "unavailable" (timeout): the call was aborted, not waited for', async () => {
    standin.setMode('slow', 5_000);
    await freshLookups();
    const res = await lookup(s.receiver!, '020090001234');
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toMatchObject({
      code: 'POPULATION_DB_UNAVAILABLE',
      details: { reason: 'timeout' },
    });
    expect(res.json().error.message).toMatch(/nhập thông tin chủ hồ sơ thủ công/);
    const [last] = await freshLookups();
    expect(last).toMatchObject({ result: 'unavailable', reason: 'timeout' });
    expect((await auditOf(last!.id))[0]!.after).toMatchObject({ result: 'unavailable', reason: 'timeout' });
  });

  it('a dropped connection is "unavailable" (connection)', async () => {
    standin.setMode('drop');
    const res = await lookup(s.receiver!, '020090001234');
    expect(res.statusCode).toBe(503);
    expect(res.json().error.details).toEqual({ reason: 'connection' });
  });

  it('the third consecutive failure opens the circuit; then calls are answered at once, without calling out', async () => {
    standin.setMode('fail');
    const res = await lookup(s.receiver!, '020090001234');
    expect(res.json().error.details).toEqual({ reason: 'http_status' });
    standin.setMode('ok');
    await freshLookups();
    const calls = standin.calls();
    for (let i = 0; i < 3; i++) {
      const open = await lookup(s.receiver!, '020185004321');
      expect(open.statusCode).toBe(503);
      expect(open.json().error).toMatchObject({
        code: 'POPULATION_DB_UNAVAILABLE',
        details: { reason: 'circuit_open' },
      });
    }
    expect(standin.calls()).toBe(calls);
    // Still audited, as unavailable.
    const logged = await freshLookups();
    expect(logged.map((r) => [r.result, r.reason])).toEqual(Array(3).fill(['unavailable', 'circuit_open']));
  });

  it('after the cool-down one probe goes out; when it fails the circuit opens again', async () => {
    standin.setMode('fail');
    h.clock.advance((COOL_DOWN_S - 1) * 1000);
    const calls = standin.calls();
    expect((await lookup(s.receiver!, '020185004321')).json().error.details).toEqual({
      reason: 'circuit_open',
    });
    expect(standin.calls()).toBe(calls);
    h.clock.advance(1000);
    expect((await lookup(s.receiver!, '020185004321')).json().error.details).toEqual({
      reason: 'http_status',
    });
    expect(standin.calls()).toBe(calls + 1);
    expect((await lookup(s.receiver!, '020185004321')).json().error.details).toEqual({
      reason: 'circuit_open',
    });
    expect(standin.calls()).toBe(calls + 1);
  });

  it('after the next cool-down a successful probe closes the circuit again', async () => {
    standin.setMode('ok');
    h.clock.advance(COOL_DOWN_S * 1000);
    const calls = standin.calls();
    const probe = await lookup(s.receiver!, '020185004321');
    expect(probe.statusCode).toBe(200);
    expect(probe.json().citizen).toMatchObject({
      fullName: 'Vi Thị Lan',
      birthDate: '1985-03-02',
      sex: 'female',
    });
    expect((await lookup(s.receiver!, '031201007788')).statusCode).toBe(200);
    expect(standin.calls()).toBe(calls + 2);
  });
});

describe('intake: owner verified with the population database', () => {
  const intake = (owner: Record<string, unknown>, populationLookupId?: string) => ({
    unitCode: '06001',
    procedureCode: '1.004884',
    caseCode: 'TH1',
    owner: { kind: 'citizen', ...owner },
    components: [] as unknown[],
    feePayment: 'now',
    returnChannel: 'counter',
    ...(populationLookupId ? { populationLookupId } : {}),
  });
  let components: { code: string; quantity: number; provided: boolean }[] = [];
  beforeAll(async () => {
    const proc = (await call(h.app, s.receiver!, 'GET', '/api/procedures/1.004884')).json();
    components = proc.components.map((c: { code: string; quantity: number }) => ({
      code: c.code,
      quantity: c.quantity,
      provided: true,
    }));
  });
  const receive = async (who: Session, body: ReturnType<typeof intake>) => {
    const res = await call(h.app, who, 'POST', '/api/dossiers', { ...body, components });
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await call(h.app, who, 'GET', `/api/dossiers/${res.json().id}`)).json();
    return detail as { id: string; ownerVerification: string; ownerVerifiedAt: string | null };
  };
  const hang = { fullName: 'Nguyễn Thị Hằng', idNumber: '020190001234', address: 'Thôn Bản Chu' };

  it('with the lookup made for it, the owner is verified; the lookup cannot vouch twice', async () => {
    const found = (await lookup(s.receiver!, hang.idNumber)).json();
    const d = await receive(s.receiver!, intake({ ...hang, fullName: ' nguyễn  thị hằng ' }, found.lookupId));
    expect(d.ownerVerification).toBe('verified');
    expect(d.ownerVerifiedAt).toBe(found.lookedUpAt);
    const [row] = await h.deps.database.query<{ dossier_id: string }>(
      'SELECT dossier_id FROM population_lookups WHERE id = $1',
      [found.lookupId],
    );
    expect(row!.dossier_id).toBe(d.id);
    const again = await receive(s.receiver!, intake(hang, found.lookupId));
    expect(again.ownerVerification).toBe('not_verified');
    expect(again.ownerVerifiedAt).toBeNull();
  });

  it('without a lookup, or with one that does not match, the owner is not verified', async () => {
    expect((await receive(s.receiver!, intake(hang))).ownerVerification).toBe('not_verified');
    // Name typed differently from the population database.
    const found = (await lookup(s.receiver!, hang.idNumber)).json();
    expect(
      (await receive(s.receiver!, intake({ ...hang, fullName: 'Nguyễn Thị Hương' }, found.lookupId)))
        .ownerVerification,
    ).toBe('not_verified');
    // Another person's lookup.
    const an = (await lookup(s.receiver!, '020090001234')).json();
    expect((await receive(s.receiver!, intake(hang, an.lookupId))).ownerVerification).toBe('not_verified');
    // Another officer's lookup.
    const theirs = (await lookup(s.otherReceiver!, hang.idNumber)).json();
    expect((await receive(s.receiver!, intake(hang, theirs.lookupId))).ownerVerification).toBe(
      'not_verified',
    );
    // A lookup older than an hour.
    const old = (await lookup(s.receiver!, hang.idNumber)).json();
    h.clock.advance(61 * 60_000);
    expect((await receive(s.receiver!, intake(hang, old.lookupId))).ownerVerification).toBe('not_verified');
    // An id that is no lookup at all.
    expect(
      (await receive(s.receiver!, intake(hang, '00000000-0000-4000-8000-000000000000'))).ownerVerification,
    ).toBe('not_verified');
  });

  it('a failed lookup leaves intake by hand possible, not verified', async () => {
    standin.setMode('drop');
    await freshLookups();
    const res = await lookup(s.receiver!, hang.idNumber);
    expect(res.statusCode).toBe(503);
    const [failed] = await freshLookups();
    const d = await receive(s.receiver!, intake(hang, failed!.id));
    expect(d.ownerVerification).toBe('not_verified');
    standin.setMode('ok');
  });
});

describe('not configured', () => {
  let bare: Harness;
  beforeAll(async () => {
    bare = await createHarness({ now: '2026-03-03T02:00:00.000Z' });
  }, 120_000);
  afterAll(() => bare?.close());

  it('answers POPULATION_DB_NOT_CONFIGURED at once, logged, and intake goes on by hand', async () => {
    const officer = await login(bare.app, 'tamthanh.tiepnhan');
    const res = await call(bare.app, officer, 'POST', '/api/population/citizens/lookup', {
      idNumber: '020090001234',
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('POPULATION_DB_NOT_CONFIGURED');
    expect(res.json().error.message).toMatch(/chưa cấu hình kết nối CSDL quốc gia về dân cư/);
    const rows = await bare.deps.database.query<{ result: string; reason: string }>(
      'SELECT result, reason FROM population_lookups',
    );
    expect(rows).toEqual([{ result: 'unavailable', reason: 'not_configured' }]);
  });
});
