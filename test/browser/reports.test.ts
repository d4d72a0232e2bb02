/// <reference lib="dom" />
// The report page in Debian Chromium against the real server process: dossiers are received at the
// counter through the API, the center director opens Báo cáo, reads a figure, follows it to the
// list of its dossiers (same count), downloads Biểu II.06a as xlsx, and the page fits a phone.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, startBrowserApp } from '../support/browser-app.js';
import { httpLogin, type ServerProcess } from '../support/process.js';

const PASSWORD = 'MotCua@2026';
let server: ServerProcess;
let browser: Browser;
let app: BrowserApp | undefined;
const contexts: BrowserContext[] = [];

/** Receives `n` dossiers at the Tam Thanh counter through the API, as tamthanh.tiepnhan. */
async function receiveAtCounter(n: number) {
  const s = await httpLogin(server.url, 'tamthanh.tiepnhan', PASSWORD);
  expect(s.status).toBe(200);
  const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
  const proc = (await (await fetch(`${server.url}/api/procedures/1.004884`, { headers })).json()) as {
    components: { code: string; quantity: number }[];
  };
  for (let i = 0; i < n; i += 1) {
    const res = await fetch(`${server.url}/api/dossiers`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        unitCode: '06001',
        procedureCode: '1.004884',
        caseCode: 'TH1',
        owner: { kind: 'citizen', fullName: `Lê Văn Hùng ${i + 1}`, idNumber: `02019000${5000 + i}` },
        components: proc.components.map((c) => ({ code: c.code, quantity: c.quantity, provided: true })),
        feePayment: 'now',
        returnChannel: 'counter',
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
}

beforeAll(async () => {
  app = await startBrowserApp({ tmpPrefix: 'motcua-reports-', password: PASSWORD });
  ({ server, browser } = app);
  await receiveAtCounter(3);
}, 240_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await app?.close();
});

async function director(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill('tamthanh.giamdoc');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor();
  return page;
}

describe('report page', () => {
  it('shows the figures, follows one to its dossiers and downloads Biểu II.06a', async () => {
    const page = await director();
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Báo cáo', exact: true }).waitFor();
    // The default period is this calendar month, which contains today's dossiers.
    const figure = page.getByRole('link', { name: 'Mới tiếp nhận trực tiếp — Tổng cộng: 3' });
    await figure.waitFor();
    await expect(
      page.getByRole('link', { name: 'Tổng số hồ sơ — Tổng cộng: 3' }).textContent(),
    ).resolves.toBe('3');
    await expect(page.getByRole('columnheader', { name: 'Kỳ trước chuyển sang' }).count()).resolves.toBe(1);
    await expect(page.getByRole('option', { name: /^Quý .*kỳ số liệu 15\/.*14\// }).count()).resolves.toBe(2);

    await figure.click();
    await page.getByRole('heading', { name: 'Hồ sơ: Mới tiếp nhận trực tiếp' }).waitFor();
    await page.getByText('Đang hiển thị 3 dòng').waitFor();
    await expect(page.locator('.dossier-table tbody tr').count()).resolves.toBe(3);
    await expect(page.getByText('Lê Văn Hùng 2').count()).resolves.toBe(1);

    await page.getByRole('link', { name: '← Báo cáo' }).click();
    const excel = page.getByRole('link', { name: 'Tải Excel (Biểu II.06a)' });
    await excel.waitFor();
    const href = await excel.getAttribute('href');
    expect(href).toMatch(/^\/api\/reports\/dossier-results\.xlsx\?unitCode=06001&from=/);
    const file = await page.request.get(`${server.url}${href}`);
    expect(file.status()).toBe(200);
    const body = await file.body();
    expect(body.length).toBeGreaterThan(1000);
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    const word = await page.getByRole('link', { name: 'Tải Word', exact: true }).getAttribute('href');
    expect(word).toBe(href!.replace('.xlsx', '.docx'));
  });

  it('takes a statistical period preset and groups by channel', async () => {
    const page = await director();
    await page.goto(`${server.url}/bao-cao`);
    await page.getByRole('link', { name: 'Mới tiếp nhận trực tiếp — Tổng cộng: 3' }).waitFor();
    const presets = page.getByLabel('Kỳ báo cáo');
    const statistical = await page
      .getByRole('option', { name: /^Tháng .*kỳ số liệu/ })
      .first()
      .getAttribute('value');
    await presets.selectOption(statistical!);
    await page.getByLabel('Nhóm theo').selectOption({ label: 'Kênh' });
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    await page.getByRole('columnheader', { name: 'Kênh' }).waitFor();
    expect(page.url()).toMatch(/groupBy=channel/);
    const from = new URL(page.url()).searchParams.get('from')!;
    expect(from.slice(8)).toBe('15');
    await page.getByRole('link', { name: 'Mới tiếp nhận trực tiếp — Trực tiếp: 3' }).waitFor();
  });

  it('fits a phone: the table scrolls inside its own box, not the page', async () => {
    const page = await director({ width: 390, height: 844 });
    await page.goto(`${server.url}/bao-cao`);
    await page.getByRole('link', { name: 'Mới tiếp nhận trực tiếp — Tổng cộng: 3' }).waitFor();
    const sizes = await page.evaluate(() => {
      const wrap = document.querySelector('[data-testid="report-table"]') as HTMLElement;
      return {
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        wrap: wrap.scrollWidth,
        wrapVisible: wrap.clientWidth,
      };
    });
    expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
    expect(sizes.wrap).toBeGreaterThan(sizes.wrapVisible);
  });
});
