import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/fingerprint.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
let unitAdmin: Session;
let provinceAdmin: Session;
beforeAll(async () => {
  h = await createHarness();
  unitAdmin = await login(h.app, 'tamthanh.quantri');
  provinceAdmin = await login(h.app, 'langson.quantri');
}, 120_000);
afterAll(() => h?.close());

const newUser = (over: Record<string, unknown> = {}) => ({
  username: 'tamthanh.tiepnhan2',
  fullName: 'Lương Thị Hoa',
  email: 'hoa.lt@langson.gov.vn',
  phone: '+84 912 000 111',
  unitCode: '06001',
  roles: ['receiving_officer'],
  password: 'TamThoi@2026!',
  ...over,
});

describe('officer accounts', () => {
  it('creates an officer who must change the temporary password', async () => {
    const res = await call(h.app, unitAdmin, 'POST', '/api/users', newUser());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'tamthanh.tiepnhan2',
      phone: '0912000111',
      unitCode: '06001',
      active: true,
    });
    const s = await login(h.app, 'tamthanh.tiepnhan2', 'TamThoi@2026!');
    expect((await call(h.app, s, 'GET', '/api/auth/me')).json().user.mustChangePassword).toBe(true);
    const [row] = await h.deps.database.query<{ password_hash: string }>(
      "SELECT password_hash FROM accounts WHERE username = 'tamthanh.tiepnhan2'",
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    [{ username: 'Có Dấu' }, 'VALIDATION_FAILED'],
    [{ username: 'x.phone', phone: '12345' }, 'PHONE_FORMAT'],
    [{ username: 'x.email', email: 'khong-phai-email' }, 'EMAIL_FORMAT'],
    [{ username: 'x.role', roles: ['province_viewer'] }, 'ROLE_NOT_ALLOWED_AT_UNIT'],
    [{ username: 'x.dept', departmentId: '00000000-0000-4000-8000-000000000000' }, 'DEPARTMENT_NOT_IN_UNIT'],
    [{ username: 'x.pass', password: 'ngan' }, 'VALIDATION_FAILED'],
  ])('rejects %o with %s, writing nothing', async (over, code) => {
    const before = await fingerprint(h.deps.database);
    const res = await call(h.app, unitAdmin, 'POST', '/api/users', newUser(over));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    expect(await fingerprint(h.deps.database)).toBe(before);
  });

  it('refuses to let a unit administrator grant the system administrator role', async () => {
    const res = await call(
      h.app,
      unitAdmin,
      'POST',
      '/api/users',
      newUser({ username: 'x.sys', roles: ['system_admin'] }),
    );
    expect(res.statusCode).toBe(403);
  });

  it('rejects a taken username with 409', async () => {
    const res = await call(h.app, unitAdmin, 'POST', '/api/users', newUser({ username: 'tamthanh.lanhdao' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('USERNAME_TAKEN');
  });

  it('disabling an officer ends their sessions and blocks login', async () => {
    const victim = await login(h.app, 'tamthanh.vanthu');
    const id = (await call(h.app, victim, 'GET', '/api/auth/me')).json().user.id;
    const res = await call(h.app, unitAdmin, 'PATCH', `/api/users/${id}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect((await call(h.app, victim, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'tamthanh.vanthu', password: 'MotCua@2026' },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('AUTH_ACCOUNT_DISABLED');
  });

  it('rotation moves an officer to another commune, keeps history and names a successor', async () => {
    const users = (await call(h.app, provinceAdmin, 'GET', '/api/users?unitCode=06001&q=chuyenvien')).json()
      .items;
    const mover = users[0];
    const successor = (
      await call(h.app, provinceAdmin, 'GET', '/api/users?unitCode=06001&q=truongphong')
    ).json().items[0];
    const moverSession = await login(h.app, mover.username);
    const res = await call(h.app, provinceAdmin, 'POST', `/api/users/${mover.id}/transfer`, {
      unitCode: '06003',
      successorUserId: successor.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ unitCode: '06003', departmentId: null });
    // The old session carried the old unit's scope: it must end.
    expect((await call(h.app, moverSession, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const history = await h.deps.database.query<{
      unit: string;
      ended: boolean;
      successor_id: string | null;
    }>(
      `SELECT u.code AS unit, a.ended_at IS NOT NULL AS ended, a.successor_id FROM officer_assignments a
       JOIN units u ON u.id = a.unit_id WHERE a.account_id = $1 ORDER BY a.started_at, a.ended_at NULLS LAST`,
      [mover.id],
    );
    expect(history).toEqual([
      { unit: '06001', ended: true, successor_id: successor.id },
      { unit: '06003', ended: false, successor_id: null },
    ]);
    // The commune administrator of the old unit no longer sees the moved officer.
    expect((await call(h.app, unitAdmin, 'GET', `/api/users/${mover.id}`)).statusCode).toBe(404);
  });

  it('a unit administrator cannot move an officer out of their scope', async () => {
    const u = (await call(h.app, unitAdmin, 'GET', '/api/users?q=kiemsoat')).json().items[0];
    const before = await fingerprint(h.deps.database);
    const res = await call(h.app, unitAdmin, 'POST', `/api/users/${u.id}/transfer`, { unitCode: '06002' });
    expect(res.statusCode).toBe(404);
    expect(await fingerprint(h.deps.database)).toBe(before);
  });
});
