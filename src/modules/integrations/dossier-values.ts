// An imported record → the columns of its dossier row (insert and update alike). The process is an empty
// external one: the steps happen in the source system; we keep its dates and status.
import type { DvcRecord } from '../../contract/dvc-record.js';
import type { dossiers } from '../../db/schema.js';
import { NATIONAL_STATUS } from '../../domain/dossier/states.js';
import type { DossierState } from '../../domain/dossier/types.js';
import { foldVietnamese } from '../../domain/format/search.js';
import { CHANNEL_BY_KENH, importedState } from '../../domain/integrations/index.js';

type DossierInsert = typeof dossiers.$inferInsert;

const FINISHED: ReadonlySet<DossierState> = new Set([
  'rejected_at_intake',
  'withdrawn',
  'stopped',
  'resolved',
  'refused',
  'returned',
]);
const RETURN_CHANNEL = { direct: 'counter', online: 'electronic', postal: 'post' } as const;

export const EXTERNAL_PROCESS = { code: 'external', name: 'Quy trình tại hệ thống nguồn', steps: [] };

const at = (ms: number | null) => (ms === null ? null : new Date(ms));

/** Receipt and finish instants of an imported record as our dossier row keeps them. */
function importedInstants(r: DvcRecord, state: DossierState, stampAt: number) {
  const received = state !== 'submitted' && state !== 'rejected_at_intake';
  const receivedAt = received ? r.NgayTiepNhan : null;
  const finishedAt = FINISHED.has(state)
    ? state === 'refused' || state === 'rejected_at_intake'
      ? (r.NgayTuChoi ?? r.NgayKetThucXuLy ?? stampAt)
      : (r.NgayKetThucXuLy ?? r.NgayTuChoi ?? stampAt)
    : null;
  return { receivedAt, finishedAt };
}

/** The source's own view of the dossier's dates, kept on its link (dossier_sources) for reconciliation. */
export function sourceLinkDates(r: DvcRecord, stampAt: number) {
  const { state } = importedState(r.TrangThaiHoSo, r.NgayTuChoi);
  const { finishedAt } = importedInstants(r, state, stampAt);
  // NgayTiepNhan as sent (also for status 1 and 3): it places the record in a reconciliation period.
  return {
    sourceReceivedAt: new Date(r.NgayTiepNhan),
    sourceDueAt: at(r.NgayHenTra),
    sourceFinishedAt: at(finishedAt),
  };
}

export function importedDossierValues(
  r: DvcRecord,
  input: { unitId: string; procedureId: string; sourceCode: string; stampAt: number; now: Date },
) {
  const { state, outcome } = importedState(r.TrangThaiHoSo, r.NgayTuChoi);
  const channel = CHANNEL_BY_KENH[r.KenhThucHien]!;
  const { receivedAt, finishedAt } = importedInstants(r, state, input.stampAt);
  const feeTotal = Math.round((r.DanhSachLePhi ?? []).reduce((sum, f) => sum + f.Gia, 0));
  const feePayment = feeTotal === 0 ? 'exempt' : r.DuocThanhToanTrucTuyen ? 'now' : 'at_return';
  const pauseKind =
    state === 'supplement_requested'
      ? 'supplement'
      : state === 'awaiting_payment'
        ? 'financial_obligation'
        : null;
  return {
    unitId: input.unitId,
    procedureId: input.procedureId,
    procedureCode: r.MaTTHC,
    procedureName: r.TenTTHC,
    fieldCode: r.MaLinhVuc,
    caseCode: 'external',
    process: EXTERNAL_PROCESS,
    duration: { amount: 0, unit: 'working_days', cutoff: null },
    state,
    nationalStatus: NATIONAL_STATUS[state],
    outcome,
    channel,
    source: input.sourceCode,
    ownerKind: r.LoaiDoiTuong === 1 ? 'citizen' : 'organisation',
    ownerName: r.ChuHoSo,
    ownerSearch: foldVietnamese(r.ChuHoSo),
    ownerIdNumber: r.SoGiayToChuHoSo ?? null,
    ownerPhone: r.SoDienThoai ?? null,
    ownerEmail: r.Email ?? null,
    returnChannel: RETURN_CHANNEL[channel],
    feePayment,
    feeTotal,
    feePaidAt: feePayment === 'now' ? at(r.NgayTiepNhan) : null,
    feePaidOnline: feePayment === 'now',
    // Decision 766 indicators 4.2 / 4.3: digitised components, components reused from stored data.
    digitized: r.HoSoCoThanhPhanSoHoa || (r.TaiLieuNop ?? []).some((t) => t.DuocSoHoa === true),
    dataReused: (r.TaiLieuNop ?? []).some((t) => t.DuocTaiSuDung === true || t.DuocLayTuKhoDMQG === true),
    submittedAt: at(r.NgayNopHoSo ?? r.NgayTiepNhan),
    receivedAt: at(receivedAt),
    countingStartsAt: at(receivedAt),
    dueAt: at(r.NgayHenTra),
    originalDueAt: at(r.NgayHenTra),
    pausedAt: pauseKind ? at(input.stampAt) : null,
    pauseKind,
    stepIndex: null,
    assigneeId: null,
    stepDueAt: null,
    finishedAt: at(finishedAt),
    returnedAt: state === 'returned' ? at(r.NgayTra) : null,
    updatedAt: input.now,
  } satisfies Partial<DossierInsert>;
}
