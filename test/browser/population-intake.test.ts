/// <reference lib="dom" />
// Counter intake with the national population database lookup, in Debian Chromium against the real
// server process and the population stand-in over loopback: the lookup prefills the owner and the
// dossier is received "verified"; with connections dropped the officer is told to go on by hand and
// the dossier is received "not verified".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PopulationStandin, startPopulationStandin } from '../../src/standin/population.js';
import { type BrowserApp, startBrowserApp } from '../support/browser-app.js';
import type { ServerProcess } from '../support/process.js';

const PASSWORD = 'MotCua@2026';
const TOKEN = 'browser-standin-token';
let standin: PopulationStandin;
let server: ServerProcess;
let browser: Browser;
let app: BrowserApp | undefined;

beforeAll(async () => {
  standin = await startPopulationStandin({ token: TOKEN });
  app = await startBrowserApp({
    tmpPrefix: 'motcua-population-',
    password: PASSWORD,
    env: {
      POPULATION_DB_URL: standin.url,
      POPULATION_DB_TOKEN: TOKEN,
      POPULATION_DB_TIMEOUT_MS: '1000',
    },
  });
  ({ server, browser } = app);
}, 240_000);

afterAll(async () => {
  await app?.close();
  await standin?.close();
});

async function intakePage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill('tamthanh.tiepnhan');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor();
  await page.goto(`${server.url}/tiep-nhan`);
  await page.getByLabel('Tìm thủ tục').fill('dang ky lai khai sinh');
  const procedure = page.getByLabel('Thủ tục hành chính');
  await expect
    .poll(() => procedure.locator('option').allTextContents())
    .toContainEqual(expect.stringMatching(/Đăng ký lại khai sinh/));
  const value = await procedure
    .locator('option')
    .evaluateAll(
      (os) => (os as HTMLOptionElement[]).find((o) => /Đăng ký lại khai sinh/.test(o.text))?.value ?? '',
    );
  await procedure.selectOption(value);
  return page;
}

async function receive(page: Page) {
  const boxes = page.getByRole('checkbox', { name: /^Đã nộp:/ });
  await expect.poll(() => boxes.count()).toBeGreaterThan(0);
  for (const box of await boxes.all()) await box.check();
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await page.getByTestId('dossier-code').waitFor();
}

describe('population database lookup at the counter', () => {
  it('prefills the owner from a CCCD and receives the dossier verified', async () => {
    const page = await intakePage();
    await page.getByLabel('Số CCCD').fill('020090001234');
    await expect
      .poll(() => page.getByTestId('owner-verification').textContent())
      .toBe('Chưa xác thực với CSDL dân cư');
    await page.getByRole('button', { name: 'Tra cứu CSDL dân cư' }).click();
    await expect.poll(() => page.getByLabel('Họ và tên').inputValue()).toBe('Hoàng Văn An');
    expect(await page.getByLabel('Địa chỉ').inputValue()).toBe(
      'Số 12 đường Trần Đăng Ninh, xã Tân Thành, tỉnh Lạng Sơn',
    );
    const info = page.getByRole('status').filter({ hasText: 'Thông tin từ CSDL quốc gia về dân cư' });
    await expect.poll(() => info.textContent()).toContain('ngày sinh 14/05/1990, giới tính Nam');
    await expect
      .poll(() => page.getByTestId('owner-verification').textContent())
      .toBe('Đã xác thực với CSDL dân cư');
    await receive(page);
    await page.getByText(/Đã xác thực với CSDL dân cư \(\d{2}\/\d{2}\/\d{4}/).waitFor();
  });

  it('when connections drop, says to go on by hand and receives the dossier not verified', async () => {
    standin.setMode('drop');
    const page = await intakePage();
    await page.getByLabel('Số CCCD').fill('020185004321');
    await page.getByRole('button', { name: 'Tra cứu CSDL dân cư' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'tạm thời không phản hồi' });
    await expect.poll(() => alert.textContent()).toContain('tiếp tục nhập thông tin chủ hồ sơ thủ công');
    await page.getByLabel('Họ và tên').fill('Vi Thị Lan');
    await expect
      .poll(() => page.getByTestId('owner-verification').textContent())
      .toBe('Chưa xác thực với CSDL dân cư');
    await receive(page);
    await page.getByText('Chưa xác thực với CSDL dân cư').waitFor();
    standin.setMode('ok');
  });
});
