/// <reference lib="dom" />
// Phản ánh, kiến nghị in Debian Chromium against the real server process: someone without an account
// sends one from /gui-phan-anh, a signed-in citizen sends one from their home page and sees it listed,
// the procedure controller of the unit answers one in the dialog (on time), and the director reads
// Biểu II.05a on the report page with its downloads.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, startBrowserApp } from '../support/browser-app.js';
import type { ServerProcess } from '../support/process.js';

const PASSWORD = 'MotCua@2026';
let server: ServerProcess;
let browser: Browser;
let app: BrowserApp | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startBrowserApp({ tmpPrefix: 'motcua-feedback-', password: PASSWORD });
  ({ server, browser } = app);
}, 240_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await app?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  return context.newPage();
}

async function signIn(username: string): Promise<Page> {
  const page = await newPage();
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  return page;
}

describe('phản ánh, kiến nghị', () => {
  it('is sent without an account, with a contact for the answer', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/dang-nhap`);
    await page.getByRole('link', { name: 'Gửi phản ánh, kiến nghị không cần đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Gửi phản ánh, kiến nghị' }).waitFor();
    await page.goto(`${server.url}/gui-phan-anh?unitCode=06001`);
    await page.getByRole('heading', { name: 'Gửi phản ánh, kiến nghị' }).waitFor();
    await page.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await page.getByText('Vui lòng nhập họ và tên').waitFor();
    await page.getByLabel('Họ và tên').fill('Trần Thị Mai');
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await page.getByLabel('Tiêu đề').fill('Niêm yết thủ tục chưa đầy đủ');
    await page
      .getByRole('textbox', { name: 'Nội dung', exact: true })
      .fill('Bảng niêm yết tại bộ phận một cửa thiếu mức lệ phí.');
    await page.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await page.getByText(/Đã gửi phản ánh, kiến nghị đến .*chậm nhất ngày \d{2}\/\d{2}\/\d{4}/).waitFor();
  });

  it('is sent by a signed-in citizen and listed with its due date', async () => {
    const page = await signIn('congdan.an');
    await page.getByRole('heading', { name: 'Phản ánh, kiến nghị' }).waitFor();
    await page.getByLabel('Mã cơ quan, đơn vị nhận phản ánh').fill('06001');
    await page.getByLabel('Về việc giải quyết thủ tục hành chính').check();
    await page.getByLabel('Tiêu đề').fill('Thời gian chờ tại quầy');
    await page
      .getByRole('textbox', { name: 'Nội dung', exact: true })
      .fill('Đề nghị bố trí thêm quầy vào buổi sáng thứ Hai.');
    await page.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await page.getByText(/Đã gửi phản ánh, kiến nghị\. Hạn trả lời: \d{2}\/\d{2}\/\d{4}/).waitFor();
    const sent = page.getByRole('table', { name: 'Phản ánh, kiến nghị đã gửi' });
    await sent.getByRole('cell', { name: 'Thời gian chờ tại quầy' }).waitFor();
    await expect(sent.getByRole('cell', { name: 'Mới tiếp nhận' }).count()).resolves.toBe(1);
  });

  it('is answered by an officer of the unit, on time', async () => {
    const page = await signIn('tamthanh.kiemsoat');
    await page.getByRole('link', { name: 'Phản ánh, kiến nghị', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Phản ánh, kiến nghị', exact: true }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Thời gian chờ tại quầy' });
    await row.waitFor();
    await expect(
      page.getByRole('row').filter({ hasText: 'Niêm yết thủ tục chưa đầy đủ' }).count(),
    ).resolves.toBe(1);
    await row.getByRole('button', { name: 'Trả lời' }).click();
    const dialog = page.getByRole('dialog', { name: 'Trả lời phản ánh, kiến nghị' });
    await dialog
      .getByLabel('Nội dung trả lời')
      .fill('Từ tuần sau đơn vị bố trí thêm một quầy vào sáng thứ Hai.');
    await dialog.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByText('Đã trả lời phản ánh "Thời gian chờ tại quầy" (đúng hạn).').waitFor();
    await row.getByText('Đúng hạn').waitFor();
  });

  it('shows Biểu II.05a on the report page with its downloads', async () => {
    const page = await signIn('tamthanh.giamdoc');
    await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor();
    await page.goto(`${server.url}/bao-cao`);
    const section = page.getByRole('region', { name: 'Phản ánh, kiến nghị (Biểu II.05a/b)' });
    const total = section.getByRole('row', { name: /^Tổng cộng/ });
    await total.waitFor();
    // 2 received this month, 1 answered on time, 1 still open: within its deadline or not depending on
    // whether its due date falls before the end of the month (the form classifies at the period's end).
    const cells = (await total.getByRole('cell').allTextContents()).map(Number);
    expect(cells.slice(0, 8)).toEqual([2, 2, 0, 1, 1, 0, 0, 1]);
    expect(cells[8]! + cells[9]!).toBe(1);
    const href = await section.getByRole('link', { name: 'Tải Excel (Biểu II.05a)' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/reports\/feedback\.xlsx\?unitCode=06001&from=.*&form=ii05a$/);
    const file = await page.request.get(`${server.url}${href}`);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
