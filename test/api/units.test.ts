import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/fingerprint.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
let admin: Session;
let provinceAdmin: Session;
beforeAll(async () => {
  h = await createHarness();
  admin = await login(h.app, 'admin');
  provinceAdmin = await login(h.app, 'langson.quantri');
}, 120_000);
afterAll(() => h?.close());

describe('units', () => {
  it('a province administrator creates a commune in the province, audited with its after-state', async () => {
    const res = await call(h.app, provinceAdmin, 'POST', '/api/units', {
      code: '06010',
      name: 'Xã Hữu Lũng',
      kind: 'commune',
      parentCode: '20',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      code: '06010',
      parentCode: '20',
      kind: 'commune',
      validFrom: '2026-03-02',
      centerName: 'Trung tâm Phục vụ hành chính công Xã Hữu Lũng',
    });
    const [event] = await h.deps.database.query<{
      action: string;
      after: { code: string };
      ip: string;
      actor_name: string;
    }>(
      "SELECT action, after, ip, actor_name FROM audit_events WHERE entity_id = $1 AND action = 'unit.created'",
      [res.json().id],
    );
    expect(event?.after.code).toBe('06010');
    expect(event?.ip).toBe('127.0.0.1');
  });

  it('refuses a province from anyone but a system administrator', async () => {
    const res = await call(h.app, provinceAdmin, 'POST', '/api/units', {
      code: '22',
      name: 'Tỉnh Quảng Ninh',
      kind: 'province',
    });
    expect(res.statusCode).toBe(403);
    const ok = await call(h.app, admin, 'POST', '/api/units', {
      code: '22',
      name: 'Tỉnh Quảng Ninh',
      kind: 'province',
    });
    expect(ok.statusCode).toBe(201);
  });

  it.each([
    [{ code: '6001', name: 'Xã Sai Mã', kind: 'commune', parentCode: '20' }, 'UNIT_CODE_FORMAT'],
    [{ code: '06011', name: 'Xã Thiếu Cha', kind: 'commune' }, 'UNIT_PARENT_REQUIRED'],
    [{ code: '23', name: 'Tỉnh Có Cha', kind: 'province', parentCode: '20' }, 'UNIT_PARENT_NOT_ALLOWED'],
    [{ code: '06012', name: 'Xã Cha Xã', kind: 'commune', parentCode: '06001' }, 'UNIT_CODE_FORMAT'],
  ])('rejects %o with %s and writes nothing', async (body, code) => {
    const before = await fingerprint(h.deps.database);
    const res = await call(h.app, admin, 'POST', '/api/units', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toMatch(/[àáảãạăâđêôơưÀ-ỹ]/);
    expect(await fingerprint(h.deps.database)).toBe(before);
  });

  it('never reuses a code', async () => {
    const res = await call(h.app, admin, 'POST', '/api/units', {
      code: '06001',
      name: 'Phường Khác',
      kind: 'ward',
      parentCode: '20',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('UNIT_CODE_TAKEN');
  });

  it('ends a merged unit with its successor, keeping its history visible on request', async () => {
    await call(h.app, admin, 'POST', '/api/units', {
      code: '06020',
      name: 'Xã Cũ',
      kind: 'commune',
      parentCode: '20',
      validFrom: '2025-07-01',
    });
    const res = await call(h.app, admin, 'PATCH', '/api/units/06020', {
      validTo: '2026-03-01',
      successorCode: '06003',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ validTo: '2026-03-01', successorCode: '06003' });
    const active = (await call(h.app, admin, 'GET', '/api/units?parentCode=20&limit=200'))
      .json()
      .items.map((u: { code: string }) => u.code);
    expect(active).not.toContain('06020');
    const all = (
      await call(h.app, admin, 'GET', '/api/units?parentCode=20&includeInactive=true&limit=200')
    ).json().items;
    expect(all.map((u: { code: string }) => u.code)).toContain('06020');
    const [ev] = await h.deps.database.query<{ before: { validTo: null }; after: { validTo: string } }>(
      "SELECT before, after FROM audit_events WHERE action = 'unit.updated' ORDER BY id DESC LIMIT 1",
    );
    expect(ev?.before.validTo).toBeNull();
    expect(ev?.after.validTo).toBe('2026-03-01');
  });

  it('pages by keyset without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/units?limit=2&includeInactive=true${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await call(h.app, admin, 'GET', url);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      seen.push(...body.items.map((u: { code: string }) => u.code));
      cursor = body.nextCursor;
    } while (cursor);
    const all = (await call(h.app, admin, 'GET', '/api/units?limit=200&includeInactive=true')).json().items;
    expect(seen).toEqual(all.map((u: { code: string }) => u.code));
    expect(new Set(seen).size).toBe(seen.length);
    const bad = await call(h.app, admin, 'GET', '/api/units?cursor=%%%');
    expect(bad.statusCode).toBe(400);
  });

  it('manages departments and counters of the center', async () => {
    const s = await login(h.app, 'vanlinh.quantri');
    const d = await call(h.app, s, 'POST', '/api/units/06003/departments', {
      code: 'TP',
      name: 'Phòng Tư pháp',
    });
    expect(d.statusCode).toBe(201);
    expect(
      (await call(h.app, s, 'POST', '/api/units/06003/departments', { code: 'TP', name: 'Trùng' }))
        .statusCode,
    ).toBe(409);
    const patched = await call(h.app, s, 'PATCH', `/api/departments/${d.json().id}`, { active: false });
    expect(patched.json().active).toBe(false);
    const c = await call(h.app, s, 'POST', '/api/units/06003/counters', {
      number: 5,
      name: 'Quầy 5 – Bưu điện',
    });
    expect(c.statusCode).toBe(201);
    const counters = (await call(h.app, s, 'GET', '/api/units/06003/counters')).json().items;
    expect(counters.map((x: { number: number }) => x.number)).toEqual([1, 2, 3, 4, 5]);
  });
});
