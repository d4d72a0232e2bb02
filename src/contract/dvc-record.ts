// One record of the inbound API: the national portal's HoSoDongBoDVC shape (reference-system §2.8).
// Each record is parsed on its own, so one bad record never blocks the others. Dates `yyyyMMddHHmmss`
// in Vietnam time become instants (ms); empty dates ('' or null) become null.
import { z } from 'zod';
import { parseDvcDate } from '../domain/integrations/dvc-date.js';

const required = (what: string) => ({
  error: (iss: { input?: unknown }) =>
    iss.input === undefined || iss.input === null ? `Thiếu ${what}` : `${what} phải là chuỗi ký tự`,
});
const text = (what: string, max: number) =>
  z
    .string(required(what))
    .trim()
    .min(1, `${what} không được để trống`)
    .max(max, `${what} quá dài (tối đa ${max} ký tự)`);
const optionalText = (max: number) =>
  z.preprocess((v) => (v === '' ? null : v), z.string().trim().max(max).nullable().optional());

const dvcDate = (what: string) =>
  z
    .string(required(what))
    .regex(/^\d{14}$/, `${what} phải có dạng yyyyMMddHHmmss`)
    .transform((s, ctx) => {
      const at = parseDvcDate(s);
      if (at === null) {
        ctx.addIssue({ code: 'custom', message: `${what} không tồn tại trong lịch (${s})` });
        return z.NEVER;
      }
      return at;
    });
const optionalDate = (what: string) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), dvcDate(what).nullable());

/** A small code sent as a number or a string of digits. */
const smallCode = (what: string, min: number, max: number) =>
  z
    .union(
      [
        z.number(),
        z
          .string()
          .regex(/^\d{1,3}$/)
          .transform(Number),
      ],
      {
        error: (iss) =>
          iss.input === undefined ? `Thiếu ${what}` : `${what} phải là số từ ${min} đến ${max}`,
      },
    )
    .pipe(
      z
        .number()
        .int()
        .min(min, `${what} phải từ ${min} đến ${max}`)
        .max(max, `${what} phải từ ${min} đến ${max}`),
    );

/** 1 / true = yes; 0, 2 / false = no (portals send both forms). */
const flag = (what: string) =>
  z
    .union([z.boolean(), z.literal([0, 1, 2, '0', '1', '2'])], {
      error: (iss) => (iss.input === undefined ? `Thiếu ${what}` : `${what} phải là 0, 1, 2 hoặc true/false`),
    })
    .transform((v) => v === true || v === 1 || v === '1');

const document = z.object({
  TepDinhKemId: z.unknown().optional(),
  TenTepDinhKem: optionalText(500),
  MaThanhPhanHoSo: optionalText(100),
  DuongDanTaiTepTin: optionalText(2000),
  DuocSoHoa: flag('DuocSoHoa').optional(),
  DuocTaiSuDung: flag('DuocTaiSuDung').optional(),
  DuocLayTuKhoDMQG: flag('DuocLayTuKhoDMQG').optional(),
});
const fee = z.object({
  TenPhiLePhi: optionalText(500),
  MaPhiLePhi: optionalText(100),
  Gia: z
    .union(
      [
        z.number(),
        z
          .string()
          .regex(/^\d+(\.\d+)?$/)
          .transform(Number),
      ],
      {
        error: 'Gia (số tiền) phải là số không âm',
      },
    )
    .pipe(z.number().min(0, 'Gia (số tiền) phải là số không âm').max(1e12)),
  LoaiPhiLePhi: z.unknown().optional(),
});
const progress = z.object({
  NguoiXuLy: optionalText(200),
  ChucDanh: optionalText(200),
  ThoiDiemXuLy: optionalDate('ThoiDiemXuLy'),
  PhongBanXuLy: optionalText(300),
  NoiDungXuLy: optionalText(2000),
  TrangThai: z.unknown().optional(),
});

export const dvcRecord = z
  .object({
    MaHoSo: z
      .string(required('MaHoSo (mã hồ sơ)'))
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,59}$/, 'MaHoSo gồm 1–60 ký tự chữ, số, ". _ / -"'),
    MaTTHC: z
      .string(required('MaTTHC (mã thủ tục)'))
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/, 'MaTTHC gồm 1–60 ký tự chữ, số, ". _ -"'),
    TenTTHC: text('TenTTHC (tên thủ tục)', 1000),
    MaLinhVuc: text('MaLinhVuc (mã lĩnh vực)', 60),
    TenLinhVuc: text('TenLinhVuc (tên lĩnh vực)', 500),
    KenhThucHien: smallCode('KenhThucHien (kênh thực hiện)', 1, 3),
    ChuHoSo: text('ChuHoSo (chủ hồ sơ)', 300),
    SoGiayToChuHoSo: optionalText(30),
    LoaiDoiTuong: smallCode('LoaiDoiTuong (loại đối tượng)', 1, 9),
    SoDienThoai: optionalText(30),
    Email: optionalText(200),
    NgayNopHoSo: optionalDate('NgayNopHoSo'),
    NgayTiepNhan: dvcDate('NgayTiepNhan (ngày tiếp nhận)'),
    NgayHenTra: optionalDate('NgayHenTra (ngày hẹn trả)'),
    NgayKetThucXuLy: optionalDate('NgayKetThucXuLy (ngày kết thúc xử lý)'),
    NgayTra: optionalDate('NgayTra (ngày trả kết quả)'),
    NgayTuChoi: optionalDate('NgayTuChoi (ngày từ chối)'),
    TrangThaiHoSo: smallCode('TrangThaiHoSo (trạng thái hồ sơ)', 1, 10),
    DonViXuLy: text('DonViXuLy (mã đơn vị xử lý)', 20),
    DuocThanhToanTrucTuyen: flag('DuocThanhToanTrucTuyen'),
    HoSoCoThanhPhanSoHoa: flag('HoSoCoThanhPhanSoHoa'),
    TaiLieuNop: z.array(document).max(500).optional(),
    DanhSachLePhi: z.array(fee).max(100).optional(),
    QuaTrinhXuLy: z.array(progress).max(1000).optional(),
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.NgayHenTra !== null && r.NgayHenTra < r.NgayTiepNhan)
      issue('NgayHenTra', 'Ngày hẹn trả trước ngày tiếp nhận');
    if (r.NgayKetThucXuLy !== null && r.NgayKetThucXuLy < r.NgayTiepNhan)
      issue('NgayKetThucXuLy', 'Ngày kết thúc xử lý trước ngày tiếp nhận');
    if (r.NgayTra !== null && r.NgayTra < r.NgayTiepNhan)
      issue('NgayTra', 'Ngày trả kết quả trước ngày tiếp nhận');
    if (
      (r.TrangThaiHoSo === 9 || r.TrangThaiHoSo === 10) &&
      r.NgayKetThucXuLy === null &&
      r.NgayTuChoi === null
    )
      issue('NgayKetThucXuLy', 'Hồ sơ đã xử lý xong (trạng thái 9, 10) phải có ngày kết thúc xử lý');
    if (r.TrangThaiHoSo === 10 && r.NgayTra === null)
      issue('NgayTra', 'Hồ sơ đã trả kết quả (trạng thái 10) phải có ngày trả kết quả');
    if (r.NgayTuChoi !== null && ![3, 7, 8, 9, 10].includes(r.TrangThaiHoSo))
      issue('NgayTuChoi', 'Hồ sơ có ngày từ chối phải ở trạng thái 3, 7, 8, 9 hoặc 10');
  });
export type DvcRecord = z.output<typeof dvcRecord>;

/** Vietnamese reason of a failed parse: the first issues, with the field they concern. */
export function recordIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
