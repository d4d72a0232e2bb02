/** Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (A5 by default). */

import { fontPath } from './fonts.js';
import { dateText, timeAndDate } from './format.js';
import { formTitle, nationalHeader } from './header.js';
import type { ApologyModel } from './models.js';
import { createForm, ensureSpace, finish } from './pdf.js';
import { signatureRight } from './signatures.js';
import { centredRuns, paragraph, runs } from './text.js';

export const APOLOGY_TITLE = 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ';
export const APOLOGY_SUBJECT =
  'V/v xin lỗi đối với hồ sơ giải quyết quá hạn và hẹn lại thời gian trả kết quả';

export function renderApology(model: ApologyModel): Promise<Buffer> {
  const form = createForm(model.paper ?? 'A5', {
    title: `${APOLOGY_TITLE} — ${model.dossierCode}`,
    subject: 'Mẫu số 04',
    createdAt: model.header.issuedAt,
  });
  const { doc } = form;
  nationalHeader(form, model.header, { subject: APOLOGY_SUBJECT });
  formTitle(form, APOLOGY_TITLE);
  centredRuns(form, [{ text: 'Kính gửi: ' }, { text: `Ông (Bà) ${model.applicant.name}`, face: 'bold' }]);
  doc.y += 6;

  const indent = 18;
  runs(
    form,
    [
      { text: `Ngày ${dateText(model.receivedAt)}, ${model.header.issuer} tiếp nhận giải quyết hồ sơ của ` },
      { text: `Ông (Bà) ${model.applicant.name}`, face: 'bold' },
      { text: ` đề nghị giải quyết thủ tục ${model.procedureName}, mã hồ sơ: ` },
      { text: model.dossierCode, face: 'bold' },
      { text: '. Thời gian hẹn trả kết quả giải quyết hồ sơ: ' },
      { text: timeAndDate(model.originalAppointmentAt), face: 'bold' },
      { text: '.' },
    ],
    { indent },
  );
  runs(
    form,
    [
      { text: `Tuy nhiên đến nay, ${model.lateAgency} chưa trả kết quả giải quyết hồ sơ cho Ông (Bà) đúng ` },
      { text: `hẹn. Lý do: ${model.reason}` },
    ],
    { indent },
  );
  runs(
    form,
    [
      {
        text:
          'Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông (Bà). ' +
          `${model.header.issuer} xin lỗi Ông (Bà) và xin hẹn lại thời gian trả kết quả vào `,
      },
      { text: timeAndDate(model.newAppointmentAt), face: 'bold' },
      { text: ` tại ${model.returnPlace}.` },
    ],
    { indent },
  );
  paragraph(form, 'Xin trân trọng cảm ơn sự hợp tác của Ông (Bà)./.', { indent, gapAfter: 8 });

  // Recipients on the left, the signer on the right, kept together.
  ensureSpace(form, form.type.body * 6 + 60);
  const top = doc.y;
  const half = form.width / 2;
  doc.font(fontPath('bold')).fontSize(form.type.small).text('Nơi nhận:', form.left, top, { width: half });
  doc.font(fontPath('regular')).fontSize(form.type.small - 0.5);
  for (const line of model.recipients) doc.text(`- ${line};`, form.left, doc.y, { width: half - 6 });
  const leftBottom = doc.y;
  doc.y = top;
  const rightBottom = signatureRight(form, model.signer);
  doc.x = form.left;
  doc.y = Math.max(leftBottom, rightBottom) + 6;
  return finish(form);
}
