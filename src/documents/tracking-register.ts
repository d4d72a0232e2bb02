/** Mẫu 06 — Sổ theo dõi hồ sơ (A4 landscape): one row per dossier, the header repeated on every page. */

import type { HeaderGroup } from '../domain/reports/index.js';
import { count2, dateText } from './format.js';
import { formTitle, nationalHeader } from './header.js';
import type { RegisterRow, TrackingRegisterModel } from './models.js';
import { createForm, finish } from './pdf.js';
import { type TableColumn, table } from './table.js';
import { paragraph } from './text.js';

export const TRACKING_REGISTER_TITLE = 'SỔ THEO DÕI HỒ SƠ';

const DATES = 'Ngày, tháng, năm';
const RETURN = 'Trả kết quả';

// Weights are about the widths in points on A4 landscape (dates and phone numbers fit on one line).
export const REGISTER_COLUMNS: readonly TableColumn[] = [
  { header: 'STT', weight: 22, align: 'center' },
  { header: 'Mã hồ sơ', weight: 74 },
  { header: 'Nội dung hồ sơ (tên thủ tục hành chính)', weight: 95 },
  { header: 'Số lượng (bộ)', weight: 30, align: 'center' },
  { header: 'Họ tên chủ hồ sơ', weight: 66 },
  { header: 'Địa chỉ', weight: 70 },
  { header: 'Số điện thoại', weight: 52 },
  { header: 'Nhận hồ sơ', group: DATES, weight: 46, align: 'center' },
  { header: 'Hẹn trả kết quả', group: DATES, weight: 46, align: 'center' },
  { header: 'Ngày nhận kết quả', group: DATES, weight: 46, align: 'center' },
  { header: 'Bên giao (ký)', group: RETURN, weight: 38 },
  { header: 'Bên nhận (ký)', group: RETURN, weight: 38 },
  { header: 'Người tiếp nhận hồ sơ', weight: 52 },
  { header: 'Địa bàn phát sinh', weight: 44 },
  { header: 'Ghi chú', weight: 40 },
];

/** The register's columns as two-level headers (the xlsx and docx draw them merged). */
export const REGISTER_HEADERS: readonly HeaderGroup[] = REGISTER_COLUMNS.reduce<HeaderGroup[]>((acc, c) => {
  const last = acc[acc.length - 1];
  if (c.group && last?.sub && last.heading === c.group) last.sub.push(c.header);
  else acc.push(c.group ? { heading: c.group, sub: [c.header] } : { heading: c.header, sub: null });
  return acc;
}, []);

/** The cells of one register row (number `n`, from 1), as every rendering prints them. */
export function registerCells(row: RegisterRow, n: number): string[] {
  return [
    String(n),
    row.dossierCode,
    row.procedureName,
    count2(row.sets),
    row.ownerName,
    row.address ?? '',
    row.phone ?? '',
    dateText(row.receivedAt),
    dateText(row.appointmentAt),
    row.returnedAt === undefined ? '' : dateText(row.returnedAt),
    row.returnedBy ?? '',
    row.returnedTo ?? '',
    row.receivingOfficer,
    row.area ?? '',
    row.note ?? '',
  ];
}

/** `Từ ngày dd/MM/yyyy đến ngày dd/MM/yyyy`. */
export function registerPeriodLine(period: { from: Date | number; to: Date | number }): string {
  return `Từ ngày ${dateText(period.from)} đến ngày ${dateText(period.to)}`;
}

export function renderTrackingRegister(model: TrackingRegisterModel): Promise<Buffer> {
  const form = createForm('A4-landscape', {
    title: TRACKING_REGISTER_TITLE,
    subject: 'Mẫu số 06',
    createdAt: model.header.issuedAt,
  });
  nationalHeader(form, model.header);
  const period = model.period ? registerPeriodLine(model.period) : undefined;
  const subtitle = [model.book ? `Quyển số: ${model.book}` : '', period ?? ''].filter(Boolean).join(' — ');
  formTitle(form, TRACKING_REGISTER_TITLE, subtitle || undefined);

  if (model.rows.length === 0) {
    paragraph(form, '(Chưa có hồ sơ trong kỳ)', { face: 'italic', align: 'center' });
    return finish(form);
  }
  const rows = model.rows.map((row, i) => registerCells(row, i + 1));
  table(form, REGISTER_COLUMNS, rows, { size: form.type.small, numbered: true, padding: 2.5 });
  return finish(form);
}
