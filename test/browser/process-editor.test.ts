/// <reference lib="dom" />
// The system administrator edits a procedure's process in Debian Chromium against the real server
// process: finds the procedure in "Danh mục thủ tục", adds a step, sees the server refuse a process longer
// than the case duration next to the case, makes room, publishes the version for tomorrow and sees it
// listed as scheduled; the page also fits a phone screen.
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
  app = await startBrowserApp({ tmpPrefix: 'motcua-process-', password: PASSWORD });
  ({ server, browser } = app);
}, 240_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await app?.close();
});

async function signIn(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...options });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor();
  return page;
}

/** dd/mm/yyyy of the local date `days` days from now in Vietnam. */
function vnDate(days: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

describe('process editor', () => {
  it('adds a step to a procedure’s process and publishes it as a new version for tomorrow', async () => {
    const page = await signIn();
    await page.getByRole('link', { name: 'Danh mục thủ tục' }).first().click();
    await page.getByRole('heading', { name: 'Danh mục thủ tục' }).waitFor();
    await page.getByLabel('Tìm thủ tục').fill('xac nhan tinh trang hon nhan');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.getByRole('link', { name: 'Cấp Giấy xác nhận tình trạng hôn nhân' }).click();
    await page.getByRole('heading', { name: 'Các phiên bản' }).waitFor();
    expect(await page.getByTestId('phien-ban-1').textContent()).toContain('Đang áp dụng');

    const kase = page.getByRole('group', { name: /^Trường hợp:/ }).first();
    const steps = kase.locator('li.step-editor');
    expect(await steps.count()).toBe(6);
    await kase.getByRole('button', { name: 'Thêm bước' }).click();
    expect(await steps.count()).toBe(7);
    // The new step goes before "Trả kết quả" and takes the focus.
    const added = kase.getByRole('group', { name: /^Bước 6/ });
    const name = added.getByLabel('Tên bước');
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.fill('Kiểm tra pháp lý');
    await added.getByLabel('Loại bước').selectOption({ label: 'Thẩm định' });
    await added.getByLabel('Vai trò thực hiện').selectOption({ label: 'Trưởng phòng chuyên môn' });
    await added.getByLabel(/^Thời gian/).fill('4');
    await added.getByLabel('Đơn vị thời gian').selectOption({ label: 'Giờ làm việc' });
    // Moved up one place: after approval, before issuing.
    await kase.getByRole('button', { name: 'Chuyển lên trên: bước 6', exact: true }).click();
    const moved = kase.getByRole('group', { name: /^Bước 5/ });
    expect(await moved.getByLabel('Tên bước').inputValue()).toBe('Kiểm tra pháp lý');
    await expect.poll(() => kase.textContent()).toMatch(/28 giờ làm việc.*vượt 4 giờ/);

    // The server refuses it: the message stands next to the case.
    await page.getByLabel('Áp dụng từ ngày').fill(vnDate(1));
    await page.getByRole('button', { name: 'Ban hành phiên bản mới' }).click();
    await expect
      .poll(() => kase.getByRole('alert').textContent())
      .toContain('Tổng thời gian các bước (28 giờ làm việc) vượt thời hạn giải quyết 3 ngày làm việc');

    // Appraisal shortened from 1 working day to 4 hours: the total fits again.
    const appraisal = kase.getByRole('group', { name: /^Bước 3/ });
    await appraisal.getByLabel(/^Thời gian/).fill('4');
    await appraisal.getByLabel('Đơn vị thời gian').selectOption({ label: 'Giờ làm việc' });
    await expect.poll(() => kase.textContent()).toMatch(/24 giờ làm việc \/ thời hạn giải quyết/);
    await page.getByRole('button', { name: 'Ban hành phiên bản mới' }).click();

    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Đã ban hành' }).textContent())
      .toContain(`Đã ban hành phiên bản 2, áp dụng từ ngày ${vnDate(1)}.`);
    const v2 = page.getByTestId('phien-ban-2');
    await v2.waitFor();
    expect(await v2.textContent()).toContain('Sắp áp dụng');
    expect(await v2.textContent()).toContain(vnDate(1));
    expect(await page.getByTestId('phien-ban-1').textContent()).toContain(vnDate(1));
    // Nothing more can be published until version 2 applies; its process is shown.
    expect(await page.getByRole('button', { name: 'Ban hành phiên bản mới' }).count()).toBe(0);
    expect(await page.locator('.process-view').first().textContent()).toContain('Kiểm tra pháp lý');
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await signIn({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${server.url}/quan-tri/thu-tuc/2.000950`);
    await page.getByRole('button', { name: 'Ban hành phiên bản mới' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
