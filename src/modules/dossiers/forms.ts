// The statutory forms of one dossier as PDF (TT 01/2018 Mẫu 01–05), built from the dossier page data.
import {
  renderApology,
  renderProcessControl,
  renderReceipt,
  renderRefusal,
  renderSupplementRequest,
} from '../../documents/index.js';
import type { PartyInfo } from '../../documents/models.js';
import { durationLabel } from '../../domain/catalog/index.js';
import { formatCurrency } from '../../domain/format/vi.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid, notFound } from '../../platform/errors.js';
import { formHeader } from './form-header.js';
import { getDossier } from './get-dossier.js';
import { findDossier } from './repository.js';

export const FORM_CODES = ['mau_01', 'mau_02', 'mau_03', 'mau_04', 'mau_05'] as const;
export type FormCode = (typeof FORM_CODES)[number];

const RETURN_LABELS = {
  counter: 'Nhận trực tiếp tại Bộ phận Một cửa',
  electronic: 'Nhận bản điện tử',
  post: 'Qua dịch vụ bưu chính công ích',
};

export async function renderDossierForm(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  form: FormCode,
  baseUrl: string,
) {
  const { db } = deps.database;
  const { row, unit } = await findDossier(db, ctx.actor, id);
  const detail = await getDossier(deps, ctx, id);
  const header = await formHeader(db, unit, deps.clock.now());
  const owner: PartyInfo = {
    name: row.ownerName,
    ...(row.ownerAddress ? { address: row.ownerAddress } : {}),
    ...(row.ownerPhone ? { phone: row.ownerPhone } : {}),
    ...(row.ownerEmail ? { email: row.ownerEmail } : {}),
    ...(row.ownerIdNumber ? { idNumber: row.ownerIdNumber } : {}),
  };
  const submitter = detail.submitter;
  const applicant: PartyInfo = submitter
    ? {
        name: submitter.fullName,
        ...(submitter.phone ? { phone: submitter.phone } : {}),
        ...(submitter.idNumber ? { idNumber: submitter.idNumber } : {}),
      }
    : owner;
  const components = detail.components
    .filter((c) => c.provided)
    .map((c) => ({
      name: c.name,
      originals: c.kind === 'original' || c.kind === 'template_form' ? c.quantity : 0,
      certifiedCopies: c.kind === 'certified_copy' ? c.quantity : 0,
      copies: c.kind === 'copy' ? c.quantity : 0,
    }));
  const trackingUrl = `${baseUrl}${detail.trackingUrl}`;
  const receivedAt = row.receivedAt ?? row.createdAt;
  const lastEvent = (action: string) => [...detail.events].reverse().find((e) => e.action === action);
  const officerName = detail.events[0]?.actorName ?? '';

  switch (form) {
    case 'mau_01':
      if (!row.dueAt) throw notFound('Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận');
      return renderReceipt({
        header,
        dossierCode: row.code,
        applicant,
        ...(submitter ? { owner } : {}),
        procedureName: row.procedureName,
        components,
        sets: 1,
        processingTime: durationLabel(row.duration, row.duration.cutoff),
        receivedAt,
        appointmentAt: row.dueAt,
        returnChannel: RETURN_LABELS[row.returnChannel],
        ...(row.feeTotal > 0
          ? {
              feeNote: `Phí, lệ phí: ${formatCurrency(row.feeTotal)} (${row.feePayment === 'now' ? 'đã thu khi tiếp nhận' : row.feePayment === 'at_return' ? 'thu khi trả kết quả' : 'miễn'})`,
            }
          : {}),
        trackingUrl,
        receivingOfficer: officerName,
      });
    case 'mau_02': {
      const e = lastEvent('request_supplement');
      if (!e) throw notFound('Hồ sơ không có yêu cầu bổ sung');
      return renderSupplementRequest({
        header,
        dossierCode: row.code,
        applicant,
        procedureName: row.procedureName,
        items: (e.note ?? '')
          .split(/\n|;/)
          .map((s) => s.trim())
          .filter(Boolean),
        reason: e.note ?? '',
        ...(row.supplementDueAt ? { deadlineAt: row.supplementDueAt } : {}),
        contact: { officer: e.actorName },
        trackingUrl,
        signer: { title: 'Cán bộ xử lý', name: e.actorName },
      });
    }
    case 'mau_03': {
      const e = lastEvent('refuse') ?? lastEvent('refuse_online') ?? lastEvent('supplement_expired');
      if (!e) throw notFound('Hồ sơ không bị từ chối');
      return renderRefusal({
        header,
        dossierCode: row.code,
        applicant,
        procedureName: row.procedureName,
        reasons: [e.note ?? 'Hồ sơ không bổ sung trong thời hạn yêu cầu'],
        receivingOfficer: e.actorName,
      });
    }
    case 'mau_04': {
      const e = lastEvent('reschedule');
      if (!e || !row.originalDueAt || !row.dueAt) throw notFound('Hồ sơ chưa có phiếu xin lỗi và hẹn lại');
      return renderApology({
        header,
        dossierCode: row.code,
        applicant,
        procedureName: row.procedureName,
        receivedAt,
        originalAppointmentAt: row.originalDueAt,
        lateAgency: unit.name,
        reason: e.note ?? '',
        newAppointmentAt: row.dueAt,
        returnPlace: unit.centerName ?? unit.name,
        recipients: [row.ownerName],
        signer: { onBehalfOf: `ỦY BAN NHÂN DÂN ${unit.name.toUpperCase()}`, title: 'Chủ tịch' },
      });
    }
    case 'mau_05': {
      if (!row.dueAt) throw notFound('Hồ sơ chưa được tiếp nhận');
      const steps = detail.steps;
      return renderProcessControl({
        header,
        dossierCode: row.code,
        applicant,
        procedureName: row.procedureName,
        processingUnit: unit.name,
        components,
        sets: 1,
        receivedAt,
        processingTime: durationLabel(row.duration, row.duration.cutoff),
        appointmentAt: row.dueAt,
        steps: steps.map((s, i) => ({
          handedBy: { unit: s.stepName, ...(s.assigneeName ? { person: s.assigneeName } : {}) },
          receivedBy: {
            unit: steps[i + 1]?.stepName ?? 'Bộ phận trả kết quả',
            ...(steps[i + 1]?.assigneeName ? { person: steps[i + 1]!.assigneeName! } : {}),
          },
          handedAt: new Date(s.closedAt ?? s.openedAt),
          ...(s.status === 'early' || s.status === 'on_time' || s.status === 'late'
            ? { result: s.status }
            : {}),
        })),
      });
    }
  }
  throw invalid('FORM_UNKNOWN', 'Biểu mẫu không hợp lệ');
}
