import { beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_CONTROL_TITLE, renderProcessControl } from '../../../src/documents/index.js';
import { allText, inspectPdf, type PdfInfo } from '../../support/pdf-inspect.js';
import { DOSSIER_CODE, processControl } from './fixtures.js';

describe('Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ', () => {
  let info: PdfInfo;
  beforeAll(async () => {
    info = await inspectPdf(await renderProcessControl(processControl()));
  });

  it('is A4 portrait with the dossier details', () => {
    expect(info.pages[0]?.width).toBeCloseTo(595.28, 1);
    expect(info.pages[0]?.height).toBeCloseTo(841.89, 1);
    const text = allText(info);
    expect(text).toContain(PROCESS_CONTROL_TITLE);
    expect(text).toContain(`Mã hồ sơ: ${DOSSIER_CODE}`);
    expect(text).toContain('Người nộp hồ sơ: Nguyễn Thị Hằng');
    expect(text).toContain('Thời gian giải quyết theo quy định: 05 ngày làm việc');
    expect(text).toContain('Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 08/12/2026');
    expect(text).toContain('Cơ quan phối hợp giải quyết: UBND xã Yên Thịnh');
  });

  it('has one row per hand-off, in order, with giver, receiver, time and result', () => {
    const text = allText(info);
    const rows = [
      '1 1. Giao: Bộ phận Một cửa 2. Nhận: Công chức Tư pháp - Hộ tịch 09 giờ 00 phút, ngày 01/12/2026 Hoàng Văn Đức Đỗ Thị Thu Hương Trước hạn',
      '2 1. Giao: Công chức Tư pháp - Hộ tịch 2. Nhận: Lãnh đạo UBND xã 16 giờ 45 phút, ngày 03/12/2026 Đỗ Thị Thu Hương Lê Thị Ánh Tuyết Đúng hạn Đã xác minh với UBND xã Yên Thịnh',
      '3 1. Giao: Lãnh đạo UBND xã 2. Nhận: Văn thư 08 giờ 05 phút, ngày 09/12/2026 Lê Thị Ánh Tuyết Phạm Quốc Việt Quá hạn',
    ];
    // Cells wrap inside their columns, so compare the words in reading order rather than whole lines.
    let from = 0;
    for (const row of rows) {
      for (const word of row.split(' ')) {
        const at = text.indexOf(word, from);
        expect(at, `"${word}" of: ${row}`).toBeGreaterThanOrEqual(from);
        from = at + word.length;
      }
    }
    expect(text).toContain('II. TRẢ KẾT QUẢ GIẢI QUYẾT HỒ SƠ');
    expect(text.indexOf('10 giờ 30 phút, ngày 09/12/2026')).toBeGreaterThan(text.indexOf('II. TRẢ KẾT QUẢ'));
  });

  it('repeats the step table header on the page the table continues on', () => {
    const pagesWithSteps = info.pages.filter((p) => p.text.includes('Giao:'));
    for (const page of pagesWithSteps) expect(page.text).toContain('TÊN CƠ QUAN');
  });

  it('flows many steps over several pages without losing one', async () => {
    const model = processControl();
    const first = model.steps[0]!;
    const steps = Array.from({ length: 30 }, (_, i) => ({ ...first, note: `Bước ${i + 1}` }));
    const long = await inspectPdf(await renderProcessControl({ ...model, steps }));
    expect(long.pages.length).toBeGreaterThanOrEqual(2);
    const text = allText(long);
    for (let i = 1; i <= 30; i++) expect(text).toContain(`Bước ${i} `);
    for (const page of long.pages) expect(page.text).toContain('TÊN CƠ QUAN');
  });
});
