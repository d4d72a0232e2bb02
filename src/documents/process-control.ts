/** Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ (A4), built from the dossier's step history. */
import { CLASSIFICATION_LABELS } from '../domain/calendar/index.js';
import { componentTable, partyBlock } from './blocks.js';
import { count2, timeAndDate } from './format.js';
import { formTitle, nationalHeader } from './header.js';
import type { ProcessControlModel, ProcessStep } from './models.js';
import { createForm, type Form, finish } from './pdf.js';
import { type TableCell, table } from './table.js';
import { field, paragraph } from './text.js';

export const PROCESS_CONTROL_TITLE = 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ';

export function renderProcessControl(model: ProcessControlModel): Promise<Buffer> {
  const form = createForm('A4', {
    title: `${PROCESS_CONTROL_TITLE} — ${model.dossierCode}`,
    subject: 'Mẫu số 05',
    createdAt: model.header.issuedAt,
  });
  nationalHeader(form, model.header);
  formTitle(form, PROCESS_CONTROL_TITLE);

  field(form, 'Mã hồ sơ', model.dossierCode);
  field(form, 'Cơ quan (bộ phận) giải quyết hồ sơ', model.processingUnit);
  field(form, 'Cơ quan phối hợp giải quyết', model.coordinatingUnits?.join('; '));
  partyBlock(form, 'Người nộp hồ sơ', model.applicant);
  if (model.owner) partyBlock(form, 'Chủ hồ sơ', model.owner);
  field(form, 'Nội dung yêu cầu giải quyết', model.procedureName);
  if (model.components && model.components.length > 0) {
    paragraph(form, 'Thành phần hồ sơ:');
    componentTable(form, model.components);
  }
  field(form, 'Số lượng hồ sơ', `${count2(model.sets)} (bộ)`);
  field(form, 'Thời gian nhận hồ sơ', timeAndDate(model.receivedAt), { valueFace: 'regular' });
  field(form, 'Thời gian giải quyết theo quy định', model.processingTime);
  field(form, 'Thời gian trả kết quả giải quyết hồ sơ', timeAndDate(model.appointmentAt));
  if (model.internalDueAt !== undefined) {
    field(form, 'Hạn chuyển kết quả về Bộ phận tiếp nhận và trả kết quả', timeAndDate(model.internalDueAt), {
      valueFace: 'regular',
    });
  }

  paragraph(form, 'I. THEO DÕI QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', { face: 'bold', gapAfter: 4 });
  stepTable(form, model.steps);
  if (model.returnSteps && model.returnSteps.length > 0) {
    paragraph(form, 'II. TRẢ KẾT QUẢ GIẢI QUYẾT HỒ SƠ', { face: 'bold', gapAfter: 4 });
    stepTable(form, model.returnSteps);
  }
  return finish(form);
}

function stepTable(form: Form, steps: readonly ProcessStep[]): void {
  if (steps.length === 0) {
    paragraph(form, '(Chưa có bước xử lý)', { face: 'italic', size: form.type.small });
    return;
  }
  const rows: TableCell[][] = steps.map((step, i) => [
    String(i + 1),
    `1. Giao: ${step.handedBy.unit}\n2. Nhận: ${step.receivedBy.unit}`,
    timeAndDate(step.handedAt),
    step.handedBy.person ?? '',
    step.receivedBy.person ?? '',
    step.result ? { text: CLASSIFICATION_LABELS[step.result], face: 'bold', align: 'center' } : '',
    step.note ?? '',
  ]);
  table(
    form,
    [
      { header: 'STT', weight: 3, align: 'center' },
      { header: 'TÊN CƠ QUAN', weight: 10 },
      { header: 'THỜI GIAN GIAO, NHẬN HỒ SƠ', weight: 7.5 },
      { header: 'Người giao', group: 'KÝ, GHI RÕ HỌ TÊN', weight: 6 },
      { header: 'Người nhận', group: 'KÝ, GHI RÕ HỌ TÊN', weight: 6 },
      { header: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn / Đúng hạn / Quá hạn)', weight: 7.5 },
      { header: 'GHI CHÚ', weight: 5.5 },
    ],
    rows,
    // Rows tall enough for the hand signatures of the giver and the receiver.
    { size: form.type.small - 0.5, minRowHeight: 40 },
  );
}
