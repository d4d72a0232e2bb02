import { beforeAll, describe, expect, it } from 'vitest';
import { renderTrackingRegister, TRACKING_REGISTER_TITLE } from '../../../src/documents/index.js';
import { allText, compact, flat, inspectPdf, type PdfInfo } from '../../support/pdf-inspect.js';
import { trackingRegister } from './fixtures.js';

describe('Mẫu 06 — Sổ theo dõi hồ sơ', () => {
  let info: PdfInfo;
  beforeAll(async () => {
    info = await inspectPdf(await renderTrackingRegister(trackingRegister(60)));
  });

  it('is A4 landscape with the title, book and period', () => {
    expect(info.pages[0]?.width).toBeCloseTo(841.89, 1);
    expect(info.pages[0]?.height).toBeCloseTo(595.28, 1);
    const text = allText(info);
    expect(text).toContain(TRACKING_REGISTER_TITLE);
    expect(text).toContain('Quyển số: 01/2026 — Từ ngày 01/12/2026 đến ngày 31/12/2026');
  });

  it('spreads 60 dossiers over several pages, the header repeated on each', () => {
    expect(info.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of info.pages) {
      const text = flat(page.text);
      expect(text).toContain('Họ tên chủ hồ sơ');
      expect(text).toContain('Ngày, tháng, năm');
      expect(text).toContain('Trả kết quả');
      expect(text).toContain('(1) (2) (3)');
    }
  });

  it('prints every dossier exactly once, in order, with its dates', () => {
    // Codes wrap inside their column, so look for them in the text without white space.
    const text = compact(allText(info));
    let last = -1;
    for (let i = 1; i <= 60; i++) {
      const code = `000.00.20.H33-261201-${String(i).padStart(4, '0')}`;
      const at = text.indexOf(code);
      expect(at, code).toBeGreaterThan(last);
      expect(text.indexOf(code, at + 1), code).toBe(-1);
      last = at;
    }
    expect(allText(info)).toContain('Nguyễn Thị Hằng');
    expect(allText(info)).toContain('01/12/2026 06/12/2026 05/12/2026');
  });

  it('renders an empty register', async () => {
    const empty = await inspectPdf(await renderTrackingRegister({ ...trackingRegister(0), rows: [] }));
    expect(empty.pages).toHaveLength(1);
    expect(allText(empty)).toContain('(Chưa có hồ sơ trong kỳ)');
  });
});
