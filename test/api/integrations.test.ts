// Source systems and the inbound dossier API (DVCQG HoSoDongBoDVC shape): per-record results, idempotency,
// out-of-order updates, units outside the source, external procedures, refusal after appraisal, the
// console filter by source, linking the same MaHoSo from a second source, and the report counting once.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossiers, procedures } from '../../src/db/schema.js';
import { formatDvcDate } from '../../src/domain/integrations/index.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
let langson: Session;
let btpToken: string;

const DAY = 86_400_000;
const BASE = Date.parse('2026-02-02T01:00:00Z'); // 08:00 in Vietnam
const STATUSES = [2, 4, 5, 6, 9, 10, 7, 8] as const;

type Rec = Record<string, unknown>;

function record(i: number, over: Rec = {}): Rec {
  const received = BASE + (i % 20) * DAY;
  const status = STATUSES[i % STATUSES.length]!;
  const done = status === 9 || status === 10;
  return {
    MaHoSo: `BTP-260202-${String(i).padStart(4, '0')}`,
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    MaLinhVuc: 'HT',
    TenLinhVuc: 'Hộ tịch',
    KenhThucHien: (i % 3) + 1,
    ChuHoSo: i % 10 === 0 ? 'Hoàng Đức Nguồn' : 'Trần Thị Bích',
    SoGiayToChuHoSo: `0201900${String(i).padStart(5, '0')}`,
    LoaiDoiTuong: 1,
    NgayTiepNhan: formatDvcDate(received),
    NgayHenTra: formatDvcDate(received + 5 * DAY),
    NgayKetThucXuLy: done ? formatDvcDate(received + 3 * DAY) : '',
    NgayTra: status === 10 ? formatDvcDate(received + 4 * DAY) : '',
    NgayTuChoi: '',
    TrangThaiHoSo: status,
    DonViXuLy: i % 2 === 0 ? '06001' : '06002',
    DuocThanhToanTrucTuyen: i % 2,
    HoSoCoThanhPhanSoHoa: 0,
    DanhSachLePhi: i % 4 === 0 ? [{ TenPhiLePhi: 'Lệ phí', MaPhiLePhi: 'LP', Gia: 8000 }] : [],
    QuaTrinhXuLy: [
      { NguoiXuLy: 'Cán bộ', ThoiDiemXuLy: formatDvcDate(received + DAY), NoiDungXuLy: 'Thẩm định' },
    ],
    ...over,
  };
}

const INVALID: [Rec | unknown, RegExp][] = [
  [{ MaHoSo: undefined }, /MaHoSo/],
  [{ NgayTiepNhan: '2026-02-02 08:00' }, /NgayTiepNhan.*yyyyMMddHHmmss/],
  [{ NgayTiepNhan: '20260230080000' }, /không tồn tại/],
  [{ KenhThucHien: 4 }, /KenhThucHien/],
  [{ TrangThaiHoSo: 11 }, /TrangThaiHoSo/],
  [{ ChuHoSo: '   ' }, /ChuHoSo.*để trống/],
  [{ TrangThaiHoSo: 10, NgayKetThucXuLy: '20260210080000', NgayTra: '' }, /NgayTra/],
  [{ NgayHenTra: '20260101080000' }, /hẹn trả trước ngày tiếp nhận/],
  [{ LoaiDoiTuong: 'abc' }, /LoaiDoiTuong/],
  [{ DuocThanhToanTrucTuyen: 'có' }, /DuocThanhToanTrucTuyen/],
];

const batch: unknown[] = [];
const expected: { result: string; code?: string; reason?: RegExp }[] = [];
const VALID = 158;

function buildBatch() {
  for (let i = 0; i < VALID; i++) {
    let over: Rec = {};
    if (i === 7) over = { MaTTHC: '2.999001', TenTTHC: 'Thủ tục của Bộ chưa có trong danh mục' };
    if (i === 12) over = { TrangThaiHoSo: 9, NgayTuChoi: '20260215090000', NgayKetThucXuLy: '' };
    batch.push(record(i, over));
    expected.push({ result: 'accepted' });
  }
  INVALID.forEach(([over, reason], k) => {
    for (const copy of [0, 1]) {
      const i = 500 + k * 2 + copy;
      batch.push(k === 0 && copy === 1 ? 'không phải một hồ sơ' : record(i, over as Rec));
      expected.push({
        result: 'rejected',
        code: 'INVALID_RECORD',
        reason: copy === 1 && k === 0 ? /./ : reason,
      });
    }
  });
  for (let i = 0; i < 10; i++) {
    batch.push(record(600 + i, { DonViXuLy: '06003' }));
    expected.push({ result: 'rejected', code: 'UNIT_NOT_ALLOWED', reason: /06003.*không thuộc/ });
  }
  for (let i = 0; i < 10; i++) {
    batch.push(structuredClone(batch[i]));
    expected.push({ result: 'unchanged' });
  }
  // Out of order: the newer state (returned) arrives before an older one (processing).
  const newer = record(700, {
    TrangThaiHoSo: 10,
    NgayKetThucXuLy: '20260220080000',
    NgayTra: '20260221080000',
    DonViXuLy: '06001',
  });
  const older = record(700, { TrangThaiHoSo: 4, NgayKetThucXuLy: '', NgayTra: '', DonViXuLy: '06001' });
  batch.push(newer, older);
  expected.push({ result: 'accepted' }, { result: 'unchanged', code: 'STALE_RECORD', reason: /cũ hơn/ });
}

async function ingest(token: string, body: unknown) {
  return h.app.inject({
    method: 'POST',
    url: '/api/integrations/dossiers',
    headers: { authorization: `Bearer ${token}` },
    payload: body as object,
  });
}

beforeAll(async () => {
  h = await createHarness();
  langson = await login(h.app, 'langson.quantri');
  const res = await call(h.app, langson, 'POST', '/api/integrations/sources', {
    code: 'bo-tu-phap',
    name: 'Hệ thống Bộ Tư pháp',
    kind: 'ministry',
    unitCodes: ['06001', '06002'],
  });
  expect(res.statusCode, res.body).toBe(201);
  btpToken = res.json().token;
  buildBatch();
}, 60_000);
afterAll(() => h.close());

describe('source systems', () => {
  it('issues a token once and refuses a taken or reserved code', async () => {
    expect(btpToken).toMatch(/^mct_/);
    const again = await call(h.app, langson, 'POST', '/api/integrations/sources', {
      code: 'bo-tu-phap',
      name: 'Trùng mã',
      unitCodes: ['06001'],
    });
    expect(again.statusCode).toBe(409);
    const reserved = await call(h.app, langson, 'POST', '/api/integrations/sources', {
      code: 'motcua',
      name: 'Mã dành riêng',
      unitCodes: ['06001'],
    });
    expect(reserved.statusCode).toBe(400);
  });

  it('refuses a token that does not belong to a source', async () => {
    const admin = await login(h.app, 'tamthanh.quantri');
    const t = await call(h.app, admin, 'POST', '/api/api-tokens', {
      name: 'Mã lẻ',
      unitCode: '06001',
      permissions: ['dossiers:ingest'],
    });
    const res = await ingest(t.json().token, [record(1)]);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('SOURCE_REQUIRED');
  });

  it('limits a request to 1,000 records', async () => {
    const res = await ingest(
      btpToken,
      Array.from({ length: 1001 }, () => ({})),
    );
    expect(res.statusCode).toBe(400);
  });
});

describe('inbound dossiers', () => {
  it('answers per record: accepted, unchanged, rejected with a Vietnamese reason', async () => {
    expect(batch).toHaveLength(200);
    const res = await ingest(btpToken, batch);
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    const body = res.json();
    expect(body.results).toHaveLength(200);
    body.results.forEach(
      (r: { index: number; result: string; code?: string; reason?: string }, i: number) => {
        const e = expected[i]!;
        expect(r.index).toBe(i);
        expect(r.result, `${i}: ${JSON.stringify(r)}`).toBe(e.result);
        if (e.code) expect(r.code, `${i}`).toBe(e.code);
        if (e.reason) expect(r.reason, `${i}`).toMatch(e.reason);
      },
    );
    expect({ accepted: body.accepted, unchanged: body.unchanged, rejected: body.rejected }).toEqual({
      accepted: 159,
      unchanged: 11,
      rejected: 30,
    });
    // Duplicates point at the same dossier.
    expect(body.results[VALID + 30].dossierId).toBe(body.results[0].dossierId);
    const count = await h.deps.database.db
      .select({ id: dossiers.id })
      .from(dossiers)
      .where(eq(dossiers.source, 'bo-tu-phap'));
    expect(count).toHaveLength(159);
  }, 120_000);

  it('is idempotent: the same request again changes nothing', async () => {
    const res = await ingest(btpToken, batch);
    const body = res.json();
    expect({ accepted: body.accepted, unchanged: body.unchanged, rejected: body.rejected }).toEqual({
      accepted: 0,
      unchanged: 170,
      rejected: 30,
    });
  }, 120_000);

  it('keeps the newer state of an out-of-order update', async () => {
    const [d] = await h.deps.database.db.select().from(dossiers).where(eq(dossiers.code, 'BTP-260202-0700'));
    expect(d!.state).toBe('returned');
    expect(d!.nationalStatus).toBe(10);
  });

  it('creates an external catalog entry for an unknown procedure code', async () => {
    const rows = await h.deps.database.db.select().from(procedures).where(eq(procedures.code, '2.999001'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.external).toBe(true);
    expect(rows[0]!.name).toBe('Thủ tục của Bộ chưa có trong danh mục');
  });

  it('maps a refusal after appraisal, and shows the source on the dossier page', async () => {
    const officer = await login(h.app, 'tamthanh.tiepnhan');
    const [d] = await h.deps.database.db.select().from(dossiers).where(eq(dossiers.code, 'BTP-260202-0012'));
    expect(d!.state).toBe('refused');
    expect(d!.outcome).toBe('refused');
    const res = await call(h.app, officer, 'GET', `/api/dossiers/${d!.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail.source).toBe('bo-tu-phap');
    expect(detail.sources).toEqual([
      { code: 'bo-tu-phap', name: 'Hệ thống Bộ Tư pháp', externalCode: 'BTP-260202-0012' },
    ]);
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['ingest']);
  });

  it('records the source health', async () => {
    const res = await call(h.app, langson, 'GET', '/api/integrations/sources');
    expect(res.statusCode).toBe(200);
    const [s] = res.json().items;
    expect(s).toMatchObject({
      code: 'bo-tu-phap',
      unitCodes: ['06001', '06002'],
      acceptedCount: 159,
      rejectedCount: 60,
    });
    expect(s.lastContactAt).not.toBeNull();
    expect(s.lastError).toMatch(/MaHoSo|Thiếu/);
    const tamthanh = await login(h.app, 'tamthanh.quantri');
    const own = (await call(h.app, tamthanh, 'GET', '/api/integrations/sources')).json().items;
    expect(own.map((x: { unitCodes: string[] }) => x.unitCodes)).toEqual([['06001']]);
    const vanlinh = await login(h.app, 'vanlinh.quantri');
    expect((await call(h.app, vanlinh, 'GET', '/api/integrations/sources')).json().items).toEqual([]);
  });
});

describe('one inbox', () => {
  it('lists imported dossiers by source for the unit’s officers only', async () => {
    const officer = await login(h.app, 'tamthanh.tiepnhan');
    const res = await call(h.app, officer, 'GET', '/api/dossiers?source=bo-tu-phap&limit=200');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { unitCode: string; source: string }[];
    expect(items).toHaveLength(80); // even indexes 0..156 (79) + the out-of-order one
    expect(items.every((d) => d.unitCode === '06001' && d.source === 'bo-tu-phap')).toBe(true);
    const own = (await call(h.app, officer, 'GET', '/api/dossiers?source=motcua&limit=200')).json().items;
    expect(own.every((d: { source: string }) => d.source === 'motcua')).toBe(true);
    const search = await call(
      h.app,
      officer,
      'GET',
      `/api/dossiers?source=bo-tu-phap&q=${encodeURIComponent('hoang duc nguon')}&limit=200`,
    );
    expect(search.json().items).toHaveLength(17); // i % 10 === 0 (all even, so at 06001): 0, 10, …, 150 and 700
    const vanlinh = await login(h.app, 'vanlinh.tiepnhan');
    const other = await call(h.app, vanlinh, 'GET', '/api/dossiers?source=bo-tu-phap&limit=200');
    expect(other.json().items).toEqual([]);
  });

  it('links the same MaHoSo from a second source instead of duplicating it', async () => {
    const created = await call(h.app, langson, 'POST', '/api/integrations/sources', {
      code: 'cong-dvcqg',
      name: 'Cổng Dịch vụ công quốc gia',
      kind: 'national_portal',
      unitCodes: ['06001'],
    });
    expect(created.statusCode).toBe(201);
    const token = created.json().token;
    const res = await ingest(token, [
      record(2, { TrangThaiHoSo: 10, NgayKetThucXuLy: '20260225080000', NgayTra: '20260226080000' }),
      record(800, { DonViXuLy: '06002' }),
    ]);
    const [linked, outside] = res.json().results;
    expect(linked).toMatchObject({ result: 'accepted', code: 'LINKED' });
    expect(outside).toMatchObject({ result: 'rejected', code: 'UNIT_NOT_ALLOWED' });
    const rows = await h.deps.database.db.select().from(dossiers).where(eq(dossiers.code, 'BTP-260202-0002'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(linked.dossierId);
    expect(rows[0]!.state).toBe('returned');
    const officer = await login(h.app, 'tamthanh.tiepnhan');
    const detail = (await call(h.app, officer, 'GET', `/api/dossiers/${linked.dossierId}`)).json();
    expect(detail.sources.map((s: { code: string }) => s.code)).toEqual(['bo-tu-phap', 'cong-dvcqg']);
    const byPortal = (await call(h.app, officer, 'GET', '/api/dossiers?source=cong-dvcqg')).json().items;
    expect(byPortal.map((d: { id: string }) => d.id)).toEqual([linked.dossierId]);
  });

  it('counts imported dossiers once in the dossier-results report', async () => {
    const director = await login(h.app, 'tamthanh.giamdoc');
    const res = await call(
      h.app,
      director,
      'GET',
      '/api/reports/dossier-results?unitCode=06001&from=2026-02-01&to=2026-03-01&groupBy=source',
    );
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().rows as { key: string; received: { total: number } }[];
    expect(rows.find((r) => r.key === 'bo-tu-phap')?.received.total).toBe(80);
    expect(rows.find((r) => r.key === 'cong-dvcqg')).toBeUndefined();
  });
});
