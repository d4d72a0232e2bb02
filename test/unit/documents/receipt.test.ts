import { beforeAll, describe, expect, it } from 'vitest';
import { RECEIPT_TITLE, renderReceipt } from '../../../src/documents/index.js';
import { allText, compact, imageIsQrOf, inspectPdf, type PdfInfo } from '../../support/pdf-inspect.js';
import { DOSSIER_CODE, longReceipt, receipt, TRACKING_URL } from './fixtures.js';

const A5 = { width: 419.53, height: 595.28 };
const A4 = { width: 595.28, height: 841.89 };

describe('Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả', () => {
  let pdf: Buffer;
  let info: PdfInfo;
  beforeAll(async () => {
    pdf = await renderReceipt(receipt());
    info = await inspectPdf(pdf);
  });

  it('is a one-page A5 PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(info.pages).toHaveLength(1);
    expect(info.pages[0]?.width).toBeCloseTo(A5.width, 1);
    expect(info.pages[0]?.height).toBeCloseTo(A5.height, 1);
    expect(info.title).toBe(`${RECEIPT_TITLE} — ${DOSSIER_CODE}`);
  });

  it('prints the national header, the title and the place-and-date line', () => {
    const text = allText(info);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND XÃ HỮU LŨNG');
    expect(text).toContain('Lạng Sơn, ngày 01 tháng 12 năm 2026');
    expect(text).toContain(RECEIPT_TITLE);
  });

  it('prints the dossier, the owner with diacritics and the appointment in Vietnam time', () => {
    const text = allText(info);
    expect(text).toContain(`Mã hồ sơ: ${DOSSIER_CODE}`);
    expect(text).toContain('Nguyễn Thị Hằng');
    expect(text).toContain('Thôn Đồng Tiến, xã Hữu Lũng, tỉnh Lạng Sơn');
    expect(text).toContain('Đăng ký khai sinh (thủ tục 1.001193)');
    expect(text).toContain('4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 01/12/2026');
    expect(text).toContain('5. Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 08/12/2026');
    expect(text).toContain('6. Đăng ký nhận kết quả tại: Bộ phận Một cửa UBND xã Hữu Lũng');
    expect(text).toContain('Quyển số: 01/2026; Số thứ tự: 1.207');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Hoàng Văn Đức');
  });

  it('lists the components with their quantities', () => {
    const text = allText(info);
    expect(text).toContain('1 Tờ khai đăng ký khai sinh theo mẫu 01');
    expect(text).toContain('3 Giấy chứng nhận kết hôn của cha, mẹ 01');
    expect(text).toContain('2. Số lượng hồ sơ: 01 (bộ)');
  });

  it('carries a QR code of the tracking URL and prints the URL', () => {
    const images = info.pages[0]?.images ?? [];
    expect(images).toHaveLength(1);
    expect(imageIsQrOf(images[0]!, TRACKING_URL)).toBe(true);
    expect(imageIsQrOf(images[0]!, `${TRACKING_URL}x`)).toBe(false);
    expect(compact(allText(info))).toContain(compact(TRACKING_URL));
    expect(allText(info)).toContain('Quét mã để tra cứu');
  });

  it('accepts decomposed (NFD) Vietnamese input and prints it composed', async () => {
    const nfd = 'Nguyễn Thị Hằng'.normalize('NFD');
    const text = allText(await inspectPdf(await renderReceipt(receipt({ applicant: { name: nfd } }))));
    expect(text).toContain('Nguyễn Thị Hằng');
  });

  it('prints on A4 on request', async () => {
    const a4 = await inspectPdf(await renderReceipt(receipt({ paper: 'A4' })));
    expect(a4.pages[0]?.width).toBeCloseTo(A4.width, 1);
    expect(a4.pages[0]?.height).toBeCloseTo(A4.height, 1);
    expect(allText(a4)).toContain('Nguyễn Thị Hằng');
  });
});

describe('Mẫu 01 with many components', () => {
  let info: PdfInfo;
  beforeAll(async () => {
    info = await inspectPdf(await renderReceipt(longReceipt()));
  });

  it('continues the table on the next pages, header repeated, every row once and in order', () => {
    expect(info.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of info.pages.slice(0, -1)) expect(page.text).toContain('Tên loại giấy tờ');
    const text = allText(info);
    let last = -1;
    for (let i = 1; i <= 24; i++) {
      const at = text.indexOf(`Giấy tờ số ${i}:`);
      expect(at, `component ${i}`).toBeGreaterThan(last);
      expect(text.indexOf(`Giấy tờ số ${i}:`, at + 1)).toBe(-1);
      last = at;
    }
    for (const [i, page] of info.pages.entries()) {
      expect(page.text).toContain(`Trang ${i + 1}/${info.pages.length}`);
    }
  });

  it('keeps all text inside the margins (nothing runs off the page)', () => {
    for (const page of info.pages) {
      for (const item of page.items) {
        if (/^Trang \d+\/\d+$/.test(item.str)) continue;
        expect(item.y, item.str).toBeGreaterThanOrEqual(12 * (72 / 25.4) - 1);
        expect(item.y, item.str).toBeLessThanOrEqual(page.height);
      }
    }
  });

  it('keeps the signatures after the appointment and together on the last page', () => {
    const last = info.pages.at(-1)?.text ?? '';
    expect(last).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(last).toContain('Nguyễn Thị Hằng');
    expect(allText(info).indexOf('NGƯỜI NỘP HỒ SƠ')).toBeGreaterThan(allText(info).indexOf('14 giờ 00 phút'));
  });
});
