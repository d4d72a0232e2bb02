import { describe, expect, it } from 'vitest';
import { isPhone, normalizePhone, validatePhone } from '../../../src/domain/identity/index.js';

describe('validatePhone', () => {
  it('returns the national, E.164 and type of a mobile number', () => {
    expect(validatePhone('0912345678')).toEqual({
      ok: true,
      value: { national: '0912345678', e164: '+84912345678', type: 'mobile' },
    });
  });

  it.each([
    ['0912345678'],
    ['+84912345678'],
    ['84912345678'],
    ['0084912345678'],
    ['+84 91 234 5678'],
    ['+84 (0) 912 345 678'],
    ['+840912345678'],
    ['0912.345.678'],
    ['0912-345-678'],
    ['(091) 234 5678'],
    ['  0912 345 678  '],
  ])('normalises %s to 0912345678', (input) => {
    expect(normalizePhone(input)).toBe('0912345678');
  });

  it.each(['0321234567', '0561234567', '0701234567', '0861234567', '0981234567'])(
    'accepts the mobile number %s',
    (input) => {
      const result = validatePhone(input);
      expect(result.ok && result.value.type).toBe('mobile');
    },
  );

  it.each([
    ['02438253536', '02438253536'],
    ['024 3825 3536', '02438253536'],
    ['(028) 3829 6052', '02838296052'],
    ['0236 382 2032', '02363822032'],
    ['+84 24 3825 3536', '02438253536'],
    ['+842363822032', '02363822032'],
  ])('accepts the landline %s as %s', (input, national) => {
    const result = validatePhone(input);
    expect(result.ok && result.value).toEqual({
      national,
      e164: `+84${national.slice(1)}`,
      type: 'landline',
    });
  });

  it.each([
    ['empty', ''],
    ['9-digit mobile', '091234567'],
    ['11-digit mobile', '09123456789'],
    ['10-digit landline', '0243825353'],
    ['12-digit landline', '024382535361'],
    ['second digit 1', '0112345678'],
    ['second digit 4', '0412345678'],
    ['second digit 6', '0612345678'],
    ['missing leading zero', '912345678'],
    ['hotline 1900', '19001234'],
    ['free line 1800', '18001091'],
    ['emergency 113', '113'],
    ['letters', '09123456AB'],
    ['plus in the middle', '0912+345678'],
    ['other country code', '+85291234567'],
    ['country code only', '+84'],
    ['double trunk zero', '+8400912345678'],
    ['slash separator', '0912/345/678'],
  ])('rejects %s', (_label, input) => {
    const result = validatePhone(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('PHONE_FORMAT');
    expect(!result.ok && result.message).toContain('Số điện thoại không hợp lệ');
  });
});

describe('normalizePhone / isPhone', () => {
  it('return null / false for invalid input', () => {
    expect(normalizePhone('12345')).toBeNull();
    expect(isPhone('12345')).toBe(false);
    expect(isPhone('+84 987 654 321')).toBe(true);
  });
});
