// Validation of one inbound record (API or file import alike), without I/O: the DVCQG shape
// (contract/dvc-record.ts) and the source's right to send dossiers of its unit. Rejections carry a
// stable code and a Vietnamese reason.
import { type DvcRecord, dvcRecord, recordIssues } from '../../contract/dvc-record.js';
import { parseDvcDate } from './dvc-date.js';

export type RecordRejection = { ok: false; code: 'INVALID_RECORD' | 'UNIT_NOT_ALLOWED'; reason: string };
export type CheckedRecord = { ok: true; record: DvcRecord; unitId: string };

/** The MaHoSo of a raw record as sent (trimmed, at most 60 characters), or null. */
export function rawExternalCode(raw: unknown): string | null {
  const code = (raw as { MaHoSo?: unknown } | null)?.MaHoSo;
  if (typeof code !== 'string') return null;
  const text = code.trim().slice(0, 60);
  return text ? text : null;
}

/** What can be read of a rejected record for reconciliation: unit code, receipt instant, status. */
export function rawRecordHints(raw: unknown): {
  unitCode: string | null;
  receivedAt: number | null;
  status: number | null;
} {
  const r = (raw ?? {}) as { DonViXuLy?: unknown; NgayTiepNhan?: unknown; TrangThaiHoSo?: unknown };
  const status = Number(r.TrangThaiHoSo);
  return {
    unitCode: typeof r.DonViXuLy === 'string' ? r.DonViXuLy.trim() : null,
    receivedAt: typeof r.NgayTiepNhan === 'string' ? parseDvcDate(r.NgayTiepNhan) : null,
    status: Number.isInteger(status) && status >= 1 && status <= 10 ? status : null,
  };
}

/** unitIds: unit code → unit id of the units the source serves. */
export function checkRecord(
  raw: unknown,
  unitIds: ReadonlyMap<string, string>,
): CheckedRecord | RecordRejection {
  const parsed = dvcRecord.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'INVALID_RECORD', reason: recordIssues(parsed.error) };
  const record = parsed.data;
  const unitId = unitIds.get(record.DonViXuLy);
  if (!unitId)
    return {
      ok: false,
      code: 'UNIT_NOT_ALLOWED',
      reason: `Đơn vị xử lý "${record.DonViXuLy}" không thuộc các đơn vị mà hệ thống nguồn được phép gửi hồ sơ`,
    };
  return { ok: true, record, unitId };
}
