// The procedure catalog over HTTP: search without diacritics, fields, national-format export and an
// all-or-nothing import that never alters a published version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/fingerprint.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
let admin: Session;
let receiver: Session;
beforeAll(async () => {
  h = await createHarness();
  admin = await login(h.app, 'admin');
  receiver = await login(h.app, 'tamthanh.tiepnhan');
}, 120_000);
afterAll(() => h?.close());

describe('procedure catalog', () => {
  it('finds procedures by words typed without diacritics, and lists fields with counts', async () => {
    const res = await call(h.app, receiver, 'GET', '/api/procedures?q=dang%20ky%20khai%20sinh');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((p: { code: string }) => p.code)).toContain('1.001193');
    const fields = (await call(h.app, receiver, 'GET', '/api/fields')).json().items;
    const certification = fields.find((f: { code: string }) => f.code === 'TP-CT');
    expect(certification.procedures).toBeGreaterThan(5);
    const detail = (await call(h.app, receiver, 'GET', '/api/procedures/2.000815')).json();
    expect(detail.cutoff).toBe('15:00');
    expect(detail.fees[0].amount).toBe(2000);
  });

  it('exports the catalog and re-imports it unchanged (every version skipped)', async () => {
    const exported = await call(h.app, receiver, 'GET', '/api/procedures/export?format=json');
    expect(exported.statusCode).toBe(200);
    const doc = exported.json();
    expect(doc.DanhSachTTHC.length).toBeGreaterThanOrEqual(45);
    const before = await fingerprint(h.deps.database);
    const again = await call(h.app, admin, 'POST', '/api/procedures/import', {
      format: 'json',
      content: exported.body,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ imported: 0, skipped: doc.DanhSachTTHC.length });

    const csv = await call(h.app, receiver, 'GET', '/api/procedures/export?format=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const fromCsv = await call(h.app, admin, 'POST', '/api/procedures/import', {
      format: 'csv',
      content: csv.body,
    });
    expect(fromCsv.json().imported).toBe(0);
    // Only the two import audit events were written.
    const after = await h.deps.database.query<{ n: string }>(
      "SELECT count(*) AS n FROM audit_events WHERE action = 'catalog.imported'",
    );
    expect(Number(after[0]!.n)).toBe(2);
    expect(before).not.toBe('');
  });

  it('imports a new procedure, and refuses to change a published version — writing nothing', async () => {
    const doc = (await call(h.app, receiver, 'GET', '/api/procedures/export?format=json')).json();
    const source = doc.DanhSachTTHC.find((p: { MaTTHC: string }) => p.MaTTHC === '2.000908');
    const brandNew = { ...source, MaTTHC: '1.999999', TenTTHC: 'Thủ tục thử nghiệm nhập danh mục' };
    const ok = await call(h.app, admin, 'POST', '/api/procedures/import', {
      format: 'json',
      content: JSON.stringify({ DanhSachTTHC: [brandNew] }),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ imported: 1, skipped: 0 });
    const found = await call(h.app, receiver, 'GET', '/api/procedures?q=thu%20nghiem%20nhap');
    expect(found.json().items.map((p: { code: string }) => p.code)).toEqual(['1.999999']);

    const before = await fingerprint(h.deps.database);
    const changed = { ...source, TenTTHC: 'Tên đã bị sửa' };
    const refused = await call(h.app, admin, 'POST', '/api/procedures/import', {
      format: 'json',
      content: JSON.stringify({ DanhSachTTHC: [changed, { ...brandNew, MaTTHC: '1.999998' }] }),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('CATALOG_CONFLICT');
    expect(JSON.stringify(refused.json().error.details)).toContain('2.000908');
    expect(await fingerprint(h.deps.database)).toBe(before);
  });

  it('reports malformed CSV by line number in Vietnamese, and only a system administrator may import', async () => {
    const bad = await call(h.app, admin, 'POST', '/api/procedures/import', {
      format: 'csv',
      content: 'MaTTHC,TenTTHC\n"1.000001,"không đóng ngoặc\n',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('CATALOG_INVALID');
    expect(bad.json().error.message).toMatch(/lỗi/);
    const denied = await call(h.app, receiver, 'POST', '/api/procedures/import', {
      format: 'json',
      content: '{}',
    });
    expect(denied.statusCode).toBe(403);
  });
});
