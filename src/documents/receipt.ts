/** Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5 by default). */
import { componentTable, partyBlock } from './blocks.js';
import { count2, timeAndDate } from './format.js';
import { formTitle, nationalHeader } from './header.js';
import type { ReceiptModel } from './models.js';
import { createForm, type Form, finish } from './pdf.js';
import { drawQr, qrPng } from './qr.js';
import { signatures } from './signatures.js';
import { field, fieldLine, paragraph, runs } from './text.js';

export const RECEIPT_TITLE = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ';

export async function renderReceipt(model: ReceiptModel): Promise<Buffer> {
  const png = await qrPng(model.trackingUrl);
  const form = createForm(model.paper ?? 'A5', {
    title: `${RECEIPT_TITLE} — ${model.dossierCode}`,
    subject: 'Mẫu số 01',
    createdAt: model.header.issuedAt,
  });
  const { doc } = form;
  nationalHeader(form, model.header);
  formTitle(form, RECEIPT_TITLE);

  // The QR code of the tracking page sits at the right; the lines beside it are narrowed until they pass it.
  const qrSize = model.paper === 'A4' ? 80 : 62;
  const top = doc.y;
  const qrBottom = drawQr(form, png, form.left + form.width - qrSize, top, qrSize, 'Quét mã để tra cứu');
  const narrow: Form = { ...form, width: form.width - qrSize - 12 };
  const beside = () => (doc.y < qrBottom - 4 ? narrow : form);
  doc.y = top;
  field(beside(), 'Mã hồ sơ', model.dossierCode);
  if (model.registerEntry) {
    fieldLine(beside(), [
      ['Vào Sổ theo dõi hồ sơ, Quyển số', model.registerEntry.book],
      ['Số thứ tự', model.registerEntry.number],
    ]);
  }
  partyBlock(
    beside,
    `Bộ phận tiếp nhận và trả kết quả ${model.header.issuer} tiếp nhận hồ sơ của Ông (Bà)`,
    model.applicant,
  );
  doc.y = Math.max(doc.y, qrBottom + 2);
  field(form, 'Nội dung yêu cầu giải quyết', model.procedureName);
  if (model.owner) partyBlock(() => form, 'Chủ hồ sơ', model.owner);

  paragraph(form, '1. Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:');
  componentTable(form, model.components);
  field(form, '2. Số lượng hồ sơ', `${count2(model.sets)} (bộ)`);
  field(form, '3. Thời gian giải quyết hồ sơ theo quy định là', model.processingTime);
  field(form, '4. Thời gian nhận hồ sơ', timeAndDate(model.receivedAt), { valueFace: 'regular' });
  field(form, '5. Thời gian trả kết quả giải quyết hồ sơ', timeAndDate(model.appointmentAt));
  runs(
    form,
    [
      {
        text:
          'Kết quả có thể được trả sớm hơn; Ông (Bà) sẽ được thông báo bằng tin nhắn hoặc thư điện tử. ' +
          'Tra cứu tình trạng hồ sơ tại: ',
        face: 'italic',
      },
      { text: model.trackingUrl, face: 'regular' },
      { text: model.hotline ? `; đường dây nóng: ${model.hotline}.` : '.', face: 'italic' },
    ],
    { size: form.type.small, inset: 10 },
  );
  field(form, '6. Đăng ký nhận kết quả tại', model.returnChannel);
  if (model.feeNote) paragraph(form, model.feeNote, { align: 'left' });
  paragraph(
    form,
    'Khi đến nhận kết quả, Ông (Bà) mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả này; trường hợp nhờ ' +
      'người khác nhận thay thì người nhận thay phải có giấy ủy quyền theo quy định.',
    { face: 'italic', size: form.type.small },
  );
  signatures(form, [
    { title: 'NGƯỜI NỘP HỒ SƠ', name: model.applicant.name },
    { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: model.receivingOfficer },
  ]);
  return finish(form);
}
