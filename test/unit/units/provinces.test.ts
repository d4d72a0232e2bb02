import { describe, expect, it } from 'vitest';
import {
  findProvince,
  isOfficialProvinceCode,
  isProvinceCodeFormat,
  PROVINCES,
  validateUnit,
} from '../../../src/domain/units/index.js';

const EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ['01', 'Hà Nội'],
  ['04', 'Cao Bằng'],
  ['08', 'Tuyên Quang'],
  ['11', 'Điện Biên'],
  ['12', 'Lai Châu'],
  ['14', 'Sơn La'],
  ['15', 'Lào Cai'],
  ['19', 'Thái Nguyên'],
  ['20', 'Lạng Sơn'],
  ['22', 'Quảng Ninh'],
  ['24', 'Bắc Ninh'],
  ['25', 'Phú Thọ'],
  ['31', 'Hải Phòng'],
  ['33', 'Hưng Yên'],
  ['37', 'Ninh Bình'],
  ['38', 'Thanh Hóa'],
  ['40', 'Nghệ An'],
  ['42', 'Hà Tĩnh'],
  ['44', 'Quảng Trị'],
  ['46', 'Thành phố Huế'],
  ['48', 'Đà Nẵng'],
  ['51', 'Quảng Ngãi'],
  ['52', 'Gia Lai'],
  ['56', 'Khánh Hòa'],
  ['66', 'Đắk Lắk'],
  ['68', 'Lâm Đồng'],
  ['75', 'Đồng Nai'],
  ['79', 'Thành phố Hồ Chí Minh'],
  ['80', 'Tây Ninh'],
  ['82', 'Đồng Tháp'],
  ['86', 'Vĩnh Long'],
  ['91', 'An Giang'],
  ['92', 'Cần Thơ'],
  ['96', 'Cà Mau'],
];

describe('PROVINCES (Decision 19/2025/QĐ-TTg)', () => {
  it('lists the 34 provincial units with the codes and names of legal-rules §7.5, in code order', () => {
    expect(PROVINCES.map((p) => [p.code, p.name])).toEqual(EXPECTED);
  });

  it('has unique codes, all valid provincial-level codes', () => {
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    for (const p of PROVINCES) {
      expect(isProvinceCodeFormat(p.code)).toBe(true);
      expect(validateUnit({ code: p.code, kind: 'province' }).ok).toBe(true);
    }
  });

  it('has 6 centrally-run cities and 28 provinces', () => {
    const cities = PROVINCES.filter((p) => p.type === 'city').map((p) => p.code);
    expect(cities).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(PROVINCES.filter((p) => p.type === 'province')).toHaveLength(28);
  });

  it('builds full names with "Tỉnh" or "Thành phố" without doubling it', () => {
    expect(findProvince('01')?.fullName).toBe('Thành phố Hà Nội');
    expect(findProvince('04')?.fullName).toBe('Tỉnh Cao Bằng');
    expect(findProvince('46')?.fullName).toBe('Thành phố Huế');
    expect(findProvince('79')?.fullName).toBe('Thành phố Hồ Chí Minh');
    expect(findProvince('92')?.fullName).toBe('Thành phố Cần Thơ');
    for (const p of PROVINCES) expect(p.fullName).toMatch(/^(Tỉnh|Thành phố) \S/);
    for (const p of PROVINCES) expect(p.fullName).not.toMatch(/Thành phố Thành phố/);
  });

  it('stores names in Unicode NFC', () => {
    for (const p of PROVINCES) {
      expect(p.name).toBe(p.name.normalize('NFC'));
      expect(p.fullName).toBe(p.fullName.normalize('NFC'));
    }
  });

  it('rejects the wrong codes found in some third-party lists', () => {
    expect(isOfficialProvinceCode('27')).toBe(false); // not Bắc Ninh
    expect(isOfficialProvinceCode('64')).toBe(false); // not Gia Lai
    expect(findProvince('24')?.name).toBe('Bắc Ninh');
    expect(findProvince('52')?.name).toBe('Gia Lai');
  });

  it('finds nothing for unknown or malformed codes', () => {
    expect(findProvince('02')).toBeUndefined();
    expect(findProvince('1')).toBeUndefined();
    expect(findProvince('001')).toBeUndefined();
    expect(isOfficialProvinceCode('01')).toBe(true);
  });

  it('is immutable', () => {
    expect(Object.isFrozen(PROVINCES)).toBe(true);
    expect(PROVINCES.every((p) => Object.isFrozen(p))).toBe(true);
  });
});
