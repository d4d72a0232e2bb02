// Outbound: one change of one of our dossiers as the national portal's dossier-sync record
// (HoSoDongBoDVC, reference-system §2.8), the inverse of the inbound mapping (dossier-values.ts).
// The record is a snapshot taken in the transaction of the change; QuaTrinhXuLy carries that one change
// (the portal appends progress entries), so a record that arrives twice or late is still the same fact.
import { formatDvcDate } from './dvc-date.js';

export type SyncDossier = {
  code: string;
  procedureCode: string;
  procedureName: string;
  fieldCode: string;
  fieldName: string;
  channel: 'direct' | 'online' | 'postal';
  ownerKind: 'citizen' | 'organisation';
  ownerName: string;
  ownerIdNumber: string | null;
  ownerPhone: string | null;
  ownerEmail: string | null;
  unitCode: string;
  nationalStatus: number;
  outcome: string | null;
  feeTotal: number;
  feePaidOnline: boolean;
  digitised: boolean;
  submittedAt: number | null;
  receivedAt: number | null;
  dueAt: number | null;
  finishedAt: number | null;
  returnedAt: number | null;
  result: { number?: string; fileId?: string; fileName?: string } | null;
};

export type SyncChange = {
  at: number;
  /** Vietnamese description of what happened (action label, note). */
  description: string;
  actorName: string;
  /** Process step (or department) where it happened, when the dossier is in a step. */
  stepName: string | null;
};

export type DvcSyncRecord = {
  MaHoSo: string;
  MaTTHC: string;
  TenTTHC: string;
  MaLinhVuc: string;
  TenLinhVuc: string;
  KenhThucHien: 1 | 2 | 3;
  ChuHoSo: string;
  SoGiayToChuHoSo: string;
  LoaiDoiTuong: 1 | 2;
  SoDienThoai: string;
  Email: string;
  NgayNopHoSo: string;
  NgayTiepNhan: string;
  NgayHenTra: string;
  NgayKetThucXuLy: string;
  NgayTra: string;
  NgayTuChoi: string;
  TrangThaiHoSo: number;
  DonViXuLy: string;
  DuocThanhToanTrucTuyen: 0 | 1;
  HoSoCoThanhPhanSoHoa: 0 | 1;
  DanhSachGiayToKetQua: { TenGiayTo: string; GiayToId: string; MaGiayToKetQua: string }[];
  QuaTrinhXuLy: {
    NguoiXuLy: string;
    ChucDanh: string;
    ThoiDiemXuLy: string;
    PhongBanXuLy: string;
    NoiDungXuLy: string;
    TrangThai: number;
  }[];
};

const KENH = { direct: 1, online: 2, postal: 3 } as const;
const REFUSALS = new Set(['refused', 'rejected_at_intake']);
const date = (at: number | null) => (at === null ? '' : formatDvcDate(at));

export function dvcSyncRecord(d: SyncDossier, change: SyncChange): DvcSyncRecord {
  const refused = d.outcome !== null && REFUSALS.has(d.outcome);
  return {
    MaHoSo: d.code,
    MaTTHC: d.procedureCode,
    TenTTHC: d.procedureName,
    MaLinhVuc: d.fieldCode,
    TenLinhVuc: d.fieldName,
    KenhThucHien: KENH[d.channel],
    ChuHoSo: d.ownerName,
    SoGiayToChuHoSo: d.ownerIdNumber ?? '',
    LoaiDoiTuong: d.ownerKind === 'citizen' ? 1 : 2,
    SoDienThoai: d.ownerPhone ?? '',
    Email: d.ownerEmail ?? '',
    NgayNopHoSo: date(d.submittedAt),
    // Status 1 (submitted online, not yet received) and 3 (refused at intake) have no reception date.
    NgayTiepNhan: date(d.receivedAt),
    NgayHenTra: date(d.dueAt),
    NgayKetThucXuLy: refused ? '' : date(d.finishedAt),
    NgayTra: date(d.returnedAt),
    NgayTuChoi: refused ? date(d.finishedAt ?? change.at) : '',
    TrangThaiHoSo: d.nationalStatus,
    DonViXuLy: d.unitCode,
    DuocThanhToanTrucTuyen: d.feePaidOnline ? 1 : 0,
    HoSoCoThanhPhanSoHoa: d.digitised ? 1 : 0,
    DanhSachGiayToKetQua:
      d.result?.fileId && d.result.fileName
        ? [{ TenGiayTo: d.result.fileName, GiayToId: d.result.fileId, MaGiayToKetQua: d.result.number ?? '' }]
        : [],
    QuaTrinhXuLy: [
      {
        NguoiXuLy: change.actorName,
        ChucDanh: '',
        ThoiDiemXuLy: formatDvcDate(change.at),
        PhongBanXuLy: change.stepName ?? '',
        NoiDungXuLy: change.description,
        TrangThai: d.nationalStatus,
      },
    ],
  };
}
