/// <reference lib="dom" />
// The outbound sync end to end, in real time: the server process (its scheduler runs the sync every 5 s)
// sends to the portal stand-in over loopback. While the stand-in fails, the dossier page reads "lỗi, đang
// thử lại" with the portal's error and the /dong-bo-dvcqg page counts the waiting change; once the
// stand-in is back, the change arrives once and the dossier page reads "đã gửi".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalStandin, startPortalStandin } from '../../src/standin/portal.js';
import { type BrowserApp, startBrowserApp } from '../support/browser-app.js';
import { httpLogin, type ServerProcess } from '../support/process.js';

const PASSWORD = 'MotCua@2026';
let portal: PortalStandin;
let server: ServerProcess;
let browser: Browser;
let app: BrowserApp | undefined;

beforeAll(async () => {
  portal = await startPortalStandin({ secret: 'browser-portal-secret' });
  app = await startBrowserApp({
    tmpPrefix: 'motcua-outbound-',
    password: PASSWORD,
    env: {
      NATIONAL_PORTAL_URL: portal.url,
      NATIONAL_PORTAL_SECRET: portal.secret,
      NATIONAL_PORTAL_TIMEOUT_MS: '2000',
    },
  });
  ({ server, browser } = app);
}, 240_000);

afterAll(async () => {
  await app?.close();
  await portal?.close();
});

/** A dossier received at the counter through the API (the page under test is the dossier page). */
async function receiveDossier(): Promise<{ id: string; code: string }> {
  const s = await httpLogin(server.url, 'tamthanh.tiepnhan', PASSWORD);
  const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
  const proc = await (await fetch(`${server.url}/api/procedures/1.004884`, { headers })).json();
  const res = await fetch(`${server.url}/api/dossiers`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      unitCode: '06001',
      procedureCode: proc.code,
      caseCode: 'TH1',
      owner: { kind: 'citizen', fullName: 'Nguyễn Thị Hằng', idNumber: '020190001234', phone: '0912345678' },
      components: proc.components.map((c: { code: string; quantity: number }) => ({
        code: c.code,
        quantity: c.quantity,
        provided: true,
      })),
      feePayment: 'now',
      returnChannel: 'counter',
    }),
  });
  expect(res.status).toBe(201);
  return res.json();
}

async function signedIn(): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill('tamthanh.tiepnhan');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor();
  return page;
}

/** The text of "Đồng bộ Cổng DVCQG" on a freshly loaded dossier page. */
async function syncLine(page: Page, id: string): Promise<string> {
  await page.goto(`${server.url}/ho-so/${id}`);
  const item = page
    .locator('dt', { hasText: 'Đồng bộ Cổng DVCQG' })
    .locator('xpath=following-sibling::dd[1]');
  await item.waitFor();
  return (await item.textContent()) ?? '';
}

describe('outbound sync to the national portal', () => {
  it('shows the failure while the portal is down, then "đã gửi" once the change has arrived', async () => {
    portal.set({ fail: true });
    const d = await receiveDossier();
    const page = await signedIn();
    await expect
      .poll(() => syncLine(page, d.id), { timeout: 30_000, interval: 1_000 })
      .toMatch(/lỗi, đang thử lại/);
    expect(await syncLine(page, d.id)).toMatch(/HTTP 503/);

    await page.goto(`${server.url}/dong-bo-dvcqg`);
    await page.getByRole('heading', { name: 'Đồng bộ Cổng DVCQG' }).waitFor();
    const row = page.getByRole('row', { name: /06001/ });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('1');

    portal.set({ fail: false });
    await expect.poll(() => syncLine(page, d.id), { timeout: 60_000, interval: 1_000 }).toMatch(/^đã gửi/);
    expect(portal.received().map((c) => c.MaHoSo)).toEqual([d.code]);
  }, 150_000);

  it('shows a refused change with the portal’s reason; the officer sends it again and it arrives once', async () => {
    const d = await receiveDossier();
    portal.set({ refuseFor: [d.code] });
    const page = await signedIn();
    await expect
      .poll(() => syncLine(page, d.id), { timeout: 30_000, interval: 1_000 })
      .toMatch(/bị Cổng DVCQG từ chối, cần sửa và gửi lại/);
    expect(await syncLine(page, d.id)).toMatch(/Lý do: .*HTTP 422/);

    await page.goto(`${server.url}/dong-bo-dvcqg`);
    const row = page.getByRole('row', { name: /06001/ });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('1');

    portal.set({ refuseFor: [] });
    await syncLine(page, d.id);
    await page.getByRole('button', { name: 'Gửi lại lên Cổng DVCQG' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Gửi lại' }).click();
    await expect.poll(() => syncLine(page, d.id), { timeout: 60_000, interval: 1_000 }).toMatch(/^đã gửi/);
    expect(portal.received().filter((c) => c.MaHoSo === d.code)).toHaveLength(1);
  }, 150_000);
});
