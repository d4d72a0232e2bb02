// File import of other systems' exports: a CSV (BOM, ';', CRLF, quoted fields) and an XLSX with a saved
// column mapping, through the upload route; rejected rows in a downloadable report by line number; the
// same file again changes nothing; an interrupted import resumes after its last committed chunk; the
// API's semantics (stale records, links, units outside the source, external catalog entries) hold.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { dossierEvents, dossierSources, dossiers, procedures } from '../../src/db/schema.js';
import { formatDvcDate } from '../../src/domain/integrations/index.js';
import { startFileImport } from '../../src/modules/integrations/import-file.js';
import type { RequestContext } from '../../src/platform/deps.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
let admin: Session;
let sourceToken: string;
let csvJobId: string;

const DAY = 86_400_000;
const BASE = Date.parse('2026-02-02T01:00:00Z'); // 08:00 in Vietnam
const HEADER = [
  'MaHoSo',
  'MaTTHC',
  'TenTTHC',
  'MaLinhVuc',
  'TenLinhVuc',
  'KenhThucHien',
  'ChuHoSo',
  'SoGiayToChuHoSo',
  'LoaiDoiTuong',
  'NgayTiepNhan',
  'NgayHenTra',
  'NgayKetThucXuLy',
  'NgayTra',
  'NgayTuChoi',
  'TrangThaiHoSo',
  'DonViXuLy',
  'DuocThanhToanTrucTuyen',
  'HoSoCoThanhPhanSoHoa',
] as const;
type Row = Record<(typeof HEADER)[number], string>;

function row(i: number, over: Partial<Row> = {}): Row {
  const received = BASE + (i % 20) * DAY;
  const status = [2, 4, 9, 10][i % 4]!;
  return {
    MaHoSo: `TINH-${String(i).padStart(5, '0')}`,
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    MaLinhVuc: 'HT',
    TenLinhVuc: 'Hộ tịch',
    KenhThucHien: String((i % 3) + 1),
    ChuHoSo: i % 7 === 0 ? 'Nguyễn Văn "Tèo"; con' : 'Phạm Thị Nhập',
    SoGiayToChuHoSo: `0301900${String(i).padStart(5, '0')}`,
    LoaiDoiTuong: '1',
    NgayTiepNhan: formatDvcDate(received),
    NgayHenTra: formatDvcDate(received + 5 * DAY),
    NgayKetThucXuLy: status >= 9 ? formatDvcDate(received + 3 * DAY) : '',
    NgayTra: status === 10 ? formatDvcDate(received + 4 * DAY) : '',
    NgayTuChoi: '',
    TrangThaiHoSo: String(status),
    DonViXuLy: i % 2 === 0 ? '06001' : '06002',
    DuocThanhToanTrucTuyen: String(i % 2),
    HoSoCoThanhPhanSoHoa: '0',
    ...over,
  };
}

const q = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = (rows: Row[], header: readonly string[] = HEADER) =>
  `\uFEFF${[header.join(';'), ...rows.map((r) => HEADER.map((k) => q(r[k])).join(';'))].join('\r\n')}\r\n`;

async function upload(
  code: string,
  name: string,
  body: Buffer | string,
  type = 'text/csv',
  mapping?: string,
) {
  const session = admin;
  return h.app.inject({
    method: 'POST',
    url: `/api/integrations/sources/${code}/imports?name=${encodeURIComponent(name)}${mapping ? `&mapping=${encodeURIComponent(mapping)}` : ''}`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': type },
    payload: body,
  });
}

async function finished(id: string) {
  for (let i = 0; i < 600; i++) {
    const res = await call(h.app, admin, 'GET', `/api/integrations/imports/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    if (res.json().status !== 'running') return res.json();
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

const countCodes = async (prefix: string) =>
  (
    await h.deps.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(dossiers)
      .where(like(dossiers.code, `${prefix}%`))
  )[0]!.n;

// The CSV: 120 valid rows, then lines with faults at known line numbers.
const VALID = 120;
const csvRows: Row[] = [];
const badLines = new Map<number, RegExp>();
function buildCsv() {
  for (let i = 0; i < VALID; i++)
    csvRows.push(
      row(i, i === 5 ? { MaTTHC: '2.888001', TenTTHC: 'Thủ tục của tỉnh chưa có trong danh mục' } : {}),
    );
  const bad: [Partial<Row>, RegExp][] = [
    [{ NgayTiepNhan: '20260230080000' }, /NgayTiepNhan.*không tồn tại/],
    [{ KenhThucHien: '5' }, /KenhThucHien/],
    [{ ChuHoSo: '' }, /ChuHoSo/],
    [{ DonViXuLy: '06003' }, /06003.*không thuộc/],
    [{ TrangThaiHoSo: '10', NgayTra: '' }, /NgayTra/],
  ];
  bad.forEach(([over, reason], k) => {
    csvRows.push(row(900 + k, over));
    // Header = line 1; the row at index n is on line n + 2 (no line breaks inside these rows' fields).
    badLines.set(csvRows.length + 1, reason);
  });
  // An older record of row 3 after the newer one: unchanged, the newer state is kept.
  csvRows.push(row(3, { TrangThaiHoSo: '2', NgayKetThucXuLy: '', NgayTra: '' }));
  // Known from another source at a unit the import source serves: linked.
  csvRows.push(row(0, { MaHoSo: 'API-LINK-1', TrangThaiHoSo: '4' }));
  // Known at a unit the import source does not serve.
  csvRows.push(row(0, { MaHoSo: 'API-OUT-1' }));
  badLines.set(csvRows.length + 1, /đơn vị mà hệ thống nguồn không phục vụ/);
}

beforeAll(async () => {
  h = await createHarness();
  admin = await login(h.app, 'langson.quantri');
  const created = await call(h.app, admin, 'POST', '/api/integrations/sources', {
    code: 'mot-cua-tinh',
    name: 'Hệ thống một cửa của tỉnh',
    kind: 'provincial_one_stop',
    unitCodes: ['06001', '06002'],
  });
  expect(created.statusCode, created.body).toBe(201);
  const other = await call(h.app, admin, 'POST', '/api/integrations/sources', {
    code: 'bo-nganh',
    name: 'Hệ thống của Bộ',
    kind: 'ministry',
    unitCodes: ['06001', '06003'],
  });
  sourceToken = other.json().token;
  const ingest = await h.app.inject({
    method: 'POST',
    url: '/api/integrations/dossiers',
    headers: { authorization: `Bearer ${sourceToken}` },
    payload: [
      { ...row(0, { MaHoSo: 'API-LINK-1', TrangThaiHoSo: '2', NgayKetThucXuLy: '', NgayTra: '' }) },
      { ...row(0, { MaHoSo: 'API-OUT-1', DonViXuLy: '06003' }) },
    ],
  });
  expect(ingest.json().accepted, ingest.body).toBe(2);
  buildCsv();
}, 60_000);
afterAll(() => h.close());

describe('CSV import', () => {
  let jobId: string;

  it('imports the valid rows set-based and reports every rejected row by line number', async () => {
    const res = await upload('mot-cua-tinh', 'xuat-ho-so.csv', csv(csvRows));
    expect(res.statusCode, res.body).toBe(202);
    jobId = res.json().id;
    csvJobId = jobId;
    const job = await finished(jobId);
    expect(job).toMatchObject({
      status: 'done',
      format: 'csv',
      progress: 1,
      rows: csvRows.length,
      accepted: VALID + 1,
      unchanged: 1,
      rejected: badLines.size,
      proceduresCreated: 1,
      error: null,
    });
    expect(await countCodes('TINH-')).toBe(VALID);
    const [quoted] = await h.deps.database.db.select().from(dossiers).where(eq(dossiers.code, 'TINH-00007'));
    expect(quoted!.ownerName).toBe('Nguyễn Văn "Tèo"; con');
    // The older record of TINH-00003 (status 2) did not overwrite the newer one (status 10).
    const [three] = await h.deps.database.db.select().from(dossiers).where(eq(dossiers.code, 'TINH-00003'));
    expect(three!.nationalStatus).toBe(10);
    expect(three!.source).toBe('mot-cua-tinh');
    const events = await h.deps.database.db
      .select()
      .from(dossierEvents)
      .where(eq(dossierEvents.dossierId, three!.id));
    expect(events.map((e) => [e.action, e.note])).toEqual([['ingest', 'Nhận từ Hệ thống một cửa của tỉnh']]);
    const [external] = await h.deps.database.db
      .select()
      .from(procedures)
      .where(eq(procedures.code, '2.888001'));
    expect(external!.external).toBe(true);
    // Linked, not duplicated: one dossier, two sources; the newer record from the file applied.
    const linked = await h.deps.database.db.select().from(dossiers).where(eq(dossiers.code, 'API-LINK-1'));
    expect(linked).toHaveLength(1);
    expect(linked[0]!.nationalStatus).toBe(4);
    expect(linked[0]!.source).toBe('bo-nganh');
    const links = await h.deps.database.db
      .select()
      .from(dossierSources)
      .where(eq(dossierSources.dossierId, linked[0]!.id));
    expect(links).toHaveLength(2);
  }, 120_000);

  it('serves the error report as CSV and XLSX', async () => {
    const res = await call(h.app, admin, 'GET', `/api/integrations/imports/${jobId}/errors`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toContain('loi-nhap-xuat-ho-so.csv');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Dòng,MaHoSo,Mã lỗi,Lý do');
    expect(lines).toHaveLength(badLines.size + 1);
    const byLine = new Map(lines.slice(1).map((l) => [Number(l.split(',')[0]), l]));
    for (const [line, reason] of badLines) expect(byLine.get(line), `line ${line}`).toMatch(reason);
    expect(byLine.get([...badLines.keys()][3]!)).toContain('UNIT_NOT_ALLOWED');
    const xlsx = await h.app.inject({
      method: 'GET',
      url: `/api/integrations/imports/${jobId}/errors?format=xlsx`,
      headers: { cookie: admin.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(badLines.size + 1);
    expect(sheet.getRow(2).getCell(1).value).toBe([...badLines.keys()][0]);
  });

  it('answers the same file again with the finished job and writes nothing', async () => {
    const before = await countCodes('TINH-');
    const res = await upload('mot-cua-tinh', 'ban-sao.csv', csv(csvRows));
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ id: jobId, status: 'done', accepted: VALID + 1 });
    expect(await countCodes('TINH-')).toBe(before);
  });

  it('counts the same rows in another file as unchanged, writing no dossier and no event', async () => {
    const events = async () =>
      (await h.deps.database.db.select({ n: sql<number>`count(*)::int` }).from(dossierEvents))[0]!.n;
    const before = { dossiers: await countCodes('TINH-'), events: await events() };
    // One more blank line: another file (another sha256, a new job), the same rows.
    const res = await upload('mot-cua-tinh', 'xuat-lai.csv', `${csv(csvRows)}\r\n`);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().id).not.toBe(csvJobId);
    const job = await finished(res.json().id);
    expect(job).toMatchObject({
      status: 'done',
      rows: csvRows.length,
      accepted: 0,
      unchanged: VALID + 2,
      rejected: badLines.size,
    });
    expect({ dossiers: await countCodes('TINH-'), events: await events() }).toEqual(before);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const res = await upload('mot-cua-tinh', 'thieu-cot.csv', 'MaHoSo;ChuHoSo\r\nA-1;B\r\n');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('IMPORT_COLUMNS_MISSING');
    expect(res.json().error.message).toMatch(/MaTTHC/);
    const bin = await upload('mot-cua-tinh', 'anh.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    expect(bin.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
  });
});

describe('XLSX import with a saved column mapping', () => {
  const MAPPED: Record<string, string> = {
    MaHoSo: 'Số hồ sơ',
    ChuHoSo: 'Người nộp',
    NgayTiepNhan: 'Ngày tiếp nhận',
    TrangThaiHoSo: 'Trạng thái',
  };

  it('saves the mapping per source and reads it back', async () => {
    const put = await call(h.app, admin, 'PUT', '/api/integrations/sources/mot-cua-tinh/import-mapping', {
      columns: MAPPED,
      dateFormat: 'dd/MM/yyyy HH:mm:ss',
    });
    expect(put.statusCode, put.body).toBe(200);
    const get = await call(h.app, admin, 'GET', '/api/integrations/sources/mot-cua-tinh/import-mapping');
    expect(get.json()).toMatchObject({
      saved: true,
      mapping: { columns: MAPPED, dateFormat: 'dd/MM/yyyy HH:mm:ss' },
    });
  });

  it('imports renamed columns and dates: identical rows unchanged, newer ones applied, new ones created', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Hồ sơ');
    sheet.addRow(HEADER.map((h) => MAPPED[h] ?? h));
    const dmy = (dvc: string) =>
      dvc
        ? `${dvc.slice(6, 8)}/${dvc.slice(4, 6)}/${dvc.slice(0, 4)} ${dvc.slice(8, 10)}:${dvc.slice(10, 12)}:${dvc.slice(12, 14)}`
        : '';
    const rows = [
      ...[0, 1, 2, 3, 4, 6, 7, 8, 9, 10].map((i) => row(i)), // identical to the CSV: unchanged
      row(1, {
        TrangThaiHoSo: '10',
        NgayKetThucXuLy: formatDvcDate(BASE + 5 * DAY),
        NgayTra: formatDvcDate(BASE + 6 * DAY),
      }),
      ...Array.from({ length: 5 }, (_, i) => row(2000 + i)),
    ];
    rows.forEach((r, k) => {
      const cells: unknown[] = HEADER.map((h) => (h.startsWith('Ngay') ? dmy(r[h]) : r[h]));
      // A real date cell (wall-clock time) in one row, numbers as numbers in another.
      if (k === 10) cells[HEADER.indexOf('NgayTiepNhan')] = new Date(Date.UTC(2026, 1, 3, 8, 0, 0));
      if (k === 11) cells[HEADER.indexOf('TrangThaiHoSo')] = Number(r.TrangThaiHoSo);
      sheet.addRow(cells);
    });
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(
      'mot-cua-tinh',
      'xuat.xlsx',
      buffer,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.statusCode, res.body).toBe(202);
    const job = await finished(res.json().id);
    expect(job).toMatchObject({
      status: 'done',
      format: 'xlsx',
      rows: 16,
      accepted: 6,
      unchanged: 10,
      rejected: 0,
    });
    const [one] = await h.deps.database.db.select().from(dossiers).where(eq(dossiers.code, 'TINH-00001'));
    expect(one!.state).toBe('returned');
    expect(one!.receivedAt!.toISOString()).toBe('2026-02-03T01:00:00.000Z');
    const events = await h.deps.database.db
      .select()
      .from(dossierEvents)
      .where(eq(dossierEvents.dossierId, one!.id));
    expect(events.map((e) => e.note)).toEqual([
      'Nhận từ Hệ thống một cửa của tỉnh',
      'Cập nhật từ Hệ thống một cửa của tỉnh',
    ]);
    expect(await countCodes('TINH-020')).toBe(5);
  }, 120_000);
});

describe('exports with a title above the header', () => {
  it('finds the header row and reports rejected rows by their line in the sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Danh sách');
    sheet.addRow(['DANH SÁCH HỒ SƠ TIẾP NHẬN THÁNG 02/2026']);
    sheet.addRow([]);
    // The saved mapping of the source (renamed headers, dd/MM/yyyy dates) applies.
    const mapped: Record<string, string> = {
      MaHoSo: 'Số hồ sơ',
      ChuHoSo: 'Người nộp',
      NgayTiepNhan: 'Ngày tiếp nhận',
      TrangThaiHoSo: 'Trạng thái',
    };
    sheet.addRow(HEADER.map((h) => mapped[h] ?? h));
    const dmy = (dvc: string) =>
      dvc
        ? `${dvc.slice(6, 8)}/${dvc.slice(4, 6)}/${dvc.slice(0, 4)} ${dvc.slice(8, 10)}:${dvc.slice(10, 12)}:${dvc.slice(12, 14)}`
        : '';
    for (const r of [row(3000), row(3001, { KenhThucHien: '7' })])
      sheet.addRow(HEADER.map((h) => (h.startsWith('Ngay') ? dmy(r[h]) : r[h])));
    const res = await upload(
      'mot-cua-tinh',
      'co-tieu-de.xlsx',
      Buffer.from(await wb.xlsx.writeBuffer()),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.statusCode, res.body).toBe(202);
    const job = await finished(res.json().id);
    expect(job).toMatchObject({ status: 'done', rows: 2, accepted: 1, rejected: 1 });
    const report = await call(h.app, admin, 'GET', `/api/integrations/imports/${job.id}/errors`);
    expect(report.body).toMatch(/\r\n5,TINH-03001,INVALID_RECORD,.*KenhThucHien/);
  }, 60_000);
});

describe('interrupted import', () => {
  it('resumes after the last committed chunk and never duplicates', async () => {
    const rows = Array.from({ length: 230 }, (_, i) => row(5000 + i));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-import-test-'));
    const file = path.join(dir, 'lon.csv');
    fs.writeFileSync(file, csv(rows));
    const ctx = await cliContext();
    const first = await startFileImport(h.deps, ctx, {
      path: file,
      fileName: 'lon.csv',
      sourceCode: 'mot-cua-tinh',
      mapping: { columns: {}, dateFormat: 'yyyyMMddHHmmss', delimiter: 'auto' },
      chunkRows: 50,
      maxChunks: 2,
    });
    const stopped = await first.done;
    expect(stopped).toMatchObject({ status: 'running', rows: 100, committedLine: 101 });
    expect(await countCodes('TINH-05')).toBe(100);
    const progress: number[] = [];
    const again = await startFileImport(h.deps, ctx, {
      path: file,
      fileName: 'lon.csv',
      sourceCode: 'mot-cua-tinh',
      mapping: { columns: {}, dateFormat: 'yyyyMMddHHmmss', delimiter: 'auto' },
      chunkRows: 50,
      onProgress: (j) => progress.push(j.committedLine),
    });
    expect(again.job).toMatchObject({ id: stopped.id, resumed: true, committedLine: 101 });
    const done = await again.done;
    expect(done).toMatchObject({ status: 'done', rows: 230, accepted: 230, rejected: 0, committedLine: 231 });
    expect(progress).toEqual([151, 201, 231]);
    expect(await countCodes('TINH-05')).toBe(230);
    const ids = (
      await h.deps.database.db
        .select({ id: dossiers.id })
        .from(dossiers)
        .where(like(dossiers.code, 'TINH-05%'))
    ).map((d) => d.id);
    const [{ n }] = (await h.deps.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(dossierEvents)
      .where(and(inArray(dossierEvents.dossierId, ids), eq(dossierEvents.action, 'ingest')))) as [
      { n: number },
    ];
    expect(n).toBe(230);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe('motcua import (CLI command)', () => {
  it('imports a file, prints the figures and writes the error report next to the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-import-cli-'));
    const file = path.join(dir, 'xuat-tu-tinh.csv');
    fs.writeFileSync(file, csv([row(7000), row(7001, { KenhThucHien: '9' }), row(7002)]));
    const lines: string[] = [];
    const env = {
      database: h.deps.database,
      config: h.deps.config,
      clock: h.clock,
      out: (l: string) => lines.push(l),
    };
    // The source's saved mapping (renamed headers) does not fit this file: --mapping gives the default one.
    const code = await COMMANDS.import!.run(env, { file, source: 'mot-cua-tinh', mapping: '{"columns":{}}' });
    expect(code, lines.join('\n')).toBe(0);
    expect(lines.join('\n')).toMatch(/3 rows, 2 accepted, 0 unchanged, 1 rejected/);
    const report = fs.readFileSync(path.join(dir, 'xuat-tu-tinh-loi.csv'), 'utf8');
    expect(report).toMatch(/^\uFEFFDòng,MaHoSo,Mã lỗi,Lý do\r\n3,TINH-07001,INVALID_RECORD,.*KenhThucHien/);
    const unknown: string[] = [];
    const bad = await COMMANDS.import!.run(
      { ...env, out: (l: string) => unknown.push(l) },
      { file, source: 'khong-co-nguon-nay' },
    );
    expect(bad).toBe(1);
    expect(unknown.join('\n')).toMatch(/Không tìm thấy hệ thống nguồn/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

describe('one inbox: a new MaHoSo matched by owner, procedure and receipt day', () => {
  const ownerRow = (code: string, owner: string, at: number, over: Partial<Row> = {}) =>
    row(0, {
      MaHoSo: code,
      SoGiayToChuHoSo: owner,
      NgayTiepNhan: formatDvcDate(at),
      NgayHenTra: formatDvcDate(at + 5 * DAY),
      TrangThaiHoSo: '2',
      NgayKetThucXuLy: '',
      NgayTra: '',
      DonViXuLy: '06001',
      ...over,
    });
  const fromApi = async (records: Row[]) => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/integrations/dossiers',
      headers: { authorization: `Bearer ${sourceToken}` },
      payload: records,
    });
    expect(res.json().accepted, res.body).toBe(records.length);
  };
  const importRows = async (name: string, rows: Row[]) => {
    const res = await upload('mot-cua-huyen', name, csv(rows));
    expect(res.statusCode, res.body).toBe(202);
    return finished(res.json().id);
  };
  const linksOfCodes = async (codes: string[]) =>
    h.deps.database.db
      .select({ code: dossiers.code, externalCode: dossierSources.externalCode, link: dossierSources })
      .from(dossierSources)
      .innerJoin(dossiers, eq(dossiers.id, dossierSources.dossierId))
      .where(inArray(dossiers.code, codes));
  const receivedOn = async (day: string) => {
    const viewer = await login(h.app, 'langson.theodoi');
    const res = await call(
      h.app,
      viewer,
      'GET',
      `/api/reports/dossier-results?unitCode=06001&includeChildren=false&from=${day}&to=${day}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json().total.received.total as number;
  };

  // A source of its own: the other file source has a saved column mapping by now.
  beforeAll(async () => {
    const created = await call(h.app, admin, 'POST', '/api/integrations/sources', {
      code: 'mot-cua-huyen',
      name: 'Hệ thống một cửa của huyện',
      kind: 'provincial_one_stop',
      unitCodes: ['06001'],
    });
    expect(created.statusCode, created.body).toBe(201);
  });

  it('links the row to the one dossier another source sent, with its dates, counted once', async () => {
    const day = BASE + 23 * DAY; // 25/02/2026 08:00 in Vietnam
    const before = await receivedOn('2026-02-25');
    await fromApi([ownerRow('API-OWN-1', '079300000001', day)]);
    expect(await receivedOn('2026-02-25')).toBe(before + 1);
    // Same owner, procedure and local day (14:00), another code, a later status: one dossier, two links.
    const job = await importRows('chu-ho-so.csv', [
      ownerRow('TINH-OWN-1', ' 079300000001 ', day + 6 * 3_600_000, {
        TrangThaiHoSo: '4',
        NgayHenTra: formatDvcDate(day + 7 * DAY),
      }),
    ]);
    expect(job).toMatchObject({ status: 'done', accepted: 1, rejected: 0 });
    expect(await countCodes('TINH-OWN-')).toBe(0);
    const links = await linksOfCodes(['API-OWN-1']);
    expect(links.map((l) => l.externalCode).sort()).toEqual(['API-OWN-1', 'TINH-OWN-1']);
    const fileLink = links.find((l) => l.externalCode === 'TINH-OWN-1')!.link;
    expect(fileLink.sourceReceivedAt?.getTime()).toBe(day + 6 * 3_600_000);
    expect(fileLink.sourceDueAt?.getTime()).toBe(day + 7 * DAY);
    expect(fileLink.sourceFinishedAt).toBeNull();
    // The newer record applies to the dossier; it is still counted once.
    const [d] = await h.deps.database.db.select().from(dossiers).where(eq(dossiers.code, 'API-OWN-1'));
    expect(d!.nationalStatus).toBe(4);
    expect(await receivedOn('2026-02-25')).toBe(before + 1);
    // The same file again changes nothing; a second new code of this source for the same owner, procedure
    // and day is another dossier (the candidate is already linked to this source).
    const twin = await importRows('chu-ho-so-2.csv', [ownerRow('TINH-OWN-2', '079300000001', day)]);
    expect(twin).toMatchObject({ status: 'done', accepted: 1 });
    expect(await countCodes('TINH-OWN-2')).toBe(1);
  });

  it('in one chunk, leaves a candidate to the row naming it by MaHoSo and links the first of two matching rows', async () => {
    const day = BASE + 25 * DAY; // 27/02/2026
    await fromApi([
      ownerRow('API-CLAIM-1', '079300000003', day),
      ownerRow('API-FIRST-1', '079300000004', day),
    ]);
    const job = await importRows('trong-mot-phan.csv', [
      // Matches API-CLAIM-1 by owner, but the next row names that dossier by its MaHoSo: a new dossier.
      ownerRow('TINH-CLAIM-1', '079300000003', day),
      ownerRow('API-CLAIM-1', '079300000003', day),
      // Two rows match API-FIRST-1: the first line links, the second is a new dossier.
      ownerRow('TINH-FIRST-1', '079300000004', day),
      ownerRow('TINH-FIRST-2', '079300000004', day + 3_600_000),
    ]);
    expect(job).toMatchObject({ status: 'done', accepted: 4, rejected: 0 });
    const links = await linksOfCodes(['API-CLAIM-1', 'API-FIRST-1', 'TINH-CLAIM-1', 'TINH-FIRST-2']);
    expect(links.map((l) => `${l.code}=${l.externalCode}`).sort()).toEqual([
      'API-CLAIM-1=API-CLAIM-1',
      'API-CLAIM-1=API-CLAIM-1',
      'API-FIRST-1=API-FIRST-1',
      'API-FIRST-1=TINH-FIRST-1',
      'TINH-CLAIM-1=TINH-CLAIM-1',
      'TINH-FIRST-2=TINH-FIRST-2',
    ]);
  });

  it('creates a new dossier when two dossiers match (never guesses)', async () => {
    const day = BASE + 24 * DAY; // 26/02/2026
    await fromApi([
      ownerRow('API-AMB-1', '079300000002', day),
      ownerRow('API-AMB-2', '079300000002', day + 3_600_000),
    ]);
    expect(await countCodes('API-AMB-')).toBe(2);
    const job = await importRows('hai-ung-vien.csv', [ownerRow('TINH-AMB-1', '079300000002', day)]);
    expect(job).toMatchObject({ status: 'done', accepted: 1 });
    const links = await linksOfCodes(['API-AMB-1', 'API-AMB-2', 'TINH-AMB-1']);
    expect(links.map((l) => `${l.code}=${l.externalCode}`).sort()).toEqual([
      'API-AMB-1=API-AMB-1',
      'API-AMB-2=API-AMB-2',
      'TINH-AMB-1=TINH-AMB-1',
    ]);
    // The new dossier's link keeps the source's dates too.
    const own = links.find((l) => l.code === 'TINH-AMB-1')!.link;
    expect(own.sourceReceivedAt?.getTime()).toBe(day);
    expect(own.sourceDueAt?.getTime()).toBe(day + 5 * DAY);
  });
});

describe('access', () => {
  it('hides the source, its mapping and its jobs from an administrator of another unit', async () => {
    const other = await login(h.app, 'vanlinh.quantri');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/integrations/sources/mot-cua-tinh/imports?name=a.csv',
      headers: { cookie: other.cookie, 'x-csrf-token': other.csrf, 'content-type': 'text/csv' },
      payload: csv([row(1)]),
    });
    expect(res.statusCode).toBe(404);
    expect(
      (await call(h.app, other, 'GET', '/api/integrations/sources/mot-cua-tinh/import-mapping')).statusCode,
    ).toBe(404);
    expect((await call(h.app, other, 'GET', `/api/integrations/imports/${csvJobId}`)).statusCode).toBe(404);
    expect((await call(h.app, other, 'GET', `/api/integrations/imports/${csvJobId}/errors`)).statusCode).toBe(
      404,
    );
  });
});

async function cliContext(): Promise<RequestContext> {
  const { SYSTEM_ACTOR } = await import('../../src/domain/access/actor.js');
  return { actor: { ...SYSTEM_ACTOR, name: 'Kiểm thử' }, ip: null, requestId: null };
}
