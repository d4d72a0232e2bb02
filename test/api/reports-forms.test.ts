// Biểu II.06b and II.07b and the dossier register (Mẫu 06): figures equal the dossier-results report
// they derive from, II.07b counts the catalog and the procedures with dossiers, the register pages and
// the streamed xlsx list every dossier, and every xlsx and docx opens in LibreOffice with its Vietnamese
// headings and figures.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ii06aValues } from '../../src/domain/reports/index.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';
import { officeToPdfTexts } from '../support/office.js';

let h: Harness;
let director: Session;
let province: Session;
let receiver: Session;
const PERIOD = 'from=2026-03-01&to=2026-03-31';
type Proc = {
  code: string;
  fourOnSite: boolean;
  cases: { code: string }[];
  components: { code: string; quantity: number }[];
};

async function receive(session: Session, unitCode: string, proc: Proc, owner: string) {
  const res = await call(h.app, session, 'POST', '/api/dossiers', {
    unitCode,
    procedureCode: proc.code,
    caseCode: proc.cases[0]!.code,
    owner: { kind: 'citizen', fullName: owner, idNumber: '020190001234' },
    components: proc.components.map((c) => ({ code: c.code, quantity: c.quantity, provided: true })),
    feePayment: 'now',
    returnChannel: 'counter',
  });
  expect(res.statusCode, res.body).toBe(201);
}

let civil: Proc;
let certification: Proc;

beforeAll(async () => {
  h = await createHarness({ now: '2026-03-02T02:00:00.000Z' });
  receiver = await login(h.app, 'tamthanh.tiepnhan');
  const vanlinh = await login(h.app, 'vanlinh.tiepnhan');
  civil = (await call(h.app, receiver, 'GET', '/api/procedures/1.004884')).json();
  certification = (await call(h.app, receiver, 'GET', '/api/procedures/2.000815')).json();
  for (const owner of ['Lê Thu Hà', 'Hoàng Văn Nam', 'Nông Thị Mai'])
    await receive(receiver, '06001', civil, owner);
  for (const owner of ['Vi Văn Long', 'Lý Thị Hoa']) await receive(vanlinh, '06003', certification, owner);
  h.clock.set('2026-03-20T02:00:00.000Z');
  receiver = await login(h.app, 'tamthanh.tiepnhan');
  director = await login(h.app, 'tamthanh.giamdoc');
  province = await login(h.app, 'langson.theodoi');
}, 120_000);
afterAll(() => h?.close());

const get = async (session: Session, url: string) => {
  const res = await call(h.app, session, 'GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res;
};
const json = async (session: Session, url: string) => (await get(session, url)).json();

describe('Biểu II.06b', () => {
  it('a province with its communes: I. Cấp tỉnh = the province alone, the total = the locality', async () => {
    const form = await json(province, `/api/reports/forms/ii06b?unitCode=20&includeChildren=true&${PERIOD}`);
    const whole = await json(
      province,
      `/api/reports/dossier-results?unitCode=20&includeChildren=true&groupBy=field&${PERIOD}`,
    );
    const own = await json(province, `/api/reports/dossier-results?unitCode=20&groupBy=field&${PERIOD}`);
    const byUnit = await json(
      province,
      `/api/reports/dossier-results?unitCode=20&includeChildren=true&groupBy=unit&${PERIOD}`,
    );
    expect(form.sections.map((s: { level: string; label: string }) => [s.level, s.label])).toEqual([
      ['province', 'Cấp tỉnh'],
      ['commune', 'Cấp xã'],
    ]);
    expect(form.total).toEqual(whole.total);
    expect(form.total.received.total).toBe(5);
    expect(form.sections[0].total).toEqual(own.total);
    // Cấp xã = the communes' rows of the by-unit report, summed.
    const communes = byUnit.rows.filter((r: { key: string }) => r.key !== '20');
    expect(form.sections[1].total.received.total).toBe(
      communes.reduce((n: number, r: { received: { total: number } }) => n + r.received.total, 0),
    );
    expect(form.sections[1].rows.map((r: { key: string }) => r.key)).toEqual(
      whole.rows.map((r: { key: string }) => r.key),
    );
    // The layout: section rows carry the subtotals; the total row the report's total.
    const sectionRows = form.form.rows.filter((r: { kind: string }) => r.kind === 'section');
    expect(sectionRows.map((r: { no: string }) => r.no)).toEqual(['I', 'II']);
    expect(sectionRows[1].values).toEqual(ii06aValues(form.sections[1].total));
    expect(form.form.totalRow.values).toEqual(ii06aValues(whole.total));
    expect(form.form.code).toBe('Biểu II.06b/VPCP/KSTT');
  });

  it('a ward alone: one Cấp xã section whose rows are its dossier-results by field', async () => {
    const form = await json(director, `/api/reports/forms/ii06b?unitCode=06001&${PERIOD}`);
    const report = await json(
      director,
      `/api/reports/dossier-results?unitCode=06001&groupBy=field&${PERIOD}`,
    );
    expect(form.sections).toHaveLength(1);
    expect(form.sections[0].level).toBe('commune');
    expect(form.sections[0].rows).toEqual(report.rows);
    expect(form.total).toEqual(report.total);
    expect(form.form.superior).toBe('Tỉnh Lạng Sơn');
  });
});

describe('Biểu II.07b', () => {
  it('counts the commune-level catalog per unit and the procedures with dossiers in the period', async () => {
    const form = await json(province, `/api/reports/forms/ii07b?unitCode=20&includeChildren=true&${PERIOD}`);
    // The catalog in force today (the period ends after the demo catalog took effect).
    const catalog: {
      level: string;
      mechanism: string;
      onlineLevel: string;
      fourOnSite: boolean;
      external: boolean;
    }[] = [];
    let cursor: string | null = null;
    do {
      const page = await json(receiver, `/api/procedures?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      catalog.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const communeLevel = catalog.filter((p) => p.level === 'commune' && !p.external);
    expect(communeLevel.length).toBeGreaterThan(10);
    const rows = new Map(form.rows.map((r: { unitCode: string }) => [r.unitCode, r]));
    expect([...rows.keys()]).toEqual(['20', '06001', '06002', '06003']);
    const tamThanh = rows.get('06001') as Record<string, number>;
    expect(tamThanh.total).toBe(communeLevel.length);
    expect(tamThanh.commune).toBe(communeLevel.length);
    expect(tamThanh.province).toBe(0);
    expect(tamThanh.oneStop).toBe(communeLevel.filter((p) => p.mechanism === 'one_stop').length);
    expect(tamThanh.interAgency).toBe(communeLevel.filter((p) => p.mechanism === 'inter_agency').length);
    expect(tamThanh.fourOnSite).toBe(communeLevel.filter((p) => p.fourOnSite).length);
    expect(tamThanh.onlineFull).toBe(communeLevel.filter((p) => p.onlineLevel === 'full').length);
    expect(tamThanh.onlinePartial).toBe(communeLevel.filter((p) => p.onlineLevel === 'partial').length);
    // Procedures with dossiers = procedure rows of the dossier-results report with new dossiers.
    for (const code of ['06001', '06002', '06003']) {
      const byProcedure = await json(
        province,
        `/api/reports/dossier-results?unitCode=${code}&groupBy=procedure&${PERIOD}`,
      );
      const used = byProcedure.rows.filter((r: { received: { new: number } }) => r.received.new > 0);
      expect((rows.get(code) as Record<string, number>).withDossiers, code).toBe(used.length);
    }
    expect(tamThanh.withDossiers).toBe(1);
    expect(tamThanh.withDossiersFourOnSite).toBe(civil.fourOnSite ? 1 : 0);
    expect((rows.get('06003') as Record<string, number>).withDossiersFourOnSite).toBe(1);
    expect((rows.get('20') as Record<string, number>).commune).toBe(0);
    // The total counts distinct procedures: the commune-level catalog once, two procedures used.
    expect(form.total.commune).toBe(communeLevel.length);
    expect(form.total.withDossiers).toBe(2);
    expect(form.total.withDossiersFourOnSite).toBe(1);
    expect(form.form.rows).toHaveLength(4);
    expect(form.form.headers[3].sub).toEqual(['Một cửa', 'Một cửa liên thông', '"4 tại chỗ"']);
  });
});

describe('Sổ theo dõi hồ sơ (Mẫu 06)', () => {
  it('pages the register in receipt order by keyset; the streamed xlsx lists every dossier', async () => {
    const first = await json(receiver, `/api/dossiers/register?unitCode=06001&${PERIOD}&limit=2`);
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await json(
      receiver,
      `/api/dossiers/register?unitCode=06001&${PERIOD}&limit=2&cursor=${first.nextCursor}`,
    );
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    // Received at the same instant (the clock is frozen): ordered by (receivedAt, id).
    expect(all.map((r: { ownerName: string }) => r.ownerName).sort()).toEqual([
      'Hoàng Văn Nam',
      'Lê Thu Hà',
      'Nông Thị Mai',
    ]);
    const keys = all.map((r: { receivedAt: string; dossierId: string }) => `${r.receivedAt}|${r.dossierId}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(all.map((r: { dossierCode: string }) => r.dossierCode)).size).toBe(3);

    const res = await get(receiver, `/api/dossiers/register.xlsx?unitCode=06001&${PERIOD}`);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="so-theo-doi-ho-so-06001-.*\.xlsx"/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A5').value).toBe('SỔ THEO DÕI HỒ SƠ');
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A8:A9', 'H8:J8', 'K8:L8']));
    expect(ws.getCell('H8').value).toBe('Ngày, tháng, năm');
    expect(ws.getCell('H9').value).toBe('Nhận hồ sơ');
    expect([10, 11, 12].map((r) => ws.getCell(r, 2).value)).toEqual(
      all.map((r: { dossierCode: string }) => r.dossierCode),
    );
    expect(ws.getCell(10, 5).font.name).toBe('Times New Roman');

    const foreign = await call(
      h.app,
      receiver,
      'GET',
      `/api/dossiers/register.xlsx?unitCode=06003&${PERIOD}`,
    );
    expect(foreign.statusCode).toBe(404);
    const bad = await call(
      h.app,
      receiver,
      'GET',
      `/api/dossiers/register?unitCode=06001&${PERIOD}&cursor=eyJ0IjoieCJ9`,
    );
    expect(bad.statusCode).toBe(400);
  });
});

describe('the files open in LibreOffice', () => {
  it('II.06b, II.07b and the register as xlsx and docx convert to PDF with headings and figures', async () => {
    const files: { name: string; content: Buffer }[] = [];
    for (const ext of ['xlsx', 'docx'] as const) {
      const q = `unitCode=20&includeChildren=true&${PERIOD}`;
      files.push({
        name: `ii06b-${ext}.${ext}`,
        content: (await get(province, `/api/reports/forms/ii06b.${ext}?${q}`)).rawPayload,
      });
      files.push({
        name: `ii07b-${ext}.${ext}`,
        content: (await get(province, `/api/reports/forms/ii07b.${ext}?${q}`)).rawPayload,
      });
      files.push({
        name: `register-${ext}.${ext}`,
        content: (await get(director, `/api/dossiers/register.${ext}?unitCode=06001&${PERIOD}`)).rawPayload,
      });
    }
    const texts = (await officeToPdfTexts(files)).map((pages) => pages.join('\n').replace(/\s+/g, ' '));
    const ii07b = await json(province, `/api/reports/forms/ii07b?unitCode=20&includeChildren=true&${PERIOD}`);
    const n = String(ii07b.total.total);
    files.forEach((f, i) => {
      const text = texts[i]!;
      expect(text, f.name).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text, f.name).toContain('Độc lập - Tự do - Hạnh phúc');
      if (f.name.startsWith('ii06b')) {
        expect(text, f.name).toContain('Biểu II.06b/VPCP/KSTT');
        expect(text, f.name).toContain('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI ĐỊA PHƯƠNG');
        expect(text, f.name).toContain('Lĩnh vực, công việc giải quyết theo cấp');
        expect(text, f.name).toContain('Cấp xã');
        expect(text, f.name).toContain('THỦ TRƯỞNG ĐƠN VỊ');
        // 5 received (all direct), none finished, 5 open: certification due the same day is overdue,
        // and so are the civil-status dossiers by 31/03 or not — the form's own columns must add up.
        expect(text, f.name).toMatch(/Tổng cộng 5 0 5 0 0 0 0 0 5 \d \d/);
      } else if (f.name.startsWith('ii07b')) {
        expect(text, f.name).toContain('Biểu II.07b/VPCP/KSTT');
        expect(text, f.name).toContain('"4 tại chỗ"');
        expect(text, f.name).toContain('Một cửa liên thông');
        expect(text, f.name).toContain('Toàn trình');
        expect(text, f.name).toContain('Phường Tam Thanh');
        expect(text, f.name).toMatch(new RegExp(`Toàn địa bàn \\(không trùng lặp\\) ${n} 0 ${n} `));
      } else {
        expect(text, f.name).toContain('SỔ THEO DÕI HỒ SƠ');
        expect(text, f.name).toContain('Ngày, tháng, năm');
        expect(text, f.name).toContain('Nông Thị Mai');
        expect(text, f.name).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026');
      }
    });
  }, 400_000);
});
