// Columns of a file exported by another system → the fields of the national sync record (DVCQG
// HoSoDongBoDVC). By default a column is found by the field's own name (case and surrounding spaces
// ignored); a column mapping saved per source names other headers, the date format of the file and its
// separator. Cells are turned into the strings the record rules expect (dates → yyyyMMddHHmmss).

export const FILE_FIELDS = [
  'MaHoSo',
  'MaTTHC',
  'TenTTHC',
  'MaLinhVuc',
  'TenLinhVuc',
  'KenhThucHien',
  'ChuHoSo',
  'SoGiayToChuHoSo',
  'LoaiDoiTuong',
  'SoDienThoai',
  'Email',
  'NgayNopHoSo',
  'NgayTiepNhan',
  'NgayHenTra',
  'NgayKetThucXuLy',
  'NgayTra',
  'NgayTuChoi',
  'TrangThaiHoSo',
  'DonViXuLy',
  'DuocThanhToanTrucTuyen',
  'HoSoCoThanhPhanSoHoa',
] as const;
export type FileField = (typeof FILE_FIELDS)[number];

/** Fields a file must have a column for (the record rules require them). */
export const REQUIRED_FILE_FIELDS: readonly FileField[] = [
  'MaHoSo',
  'MaTTHC',
  'TenTTHC',
  'MaLinhVuc',
  'TenLinhVuc',
  'KenhThucHien',
  'ChuHoSo',
  'LoaiDoiTuong',
  'NgayTiepNhan',
  'TrangThaiHoSo',
  'DonViXuLy',
  'DuocThanhToanTrucTuyen',
  'HoSoCoThanhPhanSoHoa',
];

export const DATE_FIELDS: readonly FileField[] = [
  'NgayNopHoSo',
  'NgayTiepNhan',
  'NgayHenTra',
  'NgayKetThucXuLy',
  'NgayTra',
  'NgayTuChoi',
];

export const FILE_DATE_FORMATS = ['yyyyMMddHHmmss', 'dd/MM/yyyy HH:mm:ss', 'yyyy-MM-dd HH:mm:ss'] as const;
export type FileDateFormat = (typeof FILE_DATE_FORMATS)[number];

export type ColumnMapping = {
  /** Header of the column holding each field; a field left out is looked up by its own name. */
  columns: Partial<Record<FileField, string>>;
  dateFormat: FileDateFormat;
  /** CSV separator; 'auto' guesses it from the header line. */
  delimiter: 'auto' | ',' | ';' | '\t';
};

export const DEFAULT_MAPPING: ColumnMapping = {
  columns: {},
  dateFormat: 'yyyyMMddHHmmss',
  delimiter: 'auto',
};

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

export type ResolvedColumns = {
  /** Column index per field (-1: no such column). */
  index: Record<FileField, number>;
  /** Required fields without a column (the file cannot be imported). */
  missing: FileField[];
};

export function resolveColumns(header: readonly string[], mapping: ColumnMapping): ResolvedColumns {
  const positions = new Map<string, number>();
  header.forEach((h, i) => {
    const k = norm(h);
    if (k && !positions.has(k)) positions.set(k, i);
  });
  const index = {} as Record<FileField, number>;
  const missing: FileField[] = [];
  for (const f of FILE_FIELDS) {
    const named = mapping.columns[f];
    const at = positions.get(norm(named?.trim() ? named : f)) ?? -1;
    index[f] = at;
    if (at < 0 && REQUIRED_FILE_FIELDS.includes(f)) missing.push(f);
  }
  return { index, missing };
}

/** Vietnamese description of the missing columns. */
export function missingColumnsMessage(missing: readonly FileField[], mapping: ColumnMapping): string {
  const names = missing.map((f) => {
    const named = mapping.columns[f];
    return named?.trim() && named !== f ? `${f} (cột "${named}")` : f;
  });
  return `Tệp thiếu cột bắt buộc: ${names.join(', ')}. Dòng đầu tiên của tệp phải là tên cột; đặt bảng ánh xạ cột cho hệ thống nguồn nếu tệp dùng tên cột khác.`;
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const p2 = (s: string | undefined) => (s ?? '0').padStart(2, '0');

/**
 * A date cell in the mapping's format → `yyyyMMddHHmmss`; text that does not match the format is returned
 * as it is (the record rules then reject it with their message). Empty stays empty.
 */
export function toDvcDateText(cell: string, format: FileDateFormat): string {
  if (format === 'yyyyMMddHHmmss') return cell;
  const s = cell.trim();
  if (s === '') return '';
  if (format === 'dd/MM/yyyy HH:mm:ss') {
    const m = DMY.exec(s);
    return m ? `${m[3]}${p2(m[2])}${p2(m[1])}${p2(m[4])}${p2(m[5])}${p2(m[6])}` : cell;
  }
  const m = YMD.exec(s);
  return m ? `${m[1]}${p2(m[2])}${p2(m[3])}${p2(m[4])}${p2(m[5])}${p2(m[6])}` : cell;
}

export type FileRow = Partial<Record<FileField, string>>;

/**
 * The cells of one row as a record object: every field with a column gets its text ('' when the row is
 * short); fields without a column are left out, as an API client would leave them out.
 */
export function rowObject(
  cells: readonly string[],
  columns: ResolvedColumns,
  mapping: ColumnMapping,
): FileRow {
  const o: FileRow = {};
  for (const f of FILE_FIELDS) {
    const i = columns.index[f];
    if (i < 0) continue;
    const v = cells[i] ?? '';
    o[f] =
      mapping.dateFormat !== 'yyyyMMddHHmmss' && DATE_FIELDS.includes(f)
        ? toDvcDateText(v, mapping.dateFormat)
        : v;
  }
  return o;
}
