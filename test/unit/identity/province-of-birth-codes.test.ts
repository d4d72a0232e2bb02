import { describe, expect, it } from 'vitest';
import { PROVINCE_OF_BIRTH_CODES, provinceOfBirthName } from '../../../src/domain/identity/index.js';

const codes = Object.keys(PROVINCE_OF_BIRTH_CODES);
const names = Object.values(PROVINCE_OF_BIRTH_CODES);

describe('PROVINCE_OF_BIRTH_CODES (Circular 07/2016/TT-BCA Appendix I)', () => {
  it('lists the 63 pre-2025 provinces', () => {
    expect(codes).toHaveLength(63);
    expect(new Set(names).size).toBe(63);
  });

  it('uses 3-digit codes from 001 to 096', () => {
    for (const code of codes) expect(code).toMatch(/^0\d{2}$/);
    expect(codes.map(Number).sort((a, b) => a - b)[0]).toBe(1);
    expect(Math.max(...codes.map(Number))).toBe(96);
  });

  it('has the known gaps of the list', () => {
    for (const gap of ['003', '005', '007', '009', '013', '016', '018', '021', '023', '028', '029', '032']) {
      expect(provinceOfBirthName(gap)).toBeUndefined();
    }
  });

  it('matches the examples of legal-rules §7.4', () => {
    expect(provinceOfBirthName('001')).toBe('Hà Nội');
    expect(provinceOfBirthName('031')).toBe('Hải Phòng');
    expect(provinceOfBirthName('038')).toBe('Thanh Hóa');
    expect(provinceOfBirthName('048')).toBe('Đà Nẵng');
    expect(provinceOfBirthName('079')).toBe('Hồ Chí Minh');
    expect(provinceOfBirthName('087')).toBe('Đồng Tháp');
    expect(provinceOfBirthName('096')).toBe('Cà Mau');
  });

  it('keeps the provinces that were merged in 2025 under their old codes', () => {
    expect(provinceOfBirthName('002')).toBe('Hà Giang');
    expect(provinceOfBirthName('027')).toBe('Bắc Ninh');
    expect(provinceOfBirthName('064')).toBe('Gia Lai');
    expect(provinceOfBirthName('077')).toBe('Bà Rịa - Vũng Tàu');
    expect(provinceOfBirthName('046')).toBe('Thừa Thiên Huế');
  });

  it('stores names in Unicode NFC (precomposed Vietnamese letters)', () => {
    for (const name of names) expect(name).toBe(name.normalize('NFC'));
  });

  it('is frozen', () => {
    expect(Object.isFrozen(PROVINCE_OF_BIRTH_CODES)).toBe(true);
  });
});
