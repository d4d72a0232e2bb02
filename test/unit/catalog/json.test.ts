import { describe, expect, it } from 'vitest';
import {
  exportCatalogJson,
  importCatalogJson,
  procedureFromNational,
  procedureToNational,
  thuTucHanhChinh,
} from '../../../src/contract/catalog.js';
import { demoCatalog } from '../../../src/demo/procedures/index.js';
import { sample } from './fixtures.js';

describe('national JSON import/export', () => {
  it('round-trips the whole demo catalog identically', () => {
    const catalog = demoCatalog();
    const text = exportCatalogJson(catalog);
    const result = importCatalogJson(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toStrictEqual(catalog);
  });

  it('uses the national field names and validates with the schema', () => {
    const t = procedureToNational(sample());
    expect(t.MaTTHC).toBe('2.000815');
    expect(t.TenLinhVuc).toBe('Chứng thực');
    expect(t.CapThucHien).toBe('Cấp xã');
    expect(t.MucDo).toBe(3);
    expect(t.ThoiGianGiaiQuyet).toEqual({
      TrucTiep: { SoLuong: 0, DonViTinh: 'Ngày làm việc' },
      TrucTuyen: null,
    });
    expect(thuTucHanhChinh.safeParse(t).success).toBe(true);
    expect(procedureFromNational(t)).toStrictEqual(sample());
  });

  it('accepts a UTF-8 BOM', () => {
    const result = importCatalogJson(`\uFEFF${exportCatalogJson([sample()])}`);
    expect(result.ok).toBe(true);
  });

  it('reports a syntax error in Vietnamese', () => {
    const result = importCatalogJson('{ "DanhSachTTHC": [ ');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.code).toBe('INVALID_JSON');
      expect(result.errors[0]?.message).toMatch(/^Tệp không phải JSON hợp lệ/);
    }
  });

  it('reports schema errors with their path and a Vietnamese message', () => {
    const t = procedureToNational(sample());
    const doc = { DanhSachTTHC: [{ ...t, MaTTHC: '2000815', PhiLePhi: [{ ...t.PhiLePhi[0], SoTien: -5 }] }] };
    const result = importCatalogJson(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.where)).toEqual([
        'DanhSachTTHC[0].MaTTHC',
        'DanhSachTTHC[0].PhiLePhi[0].SoTien',
      ]);
      expect(result.errors[0]?.message).toBe(
        'DanhSachTTHC[0].MaTTHC: Mã TTHC phải có dạng d.dddddd (ví dụ 1.001612)',
      );
      expect(result.errors[1]?.message).toContain('Số tiền phải ≥ 0');
    }
  });

  it('translates generic schema errors through the Vietnamese locale', () => {
    const t = procedureToNational(sample());
    const result = importCatalogJson(JSON.stringify({ DanhSachTTHC: [{ ...t, BonTaiCho: 'có' }] }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.where).toBe('DanhSachTTHC[0].BonTaiCho');
      expect(result.errors[0]?.message).not.toMatch(/Invalid|expected/);
    }
  });

  it('rejects semantically invalid procedures with domain codes', () => {
    const t = procedureToNational(sample({ cutoff: null }));
    const result = importCatalogJson(JSON.stringify({ DanhSachTTHC: [t] }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.code)).toContain('SAME_DAY_REQUIRES_CUTOFF');
      expect(result.errors[0]?.where).toMatch(/^DanhSachTTHC\[0\]/);
    }
  });
});
