// File import of other systems' exports: the CSV reader, the column mapping and the fast acceptance of a
// row, which must never accept what the inbound API's record rules reject, nor produce another record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dvcRecord } from '../../../src/contract/dvc-record.js';
import {
  acceptFileRow,
  CsvReader,
  csvField,
  DEFAULT_MAPPING,
  type FileRow,
  guessDelimiter,
  missingColumnsMessage,
  parseCsv,
  parseDvcDate,
  resolveColumns,
  rowObject,
  toDvcDateText,
} from '../../../src/domain/integrations/index.js';

describe('CsvReader', () => {
  it('drops the BOM, guesses ; and reads quoted separators, quotes and line breaks', () => {
    const text =
      '\uFEFFMaHoSo;ChuHoSo;Ghi chú\r\nA-1;"Nguyễn Văn ""Tí""";"dòng 1\r\ndòng 2; còn nữa"\r\n\r\nA-2;Lê Thị B;\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['MaHoSo', 'ChuHoSo', 'Ghi chú'] },
      { line: 2, cells: ['A-1', 'Nguyễn Văn "Tí"', 'dòng 1\r\ndòng 2; còn nữa'] },
      { line: 5, cells: ['A-2', 'Lê Thị B', ''] },
    ]);
  });

  it('reads a comma file without a final line break and keeps empty cells', () => {
    expect(parseCsv('a,b,c\n1,,3\n,,\n"x",y,"z"')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '', '3'] },
      { line: 3, cells: ['', '', ''] },
      { line: 4, cells: ['x', 'y', 'z'] },
    ]);
  });

  it('guesses the separator from the header line', () => {
    expect(guessDelimiter('a;b;c')).toBe(';');
    expect(guessDelimiter('a,b;c,d')).toBe(',');
    expect(guessDelimiter('a\tb\tc')).toBe('\t');
    expect(guessDelimiter('"a;b",c')).toBe(',');
    expect(guessDelimiter('only')).toBe(',');
  });

  it('gives the same rows whatever the text is cut into', () => {
    const rows = fc.array(
      fc.array(fc.oneof(fc.string(), fc.constantFrom('a;b', 'x"y', 'l1\nl2', 'c\r\nd', '', ' ')), {
        minLength: 2,
        maxLength: 4,
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(rows, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (data, cuts, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = `${['h1', 'h2'].join(';')}${eol}${data.map((r) => r.map((c) => csvField(c, ';')).join(';')).join(eol)}`;
        const whole = parseCsv(text, ';');
        const reader = new CsvReader(';');
        const pieces: string[] = [];
        let at = 0;
        for (const c of [...cuts].sort((a, b) => a - b)) {
          const to = Math.min(text.length, c);
          if (to > at) pieces.push(text.slice(at, to));
          at = Math.max(at, to);
        }
        pieces.push(text.slice(at));
        const streamed = [...pieces.flatMap((p) => reader.push(p)), ...reader.end()];
        expect(streamed).toEqual(whole);
        // Every written row comes back (rows that are one empty cell are blank lines, skipped).
        const expected = data.filter((r) => !(r.length === 1 && r[0] === ''));
        expect(whole.slice(1).map((r) => r.cells)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('column mapping', () => {
  const header = ['Mã hồ sơ', 'MaTTHC', 'tenTTHC ', 'MaLinhVuc', 'TenLinhVuc', 'KenhThucHien', 'Chủ hồ sơ'];

  it('finds columns by field name (case, spaces) or by the mapped header, and names the missing ones', () => {
    const mapping = { ...DEFAULT_MAPPING, columns: { MaHoSo: 'mã hồ sơ', ChuHoSo: 'Chủ hồ sơ' } };
    const r = resolveColumns(header, mapping);
    expect(r.index.MaHoSo).toBe(0);
    expect(r.index.TenTTHC).toBe(2);
    expect(r.index.ChuHoSo).toBe(6);
    expect(r.index.Email).toBe(-1);
    expect(r.missing).toEqual([
      'LoaiDoiTuong',
      'NgayTiepNhan',
      'TrangThaiHoSo',
      'DonViXuLy',
      'DuocThanhToanTrucTuyen',
      'HoSoCoThanhPhanSoHoa',
    ]);
    expect(
      missingColumnsMessage(['MaHoSo'], { ...DEFAULT_MAPPING, columns: { MaHoSo: 'Số hồ sơ' } }),
    ).toMatch(/thiếu cột bắt buộc: MaHoSo \(cột "Số hồ sơ"\)/);
  });

  it('converts dates of the mapping’s format and leaves unmapped fields out', () => {
    expect(toDvcDateText('02/03/2026 08:05:09', 'dd/MM/yyyy HH:mm:ss')).toBe('20260302080509');
    expect(toDvcDateText('2/3/2026', 'dd/MM/yyyy HH:mm:ss')).toBe('20260302000000');
    expect(toDvcDateText('2026-03-02 08:05', 'yyyy-MM-dd HH:mm:ss')).toBe('20260302080500');
    expect(toDvcDateText('hôm qua', 'dd/MM/yyyy HH:mm:ss')).toBe('hôm qua');
    expect(toDvcDateText('  ', 'dd/MM/yyyy HH:mm:ss')).toBe('');
    expect(toDvcDateText('20260302080509', 'yyyyMMddHHmmss')).toBe('20260302080509');
    const cols = resolveColumns(['MaHoSo', 'NgayTiepNhan'], DEFAULT_MAPPING);
    const mapping = { ...DEFAULT_MAPPING, dateFormat: 'dd/MM/yyyy HH:mm:ss' as const };
    expect(rowObject(['A-1', '02/03/2026 08:00:00'], cols, mapping)).toEqual({
      MaHoSo: 'A-1',
      NgayTiepNhan: '20260302080000',
    });
    expect(rowObject(['A-1'], cols, DEFAULT_MAPPING)).toEqual({ MaHoSo: 'A-1', NgayTiepNhan: '' });
  });
});

const VALID: FileRow = {
  MaHoSo: 'H-0001',
  MaTTHC: '1.001193',
  TenTTHC: 'Đăng ký khai sinh',
  MaLinhVuc: 'HT',
  TenLinhVuc: 'Hộ tịch',
  KenhThucHien: '2',
  ChuHoSo: 'Trần Thị Bích',
  SoGiayToChuHoSo: '020190012345',
  LoaiDoiTuong: '1',
  NgayTiepNhan: '20260202080000',
  NgayHenTra: '20260207080000',
  NgayKetThucXuLy: '20260205080000',
  NgayTra: '20260206080000',
  NgayTuChoi: '',
  TrangThaiHoSo: '10',
  DonViXuLy: '06001',
  DuocThanhToanTrucTuyen: '1',
  HoSoCoThanhPhanSoHoa: '0',
};

describe('acceptFileRow', () => {
  it('accepts a valid row with exactly the record of the API rules', () => {
    const fast = acceptFileRow(VALID);
    expect(fast).not.toBeNull();
    expect(JSON.stringify(fast)).toBe(JSON.stringify(dvcRecord.parse(VALID)));
  });

  it('leaves every doubtful row to the full rules', () => {
    for (const over of [
      { MaHoSo: '' },
      { KenhThucHien: '4' },
      { NgayTiepNhan: '20260230080000' },
      { TrangThaiHoSo: '10', NgayTra: '' },
      { NgayTuChoi: '20260203080000', TrangThaiHoSo: '4' },
      { DuocThanhToanTrucTuyen: 'true' },
      { ChuHoSo: '   ' },
    ])
      expect(acceptFileRow({ ...VALID, ...over })).toBeNull();
  });

  it('never accepts what the record rules reject, and agrees on the record', () => {
    const cell = (...samples: string[]) =>
      fc.oneof(fc.constantFrom(...samples), fc.string({ maxLength: 4 }), fc.constant(undefined));
    const date = cell('20260202080000', '20260301235959', '20260230080000', '2026020208000', '', ' ');
    const row = fc.record(
      {
        MaHoSo: cell('H-1', ' H/2 ', '-x', 'a'.repeat(61)),
        MaTTHC: cell('1.001193', '2_3', '.1'),
        TenTTHC: cell('Thủ tục', ' ', 'x'.repeat(1001)),
        MaLinhVuc: cell('HT', ''),
        TenLinhVuc: cell('Hộ tịch'),
        KenhThucHien: cell('1', '3', '4', '01', '1.0'),
        ChuHoSo: cell('Lê Văn A', '  B  '),
        SoGiayToChuHoSo: cell('', '  ', '0'.repeat(31), '001'),
        LoaiDoiTuong: cell('1', '9', '10', '0'),
        SoDienThoai: cell('', '0912'),
        Email: cell('', 'a@b.vn'),
        NgayNopHoSo: date,
        NgayTiepNhan: date,
        NgayHenTra: date,
        NgayKetThucXuLy: date,
        NgayTra: date,
        NgayTuChoi: date,
        TrangThaiHoSo: cell('2', '3', '7', '9', '10', '11'),
        DonViXuLy: cell('06001', '', 'x'.repeat(21)),
        DuocThanhToanTrucTuyen: cell('0', '1', '2', 'true'),
        HoSoCoThanhPhanSoHoa: cell('0', '1', '2', 'false'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(row, (raw) => {
        const r = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as FileRow;
        const fast = acceptFileRow(r);
        const full = dvcRecord.safeParse(r);
        if (fast) {
          expect(full.success).toBe(true);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(full.data));
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.record({
          KenhThucHien: fc.constantFrom('1', '2', '3'),
          TrangThaiHoSo: fc.constantFrom('2', '4', '9', '10'),
          SoGiayToChuHoSo: fc.constantFrom('', ' 0123 ', '0'.repeat(30)),
          NgayHenTra: fc.constantFrom('', '20260202080000', '20260101000000'),
        }),
        (over) => {
          const r = { ...VALID, ...over };
          const fast = acceptFileRow(r);
          const full = dvcRecord.safeParse(r);
          expect(fast !== null).toBe(full.success);
          if (fast) expect(JSON.stringify(fast)).toBe(JSON.stringify(full.data));
        },
      ),
    );
  }, 60_000);
});

describe('parseDvcDate', () => {
  /** Reference: the calendar check by a Date round trip. */
  function reference(text: string): number | null {
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
    if (!m) return null;
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
    if (y < 1900 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
    const utc = Date.UTC(y, mo - 1, d, h, mi, s);
    const back = new Date(utc);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
    return utc - 7 * 3_600_000;
  }

  it('reads Vietnam wall-clock time and refuses dates not in the calendar', () => {
    expect(parseDvcDate('20260302090000')).toBe(Date.parse('2026-03-02T02:00:00Z'));
    expect(parseDvcDate('20240229000000')).not.toBeNull();
    expect(parseDvcDate('20230229000000')).toBeNull();
    expect(parseDvcDate('21000229000000')).toBeNull();
    expect(parseDvcDate('2026030209000')).toBeNull();
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.tuple(
          fc.integer({ min: 1890, max: 2110 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.integer({ min: 0, max: 61 }),
        ),
        ([y, mo, d, h, mi, s]) => {
          const text = `${pad(y, 4)}${pad(mo, 2)}${pad(d, 2)}${pad(h, 2)}${pad(mi, 2)}${pad(s, 2)}`;
          expect(parseDvcDate(text)).toBe(reference(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
