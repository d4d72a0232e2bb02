// Biểu II.06a as xlsx and docx: the merged two-level headers, column numbers, figures and signature
// lines, read back with exceljs and through LibreOffice (converted to PDF, text checked).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ii06aValues } from '../../src/domain/reports/index.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';
import { officeToPdfText } from '../support/office.js';

let h: Harness;
let director: Session;
let province: Session;
const QUERY = 'from=2026-03-01&to=2026-03-31';

beforeAll(async () => {
  h = await createHarness({ now: '2026-03-02T02:00:00.000Z' });
  const receiver = await login(h.app, 'tamthanh.tiepnhan');
  const proc = (await call(h.app, receiver, 'GET', '/api/procedures/1.004884')).json();
  for (let i = 0; i < 3; i++) {
    const res = await call(h.app, receiver, 'POST', '/api/dossiers', {
      unitCode: '06001',
      procedureCode: proc.code,
      caseCode: 'TH1',
      owner: { kind: 'citizen', fullName: 'Lê Thu Hà', idNumber: '020190001234' },
      components: proc.components.map((c: { code: string; quantity: number }) => ({
        code: c.code,
        quantity: c.quantity,
        provided: true,
      })),
      feePayment: 'now',
      returnChannel: 'counter',
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  h.clock.set('2026-03-20T02:00:00.000Z');
  director = await login(h.app, 'tamthanh.giamdoc');
  province = await login(h.app, 'langson.theodoi');
}, 120_000);
afterAll(() => h?.close());

async function download(session: Session, ext: 'xlsx' | 'docx', q: string) {
  const res = await call(h.app, session, 'GET', `/api/reports/dossier-results.${ext}?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-disposition']).toMatch(
    new RegExp(`attachment; filename="bieu-II06a-.*\\.${ext}"`),
  );
  return res.rawPayload;
}

describe('Biểu II.06a export', () => {
  it('xlsx: national header, merged two-level headers, column numbers, figures, Times New Roman', async () => {
    const json = (
      await call(
        h.app,
        province,
        'GET',
        `/api/reports/dossier-results?unitCode=20&includeChildren=true&groupBy=unit&${QUERY}`,
      )
    ).json();
    const file = await download(province, 'xlsx', `unitCode=20&includeChildren=true&groupBy=unit&${QUERY}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const text = (a: string) => String(ws.getCell(a).value ?? '');
    expect(text('A2')).toBe('TỈNH LẠNG SƠN');
    expect(text('F1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text('F2')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(text('J3')).toBe('Biểu II.06a/VPCP/KSTT');
    expect(text('A5')).toMatch(/^TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH/);
    expect(text('A7')).toBe('Kỳ báo cáo: từ ngày 01/03/2026 đến ngày 31/03/2026');
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A10:A11', 'B10:B11', 'C10:F10', 'G10:J10', 'K10:M10']));
    expect(text('B10')).toBe('Đơn vị');
    expect(text('C10')).toBe('Số hồ sơ nhận giải quyết');
    expect(['C11', 'D11', 'E11', 'F11'].map(text)).toEqual([
      'Tổng số',
      'Trực tuyến',
      'Trực tiếp, dịch vụ bưu chính',
      'Từ kỳ trước',
    ]);
    expect(['G11', 'H11', 'I11', 'J11', 'K11', 'L11', 'M11'].map(text)).toEqual([
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
    ]);
    expect(Array.from({ length: 13 }, (_, i) => ws.getCell(12, i + 1).value)).toEqual(
      Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
    );
    // One row per unit, then the total; columns 3–13 are the mapped figures.
    const rows = json.rows as { label: string }[];
    rows.forEach((r, i) => {
      expect(ws.getCell(13 + i, 2).value).toBe(r.label);
    });
    const totalRow = ws.getRow(13 + rows.length);
    expect(totalRow.getCell(2).value).toBe('Tổng cộng');
    const values = Array.from({ length: 11 }, (_, i) => totalRow.getCell(i + 3).value);
    expect(values).toEqual(ii06aValues(json.total));
    expect(values[0]).toBe(3);
    expect(values[0]).toBe((values[4] as number) + (values[8] as number));
    expect(ws.getCell('C10').font.name).toBe('Times New Roman');
    expect(ws.getCell(13, 2).font.name).toBe('Times New Roman');
    const cells = ws.getSheetValues().flat().map(String);
    expect(cells).toEqual(expect.arrayContaining(['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ']));
  });

  it('xlsx and docx open in LibreOffice with the Vietnamese headings and figures', async () => {
    for (const ext of ['xlsx', 'docx'] as const) {
      const file = await download(director, ext, `unitCode=06001&groupBy=channel&${QUERY}`);
      const text = (await officeToPdfText(`bieu.${ext}`, file)).join('\n').replace(/\s+/g, ' ');
      expect(text, ext).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text, ext).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text, ext).toContain('PHƯỜNG TAM THANH');
      expect(text, ext).toContain('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT');
      expect(text, ext).toContain('Số hồ sơ đang giải quyết');
      expect(text, ext).toContain('Trực tiếp');
      expect(text, ext).toContain('Tổng cộng');
      expect(text, ext).toContain('THỦ TRƯỞNG ĐƠN VỊ');
      // Total row: 3 received (3 direct), none finished, 3 open and overdue at the end of March.
      expect(text, ext).toMatch(/Tổng cộng 3 0 3 0 0 0 0 0 3 0 3/);
    }
  }, 240_000);
});
