import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCatalogCsv, importCatalogCsv } from '../../../src/contract/catalog.js';
import { demoCatalog } from '../../../src/demo/procedures/index.js';
import { formatCsv, parseCsv } from '../../../src/domain/catalog/index.js';
import { sample } from './fixtures.js';

const tricky = sample({
  name: 'Chứng thực "bản sao", chữ ký, hợp đồng\nvà giao dịch — Đường Lê Lợi, phường Hồng Bàng',
  result: { code: 'KQ-1', name: ' Bản sao "có" chứng thực, lưu ' },
});

describe('CSV codec', () => {
  it('round-trips diacritics, commas, quotes, line breaks and spaces', () => {
    const rows = [
      ['a', 'Nguyễn Văn "A", Hà Nội', 'dòng 1\r\ndòng 2', ' lề ', ''],
      ['Đắk Lắk', 'x\ny', '"', ',', 'ỹ'],
    ];
    const text = formatCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.records.map((r) => r.fields)).toEqual(rows);
    expect(parsed.records.map((r) => r.line)).toEqual([1, 3]);
  });

  it('accepts LF line ends, no BOM and skips blank lines', () => {
    const parsed = parseCsv('a,b\n\n"c\nd",e\n');
    expect(parsed.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c\nd', 'e'] },
    ]);
  });

  it('reports an unterminated quote at the line where the field starts', () => {
    const parsed = parseCsv('a,b\r\nc,"d\r\ne\r\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors).toEqual([
        {
          line: 2,
          code: 'UNTERMINATED_QUOTE',
          message: 'Dòng 2: thiếu dấu ngoặc kép (") đóng ô bắt đầu ở dòng này',
        },
      ]);
  });

  it('reports stray quotes and text after a closing quote', () => {
    const parsed = parseCsv('a,b"c\n"d"e,f\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((e) => [e.line, e.code])).toEqual([
        [1, 'STRAY_QUOTE'],
        [2, 'TEXT_AFTER_QUOTE'],
      ]);
  });
});

describe('catalog CSV import/export', () => {
  it('round-trips the whole demo catalog identically', () => {
    const catalog = demoCatalog();
    const result = importCatalogCsv(exportCatalogCsv(catalog));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toStrictEqual(catalog);
  });

  it('round-trips Vietnamese text with commas, quotes and line breaks, with or without BOM', () => {
    for (const bom of [true, false]) {
      const text = exportCatalogCsv([tricky], { bom });
      const result = importCatalogCsv(text);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value).toStrictEqual([tricky]);
    }
  });

  it('writes one header line and one record per procedure', () => {
    const parsed = parseCsv(exportCatalogCsv([tricky, sample({ code: '1.001193' })]));
    expect(parsed.records[0]?.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[2]?.line).toBe(4);
  });

  it('names the line of a broken quote', () => {
    const good = exportCatalogCsv([sample(), sample({ code: '1.001193' })], { bom: false });
    const result = importCatalogCsv(good.replace('\r\n1.001193,', '\r\n1.00"1193,'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.message)).toEqual([
        'Dòng 3: dấu ngoặc kép (") nằm giữa ô không được đặt trong ngoặc kép',
      ]);
  });

  it('names the line of a record with the wrong number of columns', () => {
    const good = exportCatalogCsv([sample(), sample({ code: '1.001193' })], { bom: false });
    const lines = good.split('\r\n');
    const result = importCatalogCsv([lines[0], lines[1], 'x,"y\nz",w', lines[2], ''].join('\r\n'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.message)).toEqual([
        `Dòng 3: có 3 cột, cần ${CSV_COLUMNS.length} cột như dòng tiêu đề`,
      ]);
  });

  it('reports bad cells by line and column', () => {
    const text = exportCatalogCsv([sample()], { bom: false }).replace(',1,1,1,15:00,', ',có,1,1,15:00,');
    const result = importCatalogCsv(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatchObject({ line: 2, where: 'ThucHienQuaBCCI', code: 'INVALID_BOOLEAN' });
      expect(result.errors[0]?.message).toBe(
        'Dòng 2, cột ThucHienQuaBCCI: phải là 1 (có) hoặc 0 (không), nhận "có"',
      );
    }
  });

  it('reports invalid JSON cells and schema errors with the line', () => {
    const text = exportCatalogCsv([sample(), sample({ code: '1.001193' })], { bom: false });
    const [header, row1, row2] = text.split('\r\n');
    const badJson = row1!.replace('"{""MaKetQua""', '"{""MaKetQua""::');
    const badValue = row2!.replace('""SoTien"":2000', '""SoTien"":-2000');
    const result = importCatalogCsv([header, badJson, badValue, ''].join('\r\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.line, e.where])).toEqual([
        [2, 'KetQuaThucHien'],
        [3, 'PhiLePhi[0].SoTien'],
      ]);
      expect(result.errors[0]?.message).toBe('Dòng 2, cột KetQuaThucHien: không phải JSON hợp lệ');
      expect(result.errors[1]?.message).toBe('Dòng 3, PhiLePhi[0].SoTien: Số tiền phải ≥ 0');
    }
  });

  it('reports domain errors at the record line', () => {
    const text = exportCatalogCsv([sample(), sample({ code: '1.001193', cutoff: null })]);
    const result = importCatalogCsv(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.every((e) => e.line === 3)).toBe(true);
      expect(result.errors[0]?.message).toMatch(/^Dòng 3, /);
    }
  });

  it('reports a missing header column and an empty file', () => {
    const missing = importCatalogCsv('MaTTHC,TenTTHC\r\n');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors[0]?.message).toMatch(/^Dòng 1: thiếu cột PhienBan, /);
    const empty = importCatalogCsv('\uFEFF');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors[0]?.message).toBe('Dòng 1: tệp CSV không có dòng tiêu đề');
  });
});
