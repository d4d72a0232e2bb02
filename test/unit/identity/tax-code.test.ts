import { describe, expect, it } from 'vitest';
import { isTaxCode, validateTaxCode } from '../../../src/domain/identity/index.js';

describe('validateTaxCode', () => {
  it('accepts a 10-digit code', () => {
    expect(validateTaxCode('0101234567')).toEqual({
      ok: true,
      value: { taxCode: '0101234567', base: '0101234567', suffix: null },
    });
  });

  it('accepts a 13-digit code of a dependent unit', () => {
    expect(validateTaxCode('0101234567-001')).toEqual({
      ok: true,
      value: { taxCode: '0101234567-001', base: '0101234567', suffix: '001' },
    });
  });

  it('accepts the highest dependent-unit suffix 999', () => {
    expect(validateTaxCode('0101234567-999').ok).toBe(true);
  });

  it('rejects the dependent-unit suffix 000', () => {
    const result = validateTaxCode('0101234567-000');
    expect(result).toEqual({
      ok: false,
      code: 'TAX_CODE_FORMAT',
      message: 'Ba chữ số sau dấu gạch ngang của mã số thuế phải từ 001 đến 999.',
    });
  });

  it('rejects a zero sequence number (N3–N9 = 0000000)', () => {
    const result = validateTaxCode('0100000005');
    expect(!result.ok && result.code).toBe('TAX_CODE_FORMAT');
    expect(validateTaxCode('0100000015').ok).toBe(true);
  });

  it('does not enforce the N10 check digit (algorithm not verified from the law)', () => {
    for (let n10 = 0; n10 <= 9; n10++) expect(validateTaxCode(`010123456${n10}`).ok).toBe(true);
  });

  it('trims surrounding whitespace', () => {
    const result = validateTaxCode(' 0101234567-002 ');
    expect(result.ok && result.value.taxCode).toBe('0101234567-002');
  });

  it.each([
    ['empty', ''],
    ['9 digits', '010123456'],
    ['11 digits', '01012345678'],
    ['13 digits without hyphen', '0101234567001'],
    ['2-digit suffix', '0101234567-01'],
    ['4-digit suffix', '0101234567-0001'],
    ['hyphen without suffix', '0101234567-'],
    ['space instead of hyphen', '0101234567 001'],
    ['en dash', '0101234567–001'],
    ['letters', '01012345AB'],
    ['12-digit citizen ID', '001095000123'],
  ])('rejects %s', (_label, input) => {
    const result = validateTaxCode(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('TAX_CODE_FORMAT');
    expect(!result.ok && result.message).toContain('Mã số thuế');
  });
});

describe('isTaxCode', () => {
  it('is the predicate form', () => {
    expect(isTaxCode('0101234567-001')).toBe(true);
    expect(isTaxCode('0101234567-000')).toBe(false);
  });
});
