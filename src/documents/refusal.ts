/** Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (A5 by default). */
import { partyBlock } from './blocks.js';
import { formTitle, nationalHeader } from './header.js';
import type { RefusalModel } from './models.js';
import { createForm, finish } from './pdf.js';
import { signatures } from './signatures.js';
import { field, fieldLine, paragraph } from './text.js';

export const REFUSAL_TITLE = 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ';

export function renderRefusal(model: RefusalModel): Promise<Buffer> {
  const form = createForm(model.paper ?? 'A5', {
    title: model.dossierCode ? `${REFUSAL_TITLE} — ${model.dossierCode}` : REFUSAL_TITLE,
    subject: 'Mẫu số 03',
    createdAt: model.header.issuedAt,
  });
  nationalHeader(form, model.header);
  formTitle(form, REFUSAL_TITLE);

  field(form, 'Mã hồ sơ', model.dossierCode);
  paragraph(form, `Bộ phận tiếp nhận và trả kết quả ${model.header.issuer} tiếp nhận hồ sơ của:`, {
    align: 'left',
  });
  partyBlock(form, 'Ông (Bà)', model.applicant);
  field(form, 'Nội dung yêu cầu giải quyết', model.procedureName);
  paragraph(
    form,
    `Qua xem xét, Bộ phận tiếp nhận và trả kết quả ${model.header.issuer} thông báo không tiếp nhận, giải ` +
      'quyết hồ sơ này với lý do cụ thể như sau:',
  );
  model.reasons.forEach((reason, i) => {
    paragraph(form, model.reasons.length > 1 ? `${i + 1}. ${reason}` : reason, { inset: 10, gapAfter: 1 });
  });
  paragraph(form, 'Xin thông báo để Ông (Bà) được biết và thực hiện./.', { face: 'italic' });
  fieldLine(
    form,
    [
      ['Mọi thắc mắc xin liên hệ đường dây nóng', model.hotline],
      ['Trang thông tin', model.website],
    ],
    { size: form.type.small },
  );
  signatures(form, [
    { title: 'NGƯỜI NỘP HỒ SƠ', name: model.applicant.name },
    { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: model.receivingOfficer },
  ]);
  return finish(form);
}
