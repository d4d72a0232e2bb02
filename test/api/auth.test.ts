import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, DEMO_PASSWORD, type Harness, login } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 120_000);
afterAll(() => h?.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('login', () => {
  it('sets an HttpOnly SameSite session cookie and returns the officer with a CSRF token', async () => {
    const res = await post('/api/auth/login', { username: 'tamthanh.tiepnhan', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^motcua_sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP in tests; Secure behind TLS
    const body = res.json();
    expect(body.user.unit.code).toBe('06001');
    expect(body.user.roles).toEqual(['receiving_officer']);
    expect(body.user.permissions).toContain('dossiers:receive');
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('marks the cookie Secure when the request came over TLS through a trusted proxy', async () => {
    const { buildApp } = await import('../../src/http/app.js');
    const { parseConfig } = await import('../../src/config.js');
    const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', TRUST_PROXY: 'true' });
    const app = await buildApp({ ...h.deps, config }, { logger: false });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'tamthanh.tiepnhan', password: DEMO_PASSWORD },
    });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    await app.close();
  });

  it('rejects a wrong password with a Vietnamese message and a stable code', async () => {
    const res = await post('/api/auth/login', { username: 'tamthanh.tiepnhan', password: 'sai-mat-khau' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toEqual({
      code: 'AUTH_INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng',
    });
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const res = await post('/api/auth/login', { username: 'khong.ton.tai', password: 'x' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('locks the username temporarily after repeated failures, then lets it in after the lock', async () => {
    for (let i = 0; i < 4; i++) {
      expect(
        (await post('/api/auth/login', { username: 'vanlinh.vanthu', password: 'wrong' })).statusCode,
      ).toBe(401);
    }
    const fifth = await post('/api/auth/login', { username: 'vanlinh.vanthu', password: 'wrong' });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('AUTH_LOCKED');
    expect(fifth.json().error.message).toMatch(/thử lại sau \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    const right = await post('/api/auth/login', { username: 'vanlinh.vanthu', password: DEMO_PASSWORD });
    expect(right.statusCode).toBe(429);
    h.clock.advance(16 * 60_000);
    const later = await post('/api/auth/login', { username: 'vanlinh.vanthu', password: DEMO_PASSWORD });
    expect(later.statusCode).toBe(200);
    const events = await h.deps.database.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE action = 'account.locked'",
    );
    expect(events.length).toBe(1);
  });

  it('rejects malformed bodies with VALIDATION_FAILED and field details', async () => {
    const res = await post('/api/auth/login', { username: '' });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.message).toBe('Dữ liệu gửi lên không hợp lệ');
    expect(err.details.map((d: { path: string[] }) => d.path.join('.'))).toEqual(
      expect.arrayContaining(['username', 'password']),
    );
  });

  it('rejects broken JSON with INVALID_JSON, not a 500', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_JSON');
  });
});

describe('sessions', () => {
  it('requires the CSRF header on state-changing requests made with the cookie', async () => {
    const s = await login(h.app, 'tamthanh.quantri');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/units/06001/counters',
      headers: { cookie: s.cookie },
      payload: { number: 7, name: 'Quầy 7' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    const ok = await call(h.app, s, 'POST', '/api/units/06001/counters', { number: 7, name: 'Quầy 7' });
    expect(ok.statusCode).toBe(201);
  });

  it('logs out one session, and everywhere', async () => {
    const a = await login(h.app, 'tamthanh.giamdoc');
    const b = await login(h.app, 'tamthanh.giamdoc');
    expect((await call(h.app, a, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await call(h.app, a, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await call(h.app, b, 'GET', '/api/auth/me')).statusCode).toBe(200);
    const c = await login(h.app, 'tamthanh.giamdoc');
    expect((await call(h.app, c, 'POST', '/api/auth/logout-all')).statusCode).toBe(204);
    expect((await call(h.app, b, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('expires sessions after the configured lifetime', async () => {
    const s = await login(h.app, 'tamthanh.kiemsoat');
    h.clock.advance(13 * 3600_000);
    expect((await call(h.app, s, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('changes the password: the old one stops working and other sessions end', async () => {
    const a = await login(h.app, 'luongvantri.chuyenvien');
    const b = await login(h.app, 'luongvantri.chuyenvien');
    const wrong = await call(h.app, a, 'POST', '/api/auth/change-password', {
      currentPassword: 'nope',
      newPassword: 'MatKhauMoi@2026',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('AUTH_WRONG_PASSWORD');
    const ok = await call(h.app, a, 'POST', '/api/auth/change-password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'MatKhauMoi@2026',
    });
    expect(ok.statusCode).toBe(204);
    expect((await call(h.app, a, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await call(h.app, b, 'GET', '/api/auth/me')).statusCode).toBe(401);
    await expect(login(h.app, 'luongvantri.chuyenvien')).rejects.toThrow(/401/);
    await login(h.app, 'luongvantri.chuyenvien', 'MatKhauMoi@2026');
  });

  it('an administrator reset forces a password change and ends the sessions', async () => {
    const victim = await login(h.app, 'luongvantri.vanthu');
    const admin = await login(h.app, 'luongvantri.quantri');
    const users = (await call(h.app, admin, 'GET', '/api/users?unitCode=06002&q=vanthu')).json().items;
    const res = await call(h.app, admin, 'POST', `/api/users/${users[0].id}/reset-password`, {
      newPassword: 'TamThoi@12345',
    });
    expect(res.statusCode).toBe(204);
    expect((await call(h.app, victim, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await login(h.app, 'luongvantri.vanthu', 'TamThoi@12345');
    expect((await call(h.app, again, 'GET', '/api/auth/me')).json().user.mustChangePassword).toBe(true);
  });
});

describe('API tokens', () => {
  it('authenticates a machine client by bearer token scoped to its unit, until revoked', async () => {
    const admin = await login(h.app, 'tamthanh.quantri');
    const created = await call(h.app, admin, 'POST', '/api/api-tokens', {
      name: 'Cổng DVCQG',
      unitCode: '06001',
      permissions: ['dossiers:ingest'],
    });
    expect(created.statusCode).toBe(201);
    const { token, id, tokenPrefix } = created.json();
    expect(token.startsWith(tokenPrefix)).toBe(true);
    const stored = await h.deps.database.query<{ token_hash: string }>(
      'SELECT token_hash FROM api_tokens WHERE id = $1',
      [id],
    );
    expect(stored[0]!.token_hash).not.toContain(token);
    const listed = (await call(h.app, admin, 'GET', '/api/api-tokens')).json().items;
    expect(JSON.stringify(listed)).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    // The token has no 'units:read' permission: it is authenticated (403, not 401).
    expect((await h.app.inject({ method: 'GET', url: '/api/units', headers: bearer })).statusCode).toBe(403);
    // No CSRF is needed for bearer clients; they cannot reach a session endpoint.
    expect((await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer })).statusCode).toBe(
      403,
    );

    expect((await call(h.app, admin, 'DELETE', `/api/api-tokens/${id}`)).statusCode).toBe(204);
    const after = await h.app.inject({ method: 'GET', url: '/api/units', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('AUTH_INVALID_TOKEN');
  });
});
