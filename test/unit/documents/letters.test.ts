import { describe, expect, it } from 'vitest';
import {
  APOLOGY_SUBJECT,
  APOLOGY_TITLE,
  REFUSAL_TITLE,
  renderApology,
  renderRefusal,
  renderSupplementRequest,
  SUPPLEMENT_REQUEST_TITLE,
} from '../../../src/documents/index.js';
import { allText, inspectPdf } from '../../support/pdf-inspect.js';
import { apology, DOSSIER_CODE, refusal, supplementRequest } from './fixtures.js';

describe('Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', () => {
  it('lists what to supplement, the reason, the deadline and the contact officer', async () => {
    const info = await inspectPdf(await renderSupplementRequest(supplementRequest()));
    expect(info.pages).toHaveLength(1);
    expect(info.pages[0]?.width).toBeCloseTo(419.53, 1);
    const text = allText(info);
    expect(text).toContain(SUPPLEMENT_REQUEST_TITLE);
    expect(text).toContain(`Mã hồ sơ: ${DOSSIER_CODE}`);
    expect(text).toContain('Ông (Bà): Nguyễn Thị Hằng');
    expect(text).toContain('1. Bổ sung bản sao có chứng thực Giấy chứng nhận kết hôn của cha, mẹ.');
    expect(text).toContain('2. Sửa lại ngày sinh trên Tờ khai');
    expect(text).toContain('Lý do, căn cứ: Thành phần hồ sơ chưa đầy đủ theo Điều 16 Luật Hộ tịch năm 2014.');
    expect(text).toContain('Thời hạn bổ sung, hoàn thiện hồ sơ: trước 17 giờ 00 phút, ngày 04/12/2026');
    expect(text).toContain('liên hệ với Hoàng Văn Đức, số điện thoại 0205 3812 345');
    expect(text).toContain('NGƯỜI HƯỚNG DẪN');
  });

  it('leaves out the deadline when there is none', async () => {
    const { deadlineAt: _omitted, ...model } = supplementRequest();
    const text = allText(await inspectPdf(await renderSupplementRequest(model)));
    expect(text).not.toContain('Thời hạn bổ sung');
  });
});

describe('Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ', () => {
  it('states the refusal with its numbered reasons and both signatures', async () => {
    const info = await inspectPdf(await renderRefusal(refusal()));
    expect(info.pages).toHaveLength(1);
    const text = allText(info);
    expect(text).toContain(REFUSAL_TITLE);
    expect(text).toContain('Nội dung yêu cầu giải quyết: Chứng thực chữ ký trong giấy tờ, văn bản');
    expect(text).toContain(
      'Qua xem xét, Bộ phận tiếp nhận và trả kết quả UBND xã Hữu Lũng thông báo không tiếp nhận, giải quyết ' +
        'hồ sơ này với lý do cụ thể như sau:',
    );
    expect(text).toContain('1. Giấy tờ, văn bản có nội dung trái pháp luật');
    expect(text).toContain('2. Người yêu cầu chứng thực không xuất trình được giấy tờ tùy thân');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  });
});

describe('Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả', () => {
  it('apologises with the original and the new appointment, the number and the signer', async () => {
    const info = await inspectPdf(await renderApology(apology()));
    expect(info.pages).toHaveLength(1);
    const text = allText(info);
    expect(text).toContain(APOLOGY_TITLE);
    expect(text).toContain('Số: 15/PXL-UBND');
    expect(text).toContain(APOLOGY_SUBJECT);
    expect(text).toContain('Lạng Sơn, ngày 07 tháng 12 năm 2026');
    expect(text).toContain('Kính gửi: Ông (Bà) Nguyễn Thị Hằng');
    expect(text).toContain(`mã hồ sơ: ${DOSSIER_CODE}`);
    expect(text).toContain('Thời gian hẹn trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 08/12/2026');
    expect(text).toContain('Công chức Tư pháp - Hộ tịch xã Hữu Lũng chưa trả kết quả');
    expect(text).toContain('hẹn lại thời gian trả kết quả vào 10 giờ 15 phút, ngày 11/12/2026');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(text).toContain('Lê Thị Ánh Tuyết');
  });
});
