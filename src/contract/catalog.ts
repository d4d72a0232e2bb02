/**
 * Procedure catalog import/export in the shape of the national procedure database (Cơ sở dữ liệu quốc gia
 * về thủ tục hành chính, CSDLQG về TTHC): zod schemas, the mapping to and from the domain model
 * (src/domain/catalog), JSON and CSV.
 *
 * ## Field mapping (JSON key → domain)
 * Keys marked * are the names used by the national database and the DVCQG packages as seen in provincial
 * systems (reference-system §1.1, §4; legal-rules §13.2); the others are MotCua extensions named in the
 * same style, because the national package has no such field (versions, "4 tại chỗ", processes …).
 *
 * | JSON key                              | domain                         | values                                   |
 * |---------------------------------------|--------------------------------|------------------------------------------|
 * | MaTTHC*                               | code                           | 'd.dddddd'                               |
 * | TenTTHC*                              | name                           |                                          |
 * | PhienBan                              | version                        | 1, 2, …                                  |
 * | NgayCoHieuLuc / NgayHetHieuLuc        | effectiveFrom / effectiveTo    | 'YYYY-MM-DD'; HetHieuLuc exclusive, null |
 * | MaLinhVuc* / TenLinhVuc*              | field.code / field.name        |                                          |
 * | CapThucHien*                          | level                          | 'Cấp xã', 'Cấp tỉnh', 'Cấp bộ', 'Cấp huyện', 'Khác' |
 * | CoCheThucHien                         | mechanism                      | 'Một cửa', 'Một cửa liên thông'          |
 * | MucDo*                                | onlineLevel                    | 4 toàn trình, 3 một phần, 2 thông tin    |
 * | ThucHienQuaBCCI                       | postalAllowed                  | boolean                                  |
 * | BonTaiCho                             | fourOnSite                     | boolean ("4 tại chỗ")                    |
 * | PhiDiaGioi                            | nonTerritorial                 | boolean                                  |
 * | ThoiGianGiaiQuyet*.TrucTiep/TrucTuyen | durations.counter/online       | { SoLuong, DonViTinh }; TrucTuyen null = same as TrucTiep |
 * | DonViTinh*                            | unit                           | 'Ngày làm việc', 'Giờ làm việc', 'Ngày'  |
 * | GioChot                               | cutoff                         | 'HH:mm' or null                          |
 * | PhiLePhi*[]                           | fees[]                         | MaPhiLePhi*, LoaiPhiLePhi ('Phí'/'Lệ phí'), TenPhiLePhi, SoTien* (VND), SoTienTrucTuyen, DonViTinh (per), MoTa*, MienGiam |
 * | ThanhPhanHoSo*[]                      | components[]                   | MaGiayTo*, TenGiayTo*, LoaiBan, MauDon* (template code), SoLuong, BatBuoc, TruongHop* (case codes or null) |
 * | KetQuaThucHien*                       | result                         | { MaKetQua*, TenKetQua* }                |
 * | TruongHop*[]                          | cases[]                        | MaTruongHop, TenTruongHop, ThoiGianGiaiQuyet, QuyTrinh[], CoQuanPhoiHop[] |
 * | QuyTrinh[]                            | cases[].process[]              | MaBuoc, TenBuoc, LoaiBuoc, VaiTro (role code, e.g. 'receiving_officer'), MaCoQuan, ThoiGian |
 * | CoQuanPhoiHop[]                       | cases[].agencies[]             | MaCoQuan, TenCoQuan, ThoiHan, CacBuoc[] { MaBuoc, TenBuoc, LoaiBuoc, ThoiGian } |
 * | LoaiBuoc                              | kind                           | 'Tiếp nhận', 'Phân công', 'Thẩm định', 'Lấy ý kiến', 'Phê duyệt', 'Ban hành', 'Trả kết quả' |
 *
 * A JSON document is `{ "DanhSachTTHC": [ …procedures… ] }`.
 *
 * ## CSV layout
 * One procedure version per row, UTF-8 with BOM, comma-separated, RFC 4180 quoting (see
 * src/domain/catalog/csv.ts). Columns, in this order (`CSV_COLUMNS`): the scalar keys above as plain text —
 * MaTTHC, PhienBan, NgayCoHieuLuc, NgayHetHieuLuc (empty = null), TenTTHC, MaLinhVuc, TenLinhVuc,
 * CapThucHien, CoCheThucHien, MucDo, ThucHienQuaBCCI / BonTaiCho / PhiDiaGioi ('1' or '0'), GioChot
 * (empty = null) — then the nested keys as JSON text: ThoiGianGiaiQuyet, PhiLePhi, ThanhPhanHoSo,
 * KetQuaThucHien, TruongHop. Errors name the line (1 = header) and the column.
 */
import { z } from 'zod';
import { type CsvRecord, formatCsv, parseCsv } from '../domain/catalog/csv.js';
import type {
  Allotment,
  ComponentKind,
  Duration,
  DurationUnit,
  FeeKind,
  ImplementingLevel,
  Mechanism,
  OnlineLevel,
  ProcedureVersion,
  StepKind,
} from '../domain/catalog/types.js';
import { validateCatalog } from '../domain/catalog/validate.js';
import { roleCode } from './auth.js';

// ---------------------------------------------------------------------------------------------------
// Value vocabularies (domain value ↔ national text)

function vocabulary<D extends string, N extends string | number>(pairs: Record<D, N>) {
  const toDomain = new Map<N, D>();
  for (const [d, n] of Object.entries(pairs) as [D, N][]) toDomain.set(n, d);
  return {
    values: Object.values(pairs) as [N, ...N[]],
    toNational: (d: D): N => pairs[d],
    toDomain: (n: N): D => toDomain.get(n) as D,
  };
}

const LEVELS = vocabulary<ImplementingLevel, string>({
  commune: 'Cấp xã',
  province: 'Cấp tỉnh',
  ministry: 'Cấp bộ',
  district: 'Cấp huyện',
  other: 'Khác',
});
const MECHANISMS = vocabulary<Mechanism, string>({ one_stop: 'Một cửa', inter_agency: 'Một cửa liên thông' });
const ONLINE_LEVELS = vocabulary<OnlineLevel, number>({ full: 4, partial: 3, none: 2 });
const DURATION_UNITS = vocabulary<DurationUnit, string>({
  working_days: 'Ngày làm việc',
  working_hours: 'Giờ làm việc',
  calendar_days: 'Ngày',
});
const FEE_KINDS = vocabulary<FeeKind, string>({ fee: 'Phí', charge: 'Lệ phí' });
const COMPONENT_KINDS = vocabulary<ComponentKind, string>({
  original: 'Bản chính',
  copy: 'Bản sao',
  certified_copy: 'Bản sao có chứng thực',
  template_form: 'Mẫu đơn, tờ khai',
});
const STEP_KINDS = vocabulary<StepKind, string>({
  receive: 'Tiếp nhận',
  assign: 'Phân công',
  appraise: 'Thẩm định',
  consult: 'Lấy ý kiến',
  approve: 'Phê duyệt',
  issue: 'Ban hành',
  return: 'Trả kết quả',
});

// ---------------------------------------------------------------------------------------------------
// Schemas

const text = z.string().regex(/\S/, 'Không được để trống');
const optionalText = z.string().nullable();
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:mm');
const vnd = z.number().int('Số tiền phải là số nguyên đồng').min(0, 'Số tiền phải ≥ 0');

export const thoiGian = z
  .object({
    SoLuong: z.number().min(0, 'Thời gian phải ≥ 0'),
    DonViTinh: z.enum(DURATION_UNITS.values),
  })
  .describe('Thời gian: số lượng và đơn vị tính');

const thoiHan = z.object({
  SoLuong: z.number().min(0, 'Thời gian phải ≥ 0'),
  DonViTinh: z.enum(['Ngày làm việc', 'Giờ làm việc']),
});

export const thoiGianGiaiQuyet = z.object({
  TrucTiep: thoiGian.describe('Nộp trực tiếp hoặc qua bưu chính'),
  TrucTuyen: thoiGian.nullable().describe('Nộp trực tuyến; null = như TrucTiep'),
});

export const phiLePhi = z.object({
  MaPhiLePhi: text,
  LoaiPhiLePhi: z.enum(FEE_KINDS.values),
  TenPhiLePhi: text,
  SoTien: vnd.describe('VND'),
  SoTienTrucTuyen: vnd.nullable().describe('VND khi nộp trực tuyến; null = như SoTien'),
  DonViTinh: optionalText.describe("Tính theo, ví dụ 'trang', 'bản'; null = mỗi hồ sơ"),
  MoTa: optionalText,
  MienGiam: optionalText.describe('Đối tượng miễn, giảm'),
});

export const thanhPhanHoSo = z.object({
  MaGiayTo: text,
  TenGiayTo: text,
  LoaiBan: z.enum(COMPONENT_KINDS.values),
  MauDon: optionalText.describe('Mã mẫu đơn, tờ khai'),
  SoLuong: z.number().int().min(1, 'Số lượng phải ≥ 1'),
  BatBuoc: z.boolean(),
  TruongHop: z.array(z.string()).nullable().describe('Mã các trường hợp áp dụng; null = mọi trường hợp'),
});

const buocXuLy = {
  MaBuoc: text,
  TenBuoc: text,
  LoaiBuoc: z.enum(STEP_KINDS.values),
  ThoiGian: thoiHan,
};

export const quyTrinh = z.object({
  ...buocXuLy,
  VaiTro: roleCode.nullable().describe('Vai trò cán bộ thực hiện (mã vai trò của MotCua)'),
  MaCoQuan: optionalText.describe('Cơ quan phối hợp thực hiện bước này (liên thông)'),
});

export const coQuanPhoiHop = z.object({
  MaCoQuan: text,
  TenCoQuan: text,
  ThoiHan: thoiHan,
  CacBuoc: z.array(z.object(buocXuLy)),
});

export const truongHop = z.object({
  MaTruongHop: text,
  TenTruongHop: text,
  ThoiGianGiaiQuyet: thoiGianGiaiQuyet,
  QuyTrinh: z.array(quyTrinh),
  CoQuanPhoiHop: z.array(coQuanPhoiHop),
});

export const ketQuaThucHien = z.object({ MaKetQua: optionalText, TenKetQua: text });

export const thuTucHanhChinh = z
  .object({
    MaTTHC: z.string().regex(/^\d\.\d{6}$/, 'Mã TTHC phải có dạng d.dddddd (ví dụ 1.001612)'),
    PhienBan: z.number().int().min(1, 'Phiên bản phải ≥ 1'),
    NgayCoHieuLuc: localDate,
    NgayHetHieuLuc: localDate.nullable(),
    TenTTHC: text,
    MaLinhVuc: text,
    TenLinhVuc: text,
    CapThucHien: z.enum(LEVELS.values),
    CoCheThucHien: z.enum(MECHANISMS.values),
    MucDo: z.union([z.literal(4), z.literal(3), z.literal(2)]),
    ThucHienQuaBCCI: z.boolean(),
    BonTaiCho: z.boolean(),
    PhiDiaGioi: z.boolean(),
    ThoiGianGiaiQuyet: thoiGianGiaiQuyet,
    GioChot: clockTime.nullable(),
    PhiLePhi: z.array(phiLePhi),
    ThanhPhanHoSo: z.array(thanhPhanHoSo),
    KetQuaThucHien: ketQuaThucHien,
    TruongHop: z.array(truongHop).min(1, 'Phải có ít nhất một trường hợp'),
  })
  .describe('Một phiên bản thủ tục hành chính, theo cấu trúc CSDLQG về TTHC');
export type ThuTucHanhChinh = z.infer<typeof thuTucHanhChinh>;

export const catalogDocument = z.object({ DanhSachTTHC: z.array(thuTucHanhChinh) });
export type CatalogDocument = z.infer<typeof catalogDocument>;

// ---------------------------------------------------------------------------------------------------
// Mapping

type ThoiGian = z.infer<typeof thoiGian>;
type ThoiHan = z.infer<typeof thoiHan>;

const toThoiGian = (d: Duration): ThoiGian => ({
  SoLuong: d.amount,
  DonViTinh: DURATION_UNITS.toNational(d.unit),
});
const fromThoiGian = (t: ThoiGian): Duration => ({
  amount: t.SoLuong,
  unit: DURATION_UNITS.toDomain(t.DonViTinh),
});
const toThoiHan = (a: Allotment): ThoiHan => ({
  SoLuong: a.amount,
  DonViTinh: a.unit === 'working_days' ? 'Ngày làm việc' : 'Giờ làm việc',
});
const fromThoiHan = (t: ThoiHan): Allotment => ({
  amount: t.SoLuong,
  unit: t.DonViTinh === 'Ngày làm việc' ? 'working_days' : 'working_hours',
});

function toDurations(d: ProcedureVersion['durations']): z.infer<typeof thoiGianGiaiQuyet> {
  return { TrucTiep: toThoiGian(d.counter), TrucTuyen: d.online ? toThoiGian(d.online) : null };
}

function fromDurations(t: z.infer<typeof thoiGianGiaiQuyet>): ProcedureVersion['durations'] {
  const counter = fromThoiGian(t.TrucTiep);
  return t.TrucTuyen === null ? { counter } : { counter, online: fromThoiGian(t.TrucTuyen) };
}

export function procedureToNational(p: ProcedureVersion): ThuTucHanhChinh {
  return {
    MaTTHC: p.code,
    PhienBan: p.version,
    NgayCoHieuLuc: p.effectiveFrom,
    NgayHetHieuLuc: p.effectiveTo,
    TenTTHC: p.name,
    MaLinhVuc: p.field.code,
    TenLinhVuc: p.field.name,
    CapThucHien: LEVELS.toNational(p.level),
    CoCheThucHien: MECHANISMS.toNational(p.mechanism),
    MucDo: ONLINE_LEVELS.toNational(p.onlineLevel) as 4 | 3 | 2,
    ThucHienQuaBCCI: p.postalAllowed,
    BonTaiCho: p.fourOnSite,
    PhiDiaGioi: p.nonTerritorial,
    ThoiGianGiaiQuyet: toDurations(p.durations),
    GioChot: p.cutoff,
    PhiLePhi: p.fees.map((f) => ({
      MaPhiLePhi: f.code,
      LoaiPhiLePhi: FEE_KINDS.toNational(f.kind),
      TenPhiLePhi: f.name,
      SoTien: f.amount,
      SoTienTrucTuyen: f.onlineAmount,
      DonViTinh: f.per,
      MoTa: f.description,
      MienGiam: f.exemptions,
    })),
    ThanhPhanHoSo: p.components.map((c) => ({
      MaGiayTo: c.code,
      TenGiayTo: c.name,
      LoaiBan: COMPONENT_KINDS.toNational(c.kind),
      MauDon: c.templateCode,
      SoLuong: c.quantity,
      BatBuoc: c.required,
      TruongHop: c.caseCodes === null ? null : [...c.caseCodes],
    })),
    KetQuaThucHien: { MaKetQua: p.result.code, TenKetQua: p.result.name },
    TruongHop: p.cases.map((pc) => ({
      MaTruongHop: pc.code,
      TenTruongHop: pc.name,
      ThoiGianGiaiQuyet: toDurations(pc.durations),
      QuyTrinh: pc.process.map((s) => ({
        MaBuoc: s.code,
        TenBuoc: s.name,
        LoaiBuoc: STEP_KINDS.toNational(s.kind),
        VaiTro: s.role,
        MaCoQuan: s.agencyCode,
        ThoiGian: toThoiHan(s.allotted),
      })),
      CoQuanPhoiHop: pc.agencies.map((a) => ({
        MaCoQuan: a.code,
        TenCoQuan: a.name,
        ThoiHan: toThoiHan(a.deadline),
        CacBuoc: a.steps.map((s) => ({
          MaBuoc: s.code,
          TenBuoc: s.name,
          LoaiBuoc: STEP_KINDS.toNational(s.kind),
          ThoiGian: toThoiHan(s.allotted),
        })),
      })),
    })),
  };
}

export function procedureFromNational(t: ThuTucHanhChinh): ProcedureVersion {
  return {
    code: t.MaTTHC,
    version: t.PhienBan,
    effectiveFrom: t.NgayCoHieuLuc,
    effectiveTo: t.NgayHetHieuLuc,
    name: t.TenTTHC,
    field: { code: t.MaLinhVuc, name: t.TenLinhVuc },
    level: LEVELS.toDomain(t.CapThucHien),
    mechanism: MECHANISMS.toDomain(t.CoCheThucHien),
    onlineLevel: ONLINE_LEVELS.toDomain(t.MucDo),
    postalAllowed: t.ThucHienQuaBCCI,
    fourOnSite: t.BonTaiCho,
    nonTerritorial: t.PhiDiaGioi,
    durations: fromDurations(t.ThoiGianGiaiQuyet),
    cutoff: t.GioChot,
    fees: t.PhiLePhi.map((f) => ({
      code: f.MaPhiLePhi,
      kind: FEE_KINDS.toDomain(f.LoaiPhiLePhi),
      name: f.TenPhiLePhi,
      amount: f.SoTien,
      onlineAmount: f.SoTienTrucTuyen,
      per: f.DonViTinh,
      description: f.MoTa,
      exemptions: f.MienGiam,
    })),
    components: t.ThanhPhanHoSo.map((c) => ({
      code: c.MaGiayTo,
      name: c.TenGiayTo,
      kind: COMPONENT_KINDS.toDomain(c.LoaiBan),
      templateCode: c.MauDon,
      quantity: c.SoLuong,
      required: c.BatBuoc,
      caseCodes: c.TruongHop,
    })),
    result: { code: t.KetQuaThucHien.MaKetQua, name: t.KetQuaThucHien.TenKetQua },
    cases: t.TruongHop.map((pc) => ({
      code: pc.MaTruongHop,
      name: pc.TenTruongHop,
      durations: fromDurations(pc.ThoiGianGiaiQuyet),
      process: pc.QuyTrinh.map((s) => ({
        code: s.MaBuoc,
        name: s.TenBuoc,
        kind: STEP_KINDS.toDomain(s.LoaiBuoc),
        role: s.VaiTro,
        agencyCode: s.MaCoQuan,
        allotted: fromThoiHan(s.ThoiGian),
      })),
      agencies: pc.CoQuanPhoiHop.map((a) => ({
        code: a.MaCoQuan,
        name: a.TenCoQuan,
        deadline: fromThoiHan(a.ThoiHan),
        steps: a.CacBuoc.map((s) => ({
          code: s.MaBuoc,
          name: s.TenBuoc,
          kind: STEP_KINDS.toDomain(s.LoaiBuoc),
          allotted: fromThoiHan(s.ThoiGian),
        })),
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Import results and Vietnamese errors

export interface CatalogImportError {
  /** CSV: line (1 = header) where the record starts; JSON: null. */
  readonly line: number | null;
  /** CSV column or JSON path, e.g. 'PhiLePhi' or 'DanhSachTTHC[3].TruongHop[0].QuyTrinh'; null = whole line/file. */
  readonly where: string | null;
  readonly code: string;
  readonly message: string;
}

export type CatalogImportResult =
  | { readonly ok: true; readonly value: ProcedureVersion[] }
  | { readonly ok: false; readonly errors: CatalogImportError[] };

const viErrors = z.locales.vi().localeError;

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path)
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

function zodErrors(error: z.ZodError, line: number | null, prefix: string): CatalogImportError[] {
  return error.issues.map((issue) => {
    const where = formatPath([...(prefix === '' ? [] : [prefix]), ...issue.path]);
    const location = line === null ? '' : `Dòng ${line}, `;
    return {
      line,
      where: where === '' ? null : where,
      code: 'INVALID_VALUE',
      message: `${location}${where === '' ? 'dữ liệu' : where}: ${issue.message}`,
    };
  });
}

/** Domain validation of parsed versions; `lineOf(i)` gives the CSV line of version i (null for JSON). */
function domainErrors(
  versions: ProcedureVersion[],
  lineOf: (index: number) => number | null,
  pathOf: (index: number, rest: string) => string,
): CatalogImportError[] {
  return validateCatalog(versions).map((issue) => {
    const m = /^\[(\d+)\]\.?(.*)$/.exec(issue.path);
    const index = m ? Number(m[1]) : 0;
    const line = lineOf(index);
    const where = pathOf(index, m?.[2] ?? '');
    return {
      line,
      where,
      code: issue.code,
      message: `${line === null ? '' : `Dòng ${line}, `}${where}: ${issue.message}`,
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// JSON

export function exportCatalogJson(versions: readonly ProcedureVersion[]): string {
  const doc: CatalogDocument = { DanhSachTTHC: versions.map(procedureToNational) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function importCatalogJson(input: string): CatalogImportResult {
  let data: unknown;
  try {
    data = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [
        { line: null, where: null, code: 'INVALID_JSON', message: `Tệp không phải JSON hợp lệ: ${detail}` },
      ],
    };
  }
  const parsed = catalogDocument.safeParse(data, { error: viErrors });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error, null, '') };
  const versions = parsed.data.DanhSachTTHC.map(procedureFromNational);
  const errors = domainErrors(
    versions,
    () => null,
    (i, rest) => `DanhSachTTHC[${i}]${rest === '' ? '' : ` (${rest})`}`,
  );
  return errors.length === 0 ? { ok: true, value: versions } : { ok: false, errors };
}

// ---------------------------------------------------------------------------------------------------
// CSV

const JSON_COLUMNS = [
  'ThoiGianGiaiQuyet',
  'PhiLePhi',
  'ThanhPhanHoSo',
  'KetQuaThucHien',
  'TruongHop',
] as const;
const BOOLEAN_COLUMNS = ['ThucHienQuaBCCI', 'BonTaiCho', 'PhiDiaGioi'] as const;
const NUMBER_COLUMNS = ['PhienBan', 'MucDo'] as const;
const NULLABLE_COLUMNS = ['NgayHetHieuLuc', 'GioChot'] as const;

export const CSV_COLUMNS = [
  'MaTTHC',
  'PhienBan',
  'NgayCoHieuLuc',
  'NgayHetHieuLuc',
  'TenTTHC',
  'MaLinhVuc',
  'TenLinhVuc',
  'CapThucHien',
  'CoCheThucHien',
  'MucDo',
  'ThucHienQuaBCCI',
  'BonTaiCho',
  'PhiDiaGioi',
  'GioChot',
  ...JSON_COLUMNS,
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function cellOf(t: ThuTucHanhChinh, column: CsvColumn): string {
  const value = t[column];
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return JSON.stringify(value);
}

export function exportCatalogCsv(
  versions: readonly ProcedureVersion[],
  options: { bom?: boolean } = {},
): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const v of versions) {
    const t = procedureToNational(v);
    rows.push(CSV_COLUMNS.map((column) => cellOf(t, column)));
  }
  return formatCsv(rows, options);
}

function rowToObject(
  record: CsvRecord,
  index: ReadonlyMap<CsvColumn, number>,
): { value: Record<string, unknown>; errors: CatalogImportError[] } {
  const value: Record<string, unknown> = {};
  const errors: CatalogImportError[] = [];
  const line = record.line;
  for (const column of CSV_COLUMNS) {
    const raw = record.fields[index.get(column) ?? -1] ?? '';
    if (includes(JSON_COLUMNS, column)) {
      try {
        value[column] = JSON.parse(raw);
      } catch {
        errors.push({
          line,
          where: column,
          code: 'INVALID_JSON',
          message: `Dòng ${line}, cột ${column}: không phải JSON hợp lệ`,
        });
      }
    } else if (includes(BOOLEAN_COLUMNS, column)) {
      if (raw !== '1' && raw !== '0')
        errors.push({
          line,
          where: column,
          code: 'INVALID_BOOLEAN',
          message: `Dòng ${line}, cột ${column}: phải là 1 (có) hoặc 0 (không), nhận "${raw}"`,
        });
      value[column] = raw === '1';
    } else if (includes(NUMBER_COLUMNS, column)) {
      if (!/^\d+$/.test(raw))
        errors.push({
          line,
          where: column,
          code: 'INVALID_NUMBER',
          message: `Dòng ${line}, cột ${column}: phải là số nguyên, nhận "${raw}"`,
        });
      value[column] = Number(raw);
    } else if (includes(NULLABLE_COLUMNS, column)) {
      value[column] = raw === '' ? null : raw;
    } else {
      value[column] = raw;
    }
  }
  return { value, errors };
}

export function importCatalogCsv(input: string): CatalogImportResult {
  const parsed = parseCsv(input);
  // A broken quote makes every later line boundary uncertain: report the structure errors alone.
  if (!parsed.ok)
    return {
      ok: false,
      errors: parsed.errors.map((e) => ({ line: e.line, where: null, code: e.code, message: e.message })),
    };
  const errors: CatalogImportError[] = [];
  const [header, ...records] = parsed.records;
  if (header === undefined)
    return {
      ok: false,
      errors: [
        { line: 1, where: null, code: 'EMPTY_FILE', message: 'Dòng 1: tệp CSV không có dòng tiêu đề' },
      ],
    };
  const index = new Map<CsvColumn, number>();
  header.fields.forEach((name, i) => {
    if (includes(CSV_COLUMNS, name.trim())) index.set(name.trim() as CsvColumn, i);
  });
  const missing = CSV_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0)
    return {
      ok: false,
      errors: [
        {
          line: header.line,
          where: null,
          code: 'MISSING_COLUMNS',
          message: `Dòng ${header.line}: thiếu cột ${missing.join(', ')}`,
        },
      ],
    };
  const versions: ProcedureVersion[] = [];
  const lines: number[] = [];
  for (const record of records) {
    if (record.fields.length !== header.fields.length) {
      errors.push({
        line: record.line,
        where: null,
        code: 'COLUMN_COUNT',
        message: `Dòng ${record.line}: có ${record.fields.length} cột, cần ${header.fields.length} cột như dòng tiêu đề`,
      });
      continue;
    }
    const row = rowToObject(record, index);
    if (row.errors.length > 0) {
      errors.push(...row.errors);
      continue;
    }
    const result = thuTucHanhChinh.safeParse(row.value, { error: viErrors });
    if (!result.success) {
      errors.push(...zodErrors(result.error, record.line, ''));
      continue;
    }
    versions.push(procedureFromNational(result.data));
    lines.push(record.line);
  }
  if (errors.length > 0) return { ok: false, errors };
  const semantic = domainErrors(
    versions,
    (i) => lines[i] ?? null,
    (_i, rest) => (rest === '' ? 'dữ liệu' : rest),
  );
  return semantic.length === 0 ? { ok: true, value: versions } : { ok: false, errors: semantic };
}
