/// <reference lib="dom" />
// The web app in Debian's Chromium against the real server process (bundled server, built web app,
// embedded database or TEST_DATABASE_URL): sign-in, the Vietnamese shell, the calendar month view
// and the due-date calculator, and a phone-sized screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, startBrowserApp } from '../support/browser-app.js';
import { httpLogin, type ServerProcess } from '../support/process.js';

const PASSWORD = 'MotCua@2026';
let server: ServerProcess;
let browser: Browser;
let app: BrowserApp | undefined;

beforeAll(async () => {
  app = await startBrowserApp({ tmpPrefix: 'motcua-web-', password: PASSWORD, demoHistory: true });
  ({ server, browser } = app);
}, 240_000);

afterAll(async () => {
  await app?.close();
});

async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.goto(`${server.url}/`);
  await page.waitForURL(/\/dang-nhap/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('web app', () => {
  it('refuses a wrong password in Vietnamese and lets the receiving officer in to the work desk', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await signIn(page, 'tamthanh.tiepnhan', 'sai-mat-khau-roi');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/không đúng/i);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor();
    expect(await page.getByTestId('current-unit').textContent()).toContain('Phường Tam Thanh');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    // The session cookie is HttpOnly: scripts on the page cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('motcua_sid');
    await context.close();
  });

  it('shows Tết 2026 as days off in the unit administrator’s month view and computes a due date across it', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await signIn(page, 'tamthanh.quantri');
    await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor();
    await page.goto(`${server.url}/quan-tri/lich-lam-viec`);
    await page.getByRole('combobox', { name: 'Năm' }).selectOption('2026');
    await page.getByRole('combobox', { name: 'Tháng', exact: true }).selectOption('2');
    const tet = page.getByTestId('ngay-2026-02-17');
    await tet.waitFor();
    await expect.poll(() => tet.getAttribute('class')).toContain('off');
    expect(await tet.textContent()).toMatch(/Tết/);
    expect(await page.getByTestId('ngay-2026-02-24').getAttribute('class')).not.toContain('off');

    await page.getByLabel('Ngày tiếp nhận').fill('12/02/2026');
    await page.getByLabel('Giờ tiếp nhận').fill('10:00');
    await page.getByLabel('Thời hạn giải quyết').fill('3');
    await page.getByRole('button', { name: 'Tính hạn' }).click();
    const result = page.getByTestId('due-date-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('24/02/2026');
    await context.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    await signIn(page, 'tamthanh.tiepnhan');
    await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('shows a citizen their own online dossier on their home page', async () => {
    const session = await httpLogin(server.url, 'congdan.an', PASSWORD);
    const res = await fetch(`${server.url}/api/portal/dossiers`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({
        unitCode: '06001',
        procedureCode: '2.001035',
        caseCode: 'TH1',
        components: [],
        returnChannel: 'electronic',
      }),
    });
    expect(res.status).toBe(201);
    const { code } = (await res.json()) as { code: string };
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await signIn(page, 'congdan.an');
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    const table = page.getByRole('table', { name: 'Hồ sơ của tôi' });
    await table.waitFor();
    expect(await table.textContent()).toContain(code);
    expect(await table.textContent()).toContain('Chờ tiếp nhận');
    await context.close();
  });
});
