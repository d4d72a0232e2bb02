// End to end, one inbox and reconciliation: two stand-in sources registered through the API (the
// provincial one-stop system and the national portal) feed 10,200 records (10,000 valid dossier
// records, out-of-order updates, 1 % invalid) through POST /api/integrations/dossiers in batches of
// 1,000, with overlaps (same MaHoSo in both; same owner + procedure + receipt day under another MaHoSo).
// Then: the results per record, the console list (each dossier once, both sources labelled, filter by
// source), the reconciliation summary and difference list (the expected differences, and nothing
// else), and the dossier-results report (counted once, the same total as MotCua's column).
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierSources, dossiers } from '../../src/db/schema.js';
import { formatDvcDate } from '../../src/domain/integrations/index.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';
import { officeToPdfText } from '../support/office.js';

let h: Harness;
let admin: Session;
let controller: Session;
const tokens: Record<'tinh' | 'portal', string> = { tinh: '', portal: '' };
const TINH = 'mot-cua-tinh';
const PORTAL = 'cong-dvcqg';

const DAY = 86_400_000;
const BASE = Date.parse('2026-02-02T01:00:00Z'); // 08:00 in Vietnam
const STATUSES = [2, 4, 5, 6, 9, 10] as const;
const A_COUNT = 6000; // the provincial system's dossiers A-0000 … A-5999
const B_ONLY = [6000, 8500] as const; // the portal's own dossiers B-6000 … B-8499
const PERIOD = 'unitCode=06001&from=2026-02-01&to=2026-02-28';

type Rec = Record<string, unknown>;
const pad = (i: number) => String(i).padStart(4, '0');
const unitOf = (i: number) => (i % 2 === 0 ? '06001' : '06002');
/** Status of the provincial record i as finally known (out-of-order ones end returned). */
const OUT_OF_ORDER = (i: number) => i >= 2000 && i < 2100;
// Both units see every status: the status follows i / 2.
const statusOf = (i: number) => (OUT_OF_ORDER(i) ? 4 : STATUSES[Math.floor(i / 2) % STATUSES.length]!);
const finalStatusOf = (i: number) => (OUT_OF_ORDER(i) ? 10 : statusOf(i));

function record(code: string, i: number, over: Rec = {}): Rec {
  const received = BASE + (i % 25) * DAY + (i % 7) * 13 * 60_000;
  const status = statusOf(i);
  const done = status === 9 || status === 10;
  return {
    MaHoSo: code,
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    MaLinhVuc: 'HT',
    TenLinhVuc: 'Hộ tịch',
    KenhThucHien: (i % 3) + 1,
    ChuHoSo: i % 10 === 0 ? 'Hoàng Đức Nguồn' : 'Trần Thị Bích',
    SoGiayToChuHoSo: `0010900${String(i).padStart(5, '0')}`,
    LoaiDoiTuong: 1,
    NgayTiepNhan: formatDvcDate(received),
    NgayHenTra: formatDvcDate(received + 5 * DAY),
    NgayKetThucXuLy: done ? formatDvcDate(received + 3 * DAY) : '',
    NgayTra: status === 10 ? formatDvcDate(received + 4 * DAY) : '',
    NgayTuChoi: '',
    TrangThaiHoSo: status,
    DonViXuLy: unitOf(i),
    DuocThanhToanTrucTuyen: 0,
    HoSoCoThanhPhanSoHoa: 0,
    QuaTrinhXuLy: [
      { NguoiXuLy: 'Cán bộ', ThoiDiemXuLy: formatDvcDate(received + 60_000), NoiDungXuLy: 'Tiếp nhận' },
    ],
    ...over,
  };
}

/** The newer state of an out-of-order dossier, sent before its older one. */
function newer(i: number): Rec {
  const r = record(`A-${pad(i)}`, i);
  const received = BASE + (i % 25) * DAY + (i % 7) * 13 * 60_000;
  return {
    ...r,
    TrangThaiHoSo: 10,
    NgayKetThucXuLy: formatDvcDate(received + 3 * DAY),
    NgayTra: formatDvcDate(received + 4 * DAY),
  };
}

function provincialStream(): Rec[] {
  const out: Rec[] = [];
  for (let i = 2000; i < 2100; i++) out.push(newer(i));
  for (let i = 0; i < A_COUNT; i++) {
    out.push(record(`A-${pad(i)}`, i));
    // 1 %: an invalid status code (kept for reconciliation with its unit and receipt day).
    if (i % 100 === 50) out.push(record(`A-INV-${pad(i)}`, i, { TrangThaiHoSo: 11 }));
  }
  return out;
}

function portalStream(): Rec[] {
  const out: Rec[] = [];
  // Same MaHoSo, an older state (received only) than the provincial one.
  for (let i = 0; i < 500; i++)
    out.push(
      record(`A-${pad(i)}`, i, { TrangThaiHoSo: 2, NgayKetThucXuLy: '', NgayTra: '', QuaTrinhXuLy: [] }),
    );
  // Same MaHoSo, the same content.
  for (let i = 500; i < 1000; i++) out.push(record(`A-${pad(i)}`, i));
  // Another MaHoSo, same owner, procedure and receipt day; 200 of them with another appointment date.
  for (let i = 1000; i < 1500; i++) {
    const received = BASE + (i % 25) * DAY + (i % 7) * 13 * 60_000;
    out.push(record(`B-${pad(i)}`, i, i < 1200 ? { NgayHenTra: formatDvcDate(received + 6 * DAY) } : {}));
  }
  for (let i = B_ONLY[0]; i < B_ONLY[1]; i++) {
    out.push(record(`B-${pad(i)}`, i));
    if (i % 100 === 50) out.push(record(`B-INV-${pad(i)}`, i, { KenhThucHien: 7 }));
  }
  // 40 invalid records in all from the portal (1 %): 15 more (of 06002) up front.
  for (let k = 0; k < 15; k++) out.unshift(record(`B-INV-X${pad(k)}`, k * 2 + 1, { KenhThucHien: 7 }));
  return out;
}

type Result = { index: number; MaHoSo: string | null; result: string; code?: string; dossierId?: string };

async function feed(token: string, stream: Rec[]): Promise<Result[]> {
  const all: Result[] = [];
  for (let from = 0; from < stream.length; from += 1000) {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/integrations/dossiers',
      headers: { authorization: `Bearer ${token}` },
      payload: stream.slice(from, from + 1000),
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    all.push(...(res.json().results as Result[]));
  }
  return all;
}

const tally = (results: Result[]) => {
  const t: Record<string, number> = {};
  for (const r of results) {
    const k = `${r.result}${r.code ? `:${r.code}` : ''}`;
    t[k] = (t[k] ?? 0) + 1;
  }
  return t;
};

let provincial: Result[];
let portal: Result[];

beforeAll(async () => {
  h = await createHarness();
  admin = await login(h.app, 'langson.quantri');
  controller = await login(h.app, 'tamthanh.kiemsoat');
  for (const [key, code, name, kind] of [
    ['tinh', TINH, 'Hệ thống một cửa điện tử tỉnh', 'provincial_one_stop'],
    ['portal', PORTAL, 'Cổng Dịch vụ công quốc gia', 'national_portal'],
  ] as const) {
    const res = await call(h.app, admin, 'POST', '/api/integrations/sources', {
      code,
      name,
      kind,
      unitCodes: ['06001', '06002'],
    });
    expect(res.statusCode, res.body).toBe(201);
    tokens[key] = res.json().token;
  }
  provincial = await feed(tokens.tinh, provincialStream());
  portal = await feed(tokens.portal, portalStream());
}, 240_000);
afterAll(() => h?.close());

describe('feeding two sources', () => {
  it('answers every record: accepted, linked, stale, rejected with codes', () => {
    expect(provincial).toHaveLength(6100 + 60);
    expect(tally(provincial)).toEqual({
      accepted: 6000,
      'unchanged:STALE_RECORD': 100,
      'rejected:INVALID_RECORD': 60,
    });
    expect(portal).toHaveLength(4000 + 25 + 15);
    expect(tally(portal)).toEqual({
      'accepted:LINKED': 1000,
      'accepted:LINKED_BY_OWNER': 500,
      accepted: 2500,
      'rejected:INVALID_RECORD': 40,
    });
    // The owner match links B-1000 to the dossier of A-1000.
    const a = provincial.find((r) => r.MaHoSo === 'A-1000')!;
    expect(portal.find((r) => r.MaHoSo === 'B-1000')!.dossierId).toBe(a.dossierId);
  });

  it('writes nothing of a rejected record, and one dossier per real dossier', async () => {
    const { db } = h.deps.database;
    expect(await db.select({ id: dossiers.id }).from(dossiers).where(like(dossiers.code, '%INV%'))).toEqual(
      [],
    );
    expect(await db.select().from(dossierSources).where(like(dossierSources.externalCode, '%INV%'))).toEqual(
      [],
    );
    const all = await db.select({ id: dossiers.id }).from(dossiers);
    expect(all).toHaveLength(A_COUNT + (B_ONLY[1] - B_ONLY[0]));
    const [late] = await db.select().from(dossiers).where(eq(dossiers.code, 'A-2050'));
    expect(late!.nationalStatus).toBe(10);
  });
});

describe('one inbox', () => {
  async function listAll(query: string) {
    const items: { id: string; code: string; sources: { code: string; externalCode: string }[] }[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(
        h.app,
        controller,
        'GET',
        `/api/dossiers?unitCode=06001&limit=200${query}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      items.push(...res.json().items);
      cursor = res.json().nextCursor;
    } while (cursor);
    return items;
  }

  it('lists each dossier once with every source labelled, and filters by source', async () => {
    const all = await listAll('');
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(all).toHaveLength(3000 + 1250);
    const both = all.filter((d) => d.sources.length === 2);
    expect(both).toHaveLength(750); // even i in 0 … 1499
    const owner = all.find((d) => d.code === 'A-1000')!;
    expect(owner.sources.map((s) => [s.code, s.externalCode])).toEqual([
      [PORTAL, 'B-1000'],
      [TINH, 'A-1000'],
    ]);
    expect(await listAll(`&source=${PORTAL}`)).toHaveLength(750 + 1250);
    expect(await listAll(`&source=${TINH}`)).toHaveLength(3000);
    const detail = await call(h.app, controller, 'GET', `/api/dossiers/${owner.id}`);
    expect(detail.json().sources.map((s: { externalCode: string }) => s.externalCode)).toEqual([
      'B-1000',
      'A-1000',
    ]);
  });
});

describe('reconciliation', () => {
  const even = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => from + k).filter((i) => i % 2 === 0);

  it('counts by status in the source, in MotCua and on the portal', async () => {
    const res = await call(h.app, controller, 'GET', `/api/integrations/reconciliation?${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.portalReported).toBe(true);
    const tinh = body.sources.find((s: { code: string }) => s.code === TINH);
    const gate = body.sources.find((s: { code: string }) => s.code === PORTAL);
    // The provincial system: its 3,000 dossiers of 06001 and 60 rejected records; MotCua has those
    // 3,000 and the portal's own 1,250 (same procedure, never sent by the provincial system).
    expect(tinh.totals).toEqual({ source: 3060, motcua: 4250, portal: 750 + 1250 });
    expect(tinh.differences).toEqual({
      missing_in_motcua: 60,
      missing_in_source: 1250,
      status_behind: 0,
      date_differs: 0,
    });
    const evenA = even(0, A_COUNT);
    for (const status of [2, 4, 5, 6, 9, 10]) {
      const row = tinh.byStatus.find((r: { status: number }) => r.status === status);
      expect(row.source, `status ${status}`).toBe(evenA.filter((i) => finalStatusOf(i) === status).length);
    }
    expect(tinh.byStatus.find((r: { status: number | null }) => r.status === null)).toMatchObject({
      label: 'Không đọc được trạng thái',
      source: 60,
      motcua: 0,
    });
    // The portal: its 750 + 1,250 links and 25 rejected records of 06001; MotCua misses nothing it sent, the
    // portal misses the 2,250 other provincial dossiers of 06001.
    expect(gate.totals).toEqual({ source: 2025, motcua: 4250, portal: 2000 });
    const behind = even(0, 500).filter((i) => finalStatusOf(i) !== 2).length;
    expect(gate.differences).toEqual({
      missing_in_motcua: 25,
      missing_in_source: 2250,
      status_behind: behind,
      date_differs: 100,
    });
    expect(gate.byStatus.find((r: { status: number }) => r.status === 2)).toMatchObject({
      label: 'Được tiếp nhận',
    });
  });

  it('puts the same reconciliation in the weekly report and its Word draft', async () => {
    const rec = (await call(h.app, controller, 'GET', `/api/integrations/reconciliation?${PERIOD}`)).json();
    const report = await call(h.app, controller, 'GET', `/api/reports/indicators?${PERIOD}`);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().reconciliation).toEqual({ portalReported: true, sources: rec.sources });
    const docx = await call(h.app, controller, 'GET', `/api/reports/indicators.docx?${PERIOD}`);
    expect(docx.statusCode).toBe(200);
    const text = (await officeToPdfText('chi-tieu.docx', docx.rawPayload)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('9. Đối soát số liệu với các hệ thống nguồn:');
    expect(text).toContain(
      '- Hệ thống một cửa điện tử tỉnh: hệ thống nguồn 3.060 hồ sơ, MotCua 4.250 hồ sơ, Cổng DVCQG 2.000 hồ sơ; ' +
        'có 1.310 hồ sơ chênh lệch (chưa có trên MotCua: 60; hệ thống nguồn không gửi: 1.250; trạng thái chậm hơn: 0; lệch ngày: 0).',
    );
  });

  it('lists the differing dossiers with their reasons, page by page', async () => {
    const items: {
      kind: string;
      reasons: string[];
      externalCode: string | null;
      dossierCode: string | null;
      dossierId: string | null;
    }[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(
        h.app,
        controller,
        'GET',
        `/api/integrations/reconciliation/differences?${PERIOD}&source=${PORTAL}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      items.push(...res.json().items);
      cursor = res.json().nextCursor;
    } while (cursor);
    const byKind = (k: string) => items.filter((d) => d.kind === k);
    expect(byKind('missing_in_motcua')).toHaveLength(25);
    expect(byKind('missing_in_source')).toHaveLength(2250);
    expect(byKind('status_behind')).toHaveLength(even(0, 500).filter((i) => finalStatusOf(i) !== 2).length);
    expect(byKind('date_differs')).toHaveLength(100);
    expect(new Set(items.map((d) => `${d.kind} ${d.externalCode ?? d.dossierCode}`)).size).toBe(items.length);
    const rejected = byKind('missing_in_motcua')[0]!;
    expect(rejected.dossierId).toBeNull();
    expect(rejected.reasons[0]).toMatch(/^Thiếu ở Một cửa: hồ sơ bị từ chối khi nhận \(KenhThucHien/);
    const late = items.find((d) => d.externalCode === 'A-0004')!; // status 5 here, 2 on the portal
    expect(late.reasons).toEqual([
      'Trạng thái ở hệ thống nguồn chậm hơn Một cửa (nguồn: Được tiếp nhận; Một cửa: Yêu cầu bổ sung giấy tờ)',
    ]);
    const dates = items.find((d) => d.externalCode === 'B-1000')!;
    expect(dates).toMatchObject({
      kind: 'date_differs',
      reasons: ['Khác ngày hẹn trả'],
      dossierCode: 'A-1000',
    });
    // A kind filter gives the same rows as the full list.
    const only = await call(
      h.app,
      controller,
      'GET',
      `/api/integrations/reconciliation/differences?${PERIOD}&source=${PORTAL}&kind=date_differs&limit=200`,
    );
    expect(only.json().items.map((d: { externalCode: string }) => d.externalCode)).toEqual(
      byKind('date_differs').map((d) => d.externalCode),
    );
  });

  it('is scoped: another unit’s officer sees no source, an unknown source is 404', async () => {
    const other = await login(h.app, 'vanlinh.kiemsoat');
    const res = await call(h.app, other, 'GET', `/api/integrations/reconciliation?${PERIOD}`);
    expect(res.statusCode).toBe(404);
    const missing = await call(
      h.app,
      controller,
      'GET',
      `/api/integrations/reconciliation/differences?${PERIOD}&source=khong-co`,
    );
    expect(missing.statusCode).toBe(404);
  });
});

describe('dossier-results report', () => {
  it('counts each dossier once: the same total as MotCua’s reconciliation column', async () => {
    const director = await login(h.app, 'tamthanh.giamdoc');
    const res = await call(
      h.app,
      director,
      'GET',
      '/api/reports/dossier-results?unitCode=06001&from=2026-02-01&to=2026-02-28&groupBy=source',
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total.received.total).toBe(4250);
    const rows = body.rows as { key: string; received: { total: number } }[];
    expect(Object.fromEntries(rows.map((r) => [r.key, r.received.total]))).toEqual({
      [TINH]: 3000,
      [PORTAL]: 1250,
    });
  });
});

describe('concurrent requests', () => {
  it('two sources sending the same new dossiers at once make one dossier each, linked to both', async () => {
    const batch = Array.from({ length: 300 }, (_, k) => record(`C-${pad(k)}`, 9000 + k));
    const send = (token: string) =>
      h.app.inject({
        method: 'POST',
        url: '/api/integrations/dossiers',
        headers: { authorization: `Bearer ${token}` },
        payload: batch,
      });
    const [a, b] = await Promise.all([send(tokens.tinh), send(tokens.portal)]);
    expect(a.statusCode, a.body.slice(0, 300)).toBe(200);
    expect(b.statusCode, b.body.slice(0, 300)).toBe(200);
    expect(a.json().accepted + b.json().accepted).toBe(600);
    const { db } = h.deps.database;
    const rows = await db.select({ id: dossiers.id }).from(dossiers).where(like(dossiers.code, 'C-%'));
    expect(rows).toHaveLength(300);
    const links = await db
      .select({ id: dossierSources.dossierId })
      .from(dossierSources)
      .where(like(dossierSources.externalCode, 'C-%'));
    expect(links).toHaveLength(600);
    expect(new Set(links.map((l) => l.id))).toEqual(new Set(rows.map((r) => r.id)));
  });
});
