/** Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (A5 by default). */
import { partyBlock } from './blocks.js';
import { timeAndDate } from './format.js';
import { formTitle, nationalHeader } from './header.js';
import type { SupplementRequestModel } from './models.js';
import { createForm, finish } from './pdf.js';
import { signatures } from './signatures.js';
import { field, paragraph, runs } from './text.js';

export const SUPPLEMENT_REQUEST_TITLE = 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';

export function renderSupplementRequest(model: SupplementRequestModel): Promise<Buffer> {
  const form = createForm(model.paper ?? 'A5', {
    title: `${SUPPLEMENT_REQUEST_TITLE} — ${model.dossierCode}`,
    subject: 'Mẫu số 02',
    createdAt: model.header.issuedAt,
  });
  nationalHeader(form, model.header);
  formTitle(form, SUPPLEMENT_REQUEST_TITLE);

  field(form, 'Mã hồ sơ', model.dossierCode);
  paragraph(form, `Bộ phận tiếp nhận và trả kết quả ${model.header.issuer} tiếp nhận hồ sơ của:`, {
    align: 'left',
  });
  partyBlock(form, 'Ông (Bà)', model.applicant);
  field(form, 'Nội dung yêu cầu giải quyết', model.procedureName);
  paragraph(
    form,
    'Sau khi xem xét, đối chiếu thành phần hồ sơ, đề nghị Ông (Bà) bổ sung, hoàn thiện hồ sơ gồm những ' +
      'nội dung sau:',
  );
  model.items.forEach((item, i) => {
    paragraph(form, `${i + 1}. ${item}`, { inset: 10, gapAfter: 1 });
  });
  field(form, 'Lý do, căn cứ', model.reason, { valueFace: 'regular' });
  if (model.deadlineAt !== undefined) {
    runs(form, [
      { text: 'Thời hạn bổ sung, hoàn thiện hồ sơ: trước ' },
      { text: timeAndDate(model.deadlineAt), face: 'bold' },
    ]);
    paragraph(
      form,
      'Quá thời hạn trên mà Ông (Bà) không bổ sung, hoàn thiện hồ sơ thì hồ sơ sẽ bị từ chối giải quyết.',
      { face: 'italic', size: form.type.small },
    );
  }
  runs(form, [
    { text: 'Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông (Bà) liên hệ với ' },
    { text: model.contact.officer, face: 'bold' },
    { text: model.contact.phone ? `, số điện thoại ${model.contact.phone}` : '' },
    { text: ' để được hướng dẫn.' },
  ]);
  if (model.trackingUrl)
    field(form, 'Tra cứu tình trạng hồ sơ tại', model.trackingUrl, { valueFace: 'regular' });
  paragraph(form, 'Xin trân trọng cảm ơn./.', { face: 'italic' });
  signatures(form, [model.signer]);
  return finish(form);
}
