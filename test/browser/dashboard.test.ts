/// <reference lib="dom" />
// The leaders' dashboard in Debian Chromium against the real server process: the center director
// opens Bảng điều hành and reads today's receipts; a dossier received through the API meanwhile
// updates the figure live (change stream, no reload); the figure leads to its dossier list; the TV
// view shows the same figure full-screen; the report page's Excel download is a real xlsx file.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, startBrowserApp } from '../support/browser-app.js';
import { httpLogin, type ServerProcess } from '../support/process.js';

const PASSWORD = 'MotCua@2026';
let server: ServerProcess;
let browser: Browser;
let app: BrowserApp | undefined;
const contexts: BrowserContext[] = [];
let received = 0;

/** Receives `n` dossiers at the Tam Thanh counter through the API, as tamthanh.tiepnhan. */
async function receiveAtCounter(n: number) {
  const s = await httpLogin(server.url, 'tamthanh.tiepnhan', PASSWORD);
  expect(s.status).toBe(200);
  const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
  const proc = (await (await fetch(`${server.url}/api/procedures/1.004884`, { headers })).json()) as {
    components: { code: string; quantity: number }[];
  };
  for (let i = 0; i < n; i += 1) {
    received += 1;
    const res = await fetch(`${server.url}/api/dossiers`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        unitCode: '06001',
        procedureCode: '1.004884',
        caseCode: 'TH1',
        owner: {
          kind: 'citizen',
          fullName: `Vi Thị Hạnh ${received}`,
          idNumber: `02019100${5000 + received}`,
        },
        components: proc.components.map((c) => ({ code: c.code, quantity: c.quantity, provided: true })),
        feePayment: 'now',
        returnChannel: 'counter',
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
}

beforeAll(async () => {
  app = await startBrowserApp({ tmpPrefix: 'motcua-dashboard-', password: PASSWORD });
  ({ server, browser } = app);
  await receiveAtCounter(2);
}, 240_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await app?.close();
});

async function director(): Promise<Page> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill('tamthanh.giamdoc');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor();
  return page;
}

describe('dashboard', () => {
  it('shows the figures, updates them live and follows one to its dossiers', async () => {
    const page = await director();
    await page.getByRole('link', { name: 'Bảng điều hành', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Bảng điều hành', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Tiếp nhận hôm nay: 2 hồ sơ' }).waitFor();
    await page.getByRole('link', { name: 'Trực tiếp: 2' }).first().waitFor();
    await page.getByText('Cập nhật trực tiếp').waitFor();
    await page.getByRole('img', { name: /^Tỷ lệ giải quyết đúng hạn 8 tuần gần nhất/ }).waitFor();
    await page.getByRole('heading', { name: /^Tiếp nhận theo lĩnh vực và kênh/ }).waitFor();
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    await receiveAtCounter(1);
    const live = page.getByRole('link', { name: 'Tiếp nhận hôm nay: 3 hồ sơ' });
    await live.waitFor({ timeout: 10_000 });
    await expect(
      page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).resolves.toBe(true);
    await expect(live.textContent()).resolves.toContain('3');

    await live.click();
    await page.getByRole('heading', { name: 'Hồ sơ: Tiếp nhận hôm nay' }).waitFor();
    await page.getByText('Vi Thị Hạnh 3').waitFor();
    await expect(page.locator('.dossier-table tbody tr').count()).resolves.toBe(3);
  });

  it('has a full-screen view for the service center TV, without navigation', async () => {
    const page = await director();
    await page.goto(`${server.url}/man-hinh-trung-tam`);
    await page.getByRole('heading', { name: 'Phường Tam Thanh' }).waitFor();
    await page.getByRole('link', { name: `Tiếp nhận hôm nay: ${received} hồ sơ` }).waitFor();
    await expect(page.getByRole('navigation').count()).resolves.toBe(0);
    await page.getByRole('heading', { name: /^Tỷ lệ giải quyết đúng hạn tuần này/ }).waitFor();
  });
});

describe('report page export', () => {
  it('downloads Biểu II.06a as a valid xlsx file', async () => {
    const page = await director();
    await page.goto(`${server.url}/bao-cao`);
    const excel = page.getByRole('link', { name: 'Tải Excel (Biểu II.06a)' });
    await excel.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), excel.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    const body = fs.readFileSync(file);
    expect(body.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const texts: string[] = [];
    book.worksheets[0]!.eachRow((row) => {
      row.eachCell((cell) => {
        texts.push(String(cell.value ?? ''));
      });
    });
    expect(texts.some((t) => t.includes('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'))).toBe(true);
  });
});
