/// <reference lib="dom" />
// The reconciliation page in Debian Chromium against the real server process: two sources (the
// provincial one-stop system and the national portal) send dossiers through the inbound API; the
// procedure-control officer opens Đối soát dữ liệu, reads the counts by status per source, lists the
// portal's differences and follows one to the dossier page, which names both sources.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDvcDate } from '../../src/domain/integrations/index.js';
import { type BrowserApp, startBrowserApp } from '../support/browser-app.js';
import { httpLogin, type ServerProcess } from '../support/process.js';

const PASSWORD = 'MotCua@2026';
let server: ServerProcess;
let browser: Browser;
let app: BrowserApp | undefined;

function record(code: string, i: number, status: number) {
  const received = Date.now() - 2 * 3_600_000;
  return {
    MaHoSo: code,
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    MaLinhVuc: 'HT',
    TenLinhVuc: 'Hộ tịch',
    KenhThucHien: 1,
    ChuHoSo: `Phạm Thị Đối Soát ${i}`,
    SoGiayToChuHoSo: `00119000${String(i).padStart(4, '0')}`,
    LoaiDoiTuong: 1,
    NgayTiepNhan: formatDvcDate(received),
    NgayHenTra: formatDvcDate(received + 5 * 86_400_000),
    TrangThaiHoSo: status,
    DonViXuLy: '06001',
    DuocThanhToanTrucTuyen: 0,
    HoSoCoThanhPhanSoHoa: 0,
    QuaTrinhXuLy: status > 2 ? [{ NguoiXuLy: 'Cán bộ', ThoiDiemXuLy: formatDvcDate(received + 60_000) }] : [],
  };
}

async function source(code: string, name: string, kind: string): Promise<string> {
  const s = await httpLogin(server.url, 'langson.quantri', PASSWORD);
  const res = await fetch(`${server.url}/api/integrations/sources`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ code, name, kind, unitCodes: ['06001'] }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

async function ingest(token: string, records: unknown[]) {
  const res = await fetch(`${server.url}/api/integrations/dossiers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(records),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

beforeAll(async () => {
  app = await startBrowserApp({ tmpPrefix: 'motcua-reconciliation-', password: PASSWORD });
  ({ server, browser } = app);
  const tinh = await source('mot-cua-tinh', 'Hệ thống một cửa điện tử tỉnh', 'provincial_one_stop');
  const portal = await source('cong-dvcqg', 'Cổng Dịch vụ công quốc gia', 'national_portal');
  await ingest(
    tinh,
    [1, 2, 3, 4].map((i) => record(`A-${i}`, i, 4)),
  );
  // The portal: A-1 still "received" (behind), A-2 as is, and one dossier of its own.
  await ingest(portal, [record('A-1', 1, 2), record('A-2', 2, 4), record('B-9', 9, 4)]);
}, 240_000);

afterAll(async () => {
  await app?.close();
});

describe('reconciliation page', () => {
  it('shows counts by status per source and the differing dossiers with links', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await page.goto(`${server.url}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('tamthanh.kiemsoat');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor();
    await page.getByRole('link', { name: 'Đối soát dữ liệu', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Đối soát dữ liệu', exact: true }).waitFor();

    const tinh = page.getByRole('table', { name: /Hệ thống một cửa điện tử tỉnh/ });
    await tinh.waitFor();
    // Source 4 (all "Đang xử lý"); MotCua 5 (its 4 and the portal's own B-9); the portal knows 3.
    const total = tinh.getByRole('row', { name: /Tổng số/ });
    await expect(total.getByRole('cell').allTextContents()).resolves.toEqual(['4', '5', '3']);

    const portal = page.getByRole('table', { name: /Cổng Dịch vụ công quốc gia/ });
    await expect(
      portal
        .getByRole('row', { name: /Được tiếp nhận/ })
        .getByRole('cell')
        .allTextContents(),
    ).resolves.toEqual(['1', '0', '1']);

    await page.getByRole('button', { name: 'Xem hồ sơ chênh lệch' }).nth(0).click();
    await page.getByRole('heading', { name: 'Hồ sơ chênh lệch: Cổng Dịch vụ công quốc gia' }).waitFor();
    const list = page.getByRole('region', { name: 'Hồ sơ chênh lệch' });
    await list.getByText('Trạng thái ở hệ thống nguồn chậm hơn Một cửa', { exact: false }).waitFor();
    await expect(list.getByRole('cell', { name: /^Thiếu ở hệ thống nguồn/ }).count()).resolves.toBe(2);

    await list.getByRole('link', { name: 'A-1', exact: true }).click();
    const sources = page.locator('dt:text-is("Hệ thống nguồn") + dd');
    await sources.waitFor();
    await expect(sources.locator('span.block').allTextContents()).resolves.toEqual([
      'Cổng Dịch vụ công quốc gia (A-1)',
      'Hệ thống một cửa điện tử tỉnh (A-1)',
    ]);

    // The weekly report shows the same reconciliation under its indicators; a difference count leads
    // back to the reconciliation page for that source and period.
    // Yesterday and today in Vietnam: the records were received two hours ago.
    const localDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
    const from = localDay(Date.now() - 86_400_000);
    await page.goto(`${server.url}/bao-cao?unitCode=06001&from=${from}&to=${localDay(Date.now())}`);
    const rec = page.getByRole('table', { name: 'Đối soát với hệ thống nguồn' });
    await rec.waitFor();
    const tinhRow = rec.getByRole('row', { name: /Hệ thống một cửa điện tử tỉnh/ });
    await expect(tinhRow.getByRole('cell').allTextContents()).resolves.toEqual([
      '4',
      '5',
      '3',
      expect.any(String),
    ]);
    await rec
      .getByRole('row', { name: /Cổng Dịch vụ công quốc gia/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { name: 'Đối soát dữ liệu', exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('source')).toBeTruthy();
    await context.close();
  });
});
