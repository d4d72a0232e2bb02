import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CitizenIdResult,
  isCitizenId,
  PROVINCE_OF_BIRTH_CODES,
  provinceOfBirthName,
  validateCitizenId,
} from '../../../src/domain/identity/index.js';

const context = { currentYear: 2026 };

function errorCode(result: CitizenIdResult): string | undefined {
  return result.ok ? undefined : result.code;
}

describe('validateCitizenId', () => {
  it('accepts a number registered in Hải Phòng (031), male born 1995', () => {
    expect(validateCitizenId('031095000123', context)).toEqual({
      ok: true,
      value: {
        id: '031095000123',
        provinceCode: '031',
        provinceName: 'Hải Phòng',
        sex: 'male',
        birthYear: 1995,
      },
    });
  });

  it('accepts 020 (Lạng Sơn)', () => {
    const result = validateCitizenId('020095000123', context);
    expect(result.ok && result.value).toMatchObject({ provinceCode: '020', provinceName: 'Lạng Sơn' });
  });

  it.each([
    ['001', 'Hà Nội'],
    ['038', 'Thanh Hóa'],
    ['048', 'Đà Nẵng'],
    ['079', 'Hồ Chí Minh'],
    ['087', 'Đồng Tháp'],
    ['096', 'Cà Mau'],
  ])('decodes the birth-registration province %s = %s', (code, name) => {
    const result = validateCitizenId(`${code}185000001`, context);
    expect(result.ok && result.value.provinceName).toBe(name);
  });

  it.each([
    ['0', 'male', 1985],
    ['1', 'female', 1985],
    ['2', 'male', 2005],
    ['3', 'female', 2005],
  ] as const)('decodes century/sex digit %s as %s, born %i', (digit, sex, birthYear) => {
    // PPP + G + YY + NNNNNN
    const result = validateCitizenId(`001${digit}${String(birthYear).slice(2)}123456`, context);
    expect(result.ok && result.value).toMatchObject({ sex, birthYear });
  });

  it.each([
    ['4', 'male', 2100],
    ['5', 'female', 2100],
    ['6', 'male', 2200],
    ['7', 'female', 2200],
    ['8', 'male', 2300],
    ['9', 'female', 2300],
  ] as const)(
    'decodes century/sex digit %s as %s from year %i when the current year allows it',
    (digit, sex, base) => {
      const result = validateCitizenId(`001${digit}07123456`, { currentYear: 2400 });
      expect(result.ok && result.value).toMatchObject({ sex, birthYear: base + 7 });
    },
  );

  it('accepts the oldest possible birth year, 1900', () => {
    const result = validateCitizenId('001000000001', context);
    expect(result.ok && result.value.birthYear).toBe(1900);
  });

  it('accepts a birth in the current year and rejects the next year', () => {
    expect(validateCitizenId('001226000001', context).ok).toBe(true);
    expect(errorCode(validateCitizenId('001227000001', context))).toBe('CITIZEN_ID_BIRTH_YEAR');
  });

  it('rejects century digit 2 with year 2030 when the current year is 2026', () => {
    const result = validateCitizenId('001230000123', context);
    expect(result).toEqual({
      ok: false,
      code: 'CITIZEN_ID_BIRTH_YEAR',
      message: expect.stringContaining('2030'),
    });
  });

  it('rejects the 2100s and later today', () => {
    expect(errorCode(validateCitizenId('001400000001', context))).toBe('CITIZEN_ID_BIRTH_YEAR');
    expect(errorCode(validateCitizenId('001999000001', context))).toBe('CITIZEN_ID_BIRTH_YEAR');
  });

  it('uses the year passed in, not the machine clock', () => {
    expect(validateCitizenId('001225000001', { currentYear: 2024 }).ok).toBe(false);
    expect(validateCitizenId('001225000001', { currentYear: 2025 }).ok).toBe(true);
  });

  it('trims surrounding whitespace', () => {
    const result = validateCitizenId('  001095000123\n', context);
    expect(result.ok && result.value.id).toBe('001095000123');
  });

  it.each([
    ['empty', ''],
    ['11 digits', '00109500012'],
    ['13 digits', '0010950001234'],
    ['a letter', '00109500012A'],
    ['inner spaces', '001 095 000 123'],
    ['a dash', '001-095000123'],
    ['full-width digits', '００１０９５０００１２３'],
    ['Arabic-Indic digits', '٠٠١٠٩٥٠٠٠١٢٣'],
  ])('rejects %s with CITIZEN_ID_FORMAT', (_label, input) => {
    const result = validateCitizenId(input, context);
    expect(errorCode(result)).toBe('CITIZEN_ID_FORMAT');
    expect(!result.ok && result.message).toBe(
      'Số định danh cá nhân (số căn cước công dân) phải gồm đúng 12 chữ số.',
    );
  });

  it.each(['000', '003', '005', '028', '097', '099', '100', '999'])(
    'rejects the unknown province prefix %s',
    (prefix) => {
      const result = validateCitizenId(`${prefix}095000123`, context);
      expect(errorCode(result)).toBe('CITIZEN_ID_PROVINCE');
      expect(!result.ok && result.message).toContain(`"${prefix}"`);
    },
  );

  it('reads the prefix with the 2016 list, never with the 2025 province codes', () => {
    // 91 is An Giang since 2025, but prefix 091 is Kiên Giang in Circular 07/2016 Appendix I.
    const result = validateCitizenId('091095000123', context);
    expect(result.ok && result.value.provinceName).toBe('Kiên Giang');
  });

  it('checks the province before the birth year', () => {
    expect(errorCode(validateCitizenId('003999000000', context))).toBe('CITIZEN_ID_PROVINCE');
  });

  it('accepts extra birth-registration codes supplied by the caller', () => {
    const withAbroad = {
      currentYear: 2026,
      extraBirthRegistrationCodes: { '999': 'Nước ngoài (thử nghiệm)' },
    };
    const result = validateCitizenId('999195000123', withAbroad);
    expect(result.ok && result.value).toMatchObject({ provinceCode: '999', sex: 'female', birthYear: 1995 });
    expect(validateCitizenId('999195000123', context).ok).toBe(false);
  });

  it('ignores inherited properties when looking up codes', () => {
    expect(errorCode(validateCitizenId('constructor!', context))).toBe('CITIZEN_ID_FORMAT');
    expect(provinceOfBirthName('toString')).toBeUndefined();
  });

  it('throws on a non-integer current year (a programming error)', () => {
    expect(() => validateCitizenId('001095000123', { currentYear: Number.NaN })).toThrow(RangeError);
    expect(() => validateCitizenId('001095000123', { currentYear: 2026.5 })).toThrow(RangeError);
  });

  it('decodes every listed province with every century/sex digit consistently (property)', () => {
    const codes = Object.keys(PROVINCE_OF_BIRTH_CODES);
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 999_999 }),
        (code, g, yy, serial) => {
          const id = `${code}${g}${String(yy).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
          const result = validateCitizenId(id, { currentYear: 2399 });
          const expectedYear = 1900 + Math.floor(g / 2) * 100 + yy;
          if (expectedYear > 2399) return errorCode(result) === 'CITIZEN_ID_BIRTH_YEAR';
          return (
            result.ok &&
            result.value.birthYear === expectedYear &&
            result.value.sex === (g % 2 === 0 ? 'male' : 'female') &&
            result.value.provinceName === PROVINCE_OF_BIRTH_CODES[code]
          );
        },
      ),
    );
  });
});

describe('isCitizenId', () => {
  it('is the predicate form', () => {
    expect(isCitizenId('020095000123', context)).toBe(true);
    expect(isCitizenId('001230000123', context)).toBe(false);
    expect(isCitizenId('12345', context)).toBe(false);
  });
});
