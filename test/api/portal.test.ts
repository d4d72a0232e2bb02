// Online submission by a citizen: waits in the unit's "to receive" queue without a legal clock; the
// receiving officer accepts it (clock starts) or refuses it (not received, code 3). Citizens see only
// their own dossiers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
let citizen: Session;
let otherCitizen: Session;
let receiver: Session;
beforeAll(async () => {
  h = await createHarness({ now: '2026-03-03T02:00:00.000Z' });
  citizen = await login(h.app, 'congdan.an');
  otherCitizen = await login(h.app, 'congdan.lan');
  receiver = await login(h.app, 'tamthanh.tiepnhan');
}, 120_000);
afterAll(() => h?.close());

const submission = {
  unitCode: '06001',
  procedureCode: '2.001035',
  caseCode: 'TH1',
  components: [],
  returnChannel: 'electronic',
};

describe('online submission', () => {
  it('is accepted by the receiving officer, who starts the legal clock', async () => {
    const res = await call(h.app, citizen, 'POST', '/api/portal/dossiers', submission);
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({ state: 'submitted', nationalStatus: 1, channel: 'online', dueAt: null });
    expect(d.ownerIdNumber).toMatch(/^\d{12}$/);

    const queue = (await call(h.app, receiver, 'GET', '/api/dossiers?queue=to_receive')).json();
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(d.id);

    h.clock.set('2026-03-04T02:00:00.000Z');
    receiver = await login(h.app, 'tamthanh.tiepnhan');
    const accepted = await call(h.app, receiver, 'POST', `/api/dossiers/${d.id}/actions`, {
      action: 'accept_online',
      version: d.version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const a = accepted.json();
    expect(a.state).toBe('received');
    expect(a.receivedAt).toBe('2026-03-04T02:00:00.000Z');
    // 2 working days from Wed 04/03 09:00: due Fri 06/03.
    expect(new Date(Date.parse(a.dueAt) + 7 * 3600_000).toISOString().slice(0, 10)).toBe('2026-03-06');

    citizen = await login(h.app, 'congdan.an');
    const mine = (await call(h.app, citizen, 'GET', '/api/portal/dossiers')).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(d.id);
    const detail = await call(h.app, citizen, 'GET', `/api/portal/dossiers/${d.id}`);
    expect(detail.json().state).toBe('received');
  });

  it('is refused with a reason: never counted as received', async () => {
    citizen = await login(h.app, 'congdan.an');
    const d = (await call(h.app, citizen, 'POST', '/api/portal/dossiers', submission)).json();
    const refused = await call(h.app, receiver, 'POST', `/api/dossiers/${d.id}/actions`, {
      action: 'refuse_online',
      version: d.version,
      reason: 'Hồ sơ không thuộc thẩm quyền giải quyết của phường',
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({
      state: 'rejected_at_intake',
      nationalStatus: 3,
      receivedAt: null,
    });
  });

  it('keeps each citizen to their own dossiers, and officers out of the portal', async () => {
    otherCitizen = await login(h.app, 'congdan.lan');
    const mine = (await call(h.app, citizen, 'GET', '/api/portal/dossiers')).json().items;
    expect(mine.length).toBeGreaterThan(0);
    const theirs = (await call(h.app, otherCitizen, 'GET', '/api/portal/dossiers')).json().items;
    expect(theirs).toEqual([]);
    expect((await call(h.app, otherCitizen, 'GET', `/api/portal/dossiers/${mine[0].id}`)).statusCode).toBe(
      404,
    );
    expect((await call(h.app, receiver, 'GET', '/api/portal/dossiers')).statusCode).toBe(403);
    expect((await call(h.app, null, 'GET', '/api/portal/dossiers')).statusCode).toBe(401);
    expect((await call(h.app, null, 'POST', '/api/portal/dossiers', submission)).statusCode).toBe(401);
    expect((await call(h.app, receiver, 'POST', '/api/portal/dossiers', submission)).statusCode).toBe(403);
    // Hòa giải tranh chấp đất đai has no online service: the citizen is told to come to the counter.
    const offline = await call(h.app, citizen, 'POST', '/api/portal/dossiers', {
      ...submission,
      procedureCode: '1.013967',
    });
    expect(offline.statusCode).toBe(400);
    expect(offline.json().error.code).toBe('ONLINE_NOT_AVAILABLE');
  });
});
