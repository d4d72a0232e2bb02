// Fast acceptance of a file row (all cells are text) under the record rules of the inbound API
// (src/contract/dvc-record.ts). It answers only "certainly valid" — with exactly the record the schema
// would produce — or null; a null row is then judged by the schema itself, which gives the Vietnamese
// reason. So file rows and API records are judged by the same rules, and the common valid row costs a
// few string checks instead of a full schema parse. A property test (test/unit/integrations) checks
// that every row accepted here is accepted by the schema with the identical record.
import { parseDvcDate } from './dvc-date.js';
import type { FileRow } from './file-columns.js';

export type FileRecord = {
  MaHoSo: string;
  MaTTHC: string;
  TenTTHC: string;
  MaLinhVuc: string;
  TenLinhVuc: string;
  KenhThucHien: number;
  ChuHoSo: string;
  SoGiayToChuHoSo?: string | null;
  LoaiDoiTuong: number;
  SoDienThoai?: string | null;
  Email?: string | null;
  NgayNopHoSo: number | null;
  NgayTiepNhan: number;
  NgayHenTra: number | null;
  NgayKetThucXuLy: number | null;
  NgayTra: number | null;
  NgayTuChoi: number | null;
  TrangThaiHoSo: number;
  DonViXuLy: string;
  DuocThanhToanTrucTuyen: boolean;
  HoSoCoThanhPhanSoHoa: boolean;
};

const MA_HO_SO = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,59}$/;
const MA_TTHC = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;
const DIGITS = /^\d{1,3}$/;
const DATE = /^\d{14}$/;
/** Marks "not certainly valid" inside the helpers. */
const NO = Symbol('no');

function text(v: string | undefined, max: number): string | typeof NO {
  if (v === undefined) return NO;
  const t = v.trim();
  return t.length >= 1 && t.length <= max ? t : NO;
}
function optionalText(v: string | undefined, max: number): string | null | undefined | typeof NO {
  if (v === undefined) return undefined;
  if (v === '') return null;
  const t = v.trim();
  return t.length <= max ? t : NO;
}
function code(v: string | undefined, min: number, max: number): number | typeof NO {
  if (v === undefined || !DIGITS.test(v)) return NO;
  const n = Number(v);
  return n >= min && n <= max ? n : NO;
}
function date(v: string | undefined): number | typeof NO {
  if (v === undefined || !DATE.test(v)) return NO;
  return parseDvcDate(v) ?? NO;
}
function optionalDate(v: string | undefined): number | null | typeof NO {
  return v === undefined || v === '' ? null : date(v);
}
function flag(v: string | undefined): boolean | typeof NO {
  return v === '0' || v === '1' || v === '2' ? v === '1' : NO;
}

/** The record when the row is certainly valid; null when the full rules must decide. */
export function acceptFileRow(row: FileRow): FileRecord | null {
  const MaHoSo = row.MaHoSo?.trim();
  const MaTTHC = row.MaTTHC?.trim();
  if (MaHoSo === undefined || !MA_HO_SO.test(MaHoSo) || MaTTHC === undefined || !MA_TTHC.test(MaTTHC))
    return null;
  const r = {
    MaHoSo,
    MaTTHC,
    TenTTHC: text(row.TenTTHC, 1000),
    MaLinhVuc: text(row.MaLinhVuc, 60),
    TenLinhVuc: text(row.TenLinhVuc, 500),
    KenhThucHien: code(row.KenhThucHien, 1, 3),
    ChuHoSo: text(row.ChuHoSo, 300),
    SoGiayToChuHoSo: optionalText(row.SoGiayToChuHoSo, 30),
    LoaiDoiTuong: code(row.LoaiDoiTuong, 1, 9),
    SoDienThoai: optionalText(row.SoDienThoai, 30),
    Email: optionalText(row.Email, 200),
    NgayNopHoSo: optionalDate(row.NgayNopHoSo),
    NgayTiepNhan: date(row.NgayTiepNhan),
    NgayHenTra: optionalDate(row.NgayHenTra),
    NgayKetThucXuLy: optionalDate(row.NgayKetThucXuLy),
    NgayTra: optionalDate(row.NgayTra),
    NgayTuChoi: optionalDate(row.NgayTuChoi),
    TrangThaiHoSo: code(row.TrangThaiHoSo, 1, 10),
    DonViXuLy: text(row.DonViXuLy, 20),
    DuocThanhToanTrucTuyen: flag(row.DuocThanhToanTrucTuyen),
    HoSoCoThanhPhanSoHoa: flag(row.HoSoCoThanhPhanSoHoa),
  };
  for (const k in r) if (r[k as keyof typeof r] === NO) return null;
  const v = r as FileRecord;
  // The cross-field rules of the schema; any doubt goes to the schema.
  if (v.NgayHenTra !== null && v.NgayHenTra < v.NgayTiepNhan) return null;
  if (v.NgayKetThucXuLy !== null && v.NgayKetThucXuLy < v.NgayTiepNhan) return null;
  if (v.NgayTra !== null && v.NgayTra < v.NgayTiepNhan) return null;
  if (v.TrangThaiHoSo >= 9 && v.NgayKetThucXuLy === null && v.NgayTuChoi === null) return null;
  if (v.TrangThaiHoSo === 10 && v.NgayTra === null) return null;
  if (v.NgayTuChoi !== null && ![3, 7, 8, 9, 10].includes(v.TrangThaiHoSo)) return null;
  return v;
}
