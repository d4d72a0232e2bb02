/// <reference lib="dom" />
// One dossier walked through the whole lifecycle in Debian Chromium by five officers, each in their
// own browser session, against the real server process: counter intake → assignment → appraisal →
// supplement request → supplement → approval → result → return; the printed receipt is read back.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, startBrowserApp } from '../support/browser-app.js';
import { allText, inspectPdf } from '../support/pdf-inspect.js';
import type { ServerProcess } from '../support/process.js';

const PASSWORD = 'MotCua@2026';
let server: ServerProcess;
let browser: Browser;
let app: BrowserApp | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startBrowserApp({ tmpPrefix: 'motcua-flow-', password: PASSWORD });
  ({ server, browser } = app);
}, 240_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await app?.close();
});

async function officer(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
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

async function act(
  page: Page,
  dossierUrl: string,
  action: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.goto(dossierUrl);
  await page.getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Picks the first officer listed with the given role label (the list narrows to the next step's role). */
function pickOfficer(roleLabel: string) {
  return async (dialog: ReturnType<Page['getByRole']>) => {
    const select = dialog.getByLabel('Người nhận ở bước tiếp theo');
    const option = select.locator('option', { hasText: roleLabel }).first();
    await option.waitFor({ state: 'attached' });
    await expect
      .poll(async () => select.locator('option', { hasText: roleLabel }).count())
      .toBeGreaterThan(0);
    const value = await select.locator('option', { hasText: roleLabel }).first().getAttribute('value');
    await select.selectOption(value!);
    expect(await select.inputValue()).toBe(value);
  };
}

describe('dossier lifecycle in the browser', () => {
  it('receives, processes with a supplement, decides and returns a dossier, with its receipt and timeline', async () => {
    const receiver = await officer('tamthanh.tiepnhan');
    await receiver.goto(`${server.url}/tiep-nhan`);
    await receiver.getByLabel('Tìm thủ tục').fill('dang ky lai khai sinh');
    const procedure = receiver.getByLabel('Thủ tục hành chính');
    await expect
      .poll(() => procedure.locator('option').allTextContents())
      .toContainEqual(expect.stringMatching(/Đăng ký lại khai sinh/));
    const value = await procedure
      .locator('option')
      .evaluateAll(
        (os) => (os as HTMLOptionElement[]).find((o) => /Đăng ký lại khai sinh/.test(o.text))?.value ?? '',
      );
    await procedure.selectOption(value);
    await receiver.getByLabel('Họ và tên').fill('Nguyễn Thị Hằng');
    await receiver.getByLabel('Số CCCD').fill('020190001234');
    await receiver.getByLabel('Số điện thoại').fill('0912345678');
    const boxes = receiver.getByRole('checkbox', { name: /^Đã nộp:/ });
    await expect.poll(() => boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) await box.check();
    await receiver.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();

    const codeEl = receiver.getByTestId('dossier-code');
    await codeEl.waitFor();
    const code = (await codeEl.textContent())!.trim();
    expect(code).toMatch(/^06001-\d{6}-\d{4}$/);
    const appointment = (await receiver.getByTestId('appointment').textContent())!;
    const appointmentDate = appointment.match(/\d{2}\/\d{2}\/\d{4}/)?.[0];
    expect(appointmentDate).toBeTruthy();
    const dossierUrl = receiver.url();

    // The printed receipt (Mẫu 01) names the dossier, the owner with diacritics and the appointment date.
    const href = await receiver
      .getByRole('link', { name: 'In giấy tiếp nhận (Mẫu 01)', exact: true })
      .getAttribute('href');
    const pdf = await receiver.request.get(new URL(href!, server.url).toString());
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const text = allText(await inspectPdf(Buffer.from(await pdf.body())));
    expect(text).toContain(code);
    expect(text).toContain('Nguyễn Thị Hằng');
    expect(text).toContain(appointmentDate!);

    await act(receiver, dossierUrl, 'Chuyển bước tiếp theo');
    const head = await officer('tamthanh.truongphong');
    await act(head, dossierUrl, 'Chuyển bước tiếp theo', pickOfficer('Chuyên viên xử lý'));
    const processor = await officer('tamthanh.chuyenvien');
    await act(processor, dossierUrl, 'Yêu cầu bổ sung, hoàn thiện hồ sơ', async (d) => {
      await d.getByLabel('Nội dung yêu cầu bổ sung').fill('Bổ sung bản sao giấy tờ chứng minh nơi cư trú');
      await d.getByLabel('Hạn bổ sung của công dân').fill(vnDate(10));
    });
    await act(receiver, dossierUrl, 'Nhận hồ sơ bổ sung');
    await act(processor, dossierUrl, 'Chuyển bước tiếp theo', pickOfficer('Lãnh đạo ký duyệt'));
    const leader = await officer('tamthanh.lanhdao');
    await act(leader, dossierUrl, 'Chuyển bước tiếp theo', pickOfficer('Văn thư'));
    const clerk = await officer('tamthanh.vanthu');
    await act(clerk, dossierUrl, 'Cập nhật kết quả giải quyết', async (d) => {
      await d.getByLabel('Số, ký hiệu văn bản kết quả').fill('27/2026/TLKS');
      await d.getByLabel('Người ký').fill('Trần Văn Bình');
      await d.getByLabel('Ngày ký').fill(vnDate(0));
    });
    await act(receiver, dossierUrl, 'Trả kết quả');

    await receiver.goto(dossierUrl);
    await expect.poll(() => receiver.getByText('Đã trả kết quả').first().isVisible()).toBe(true);
    const steps = receiver.getByRole('table', { name: 'Quá trình xử lý hồ sơ' }).locator('tbody tr');
    await expect.poll(() => steps.count()).toBe(5);
    const results = await steps.evaluateAll((rows) =>
      rows.map((r) => r.lastElementChild?.textContent?.trim() ?? ''),
    );
    expect(results.every((r) => /Sớm hạn|Đúng hạn|Trễ hạn/.test(r))).toBe(true);
    expect(await receiver.getByText('Bổ sung bản sao giấy tờ chứng minh nơi cư trú').count()).toBeGreaterThan(
      0,
    );
  });
});
