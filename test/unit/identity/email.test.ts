import { describe, expect, it } from 'vitest';
import { isEmail, normalizeEmail, validateEmail } from '../../../src/domain/identity/index.js';

describe('validateEmail', () => {
  it('returns the address split into local part and domain', () => {
    expect(validateEmail('nguyenvana@example.vn')).toEqual({
      ok: true,
      value: { email: 'nguyenvana@example.vn', localPart: 'nguyenvana', domain: 'example.vn' },
    });
  });

  it('trims and lower-cases the domain but keeps the local part', () => {
    expect(normalizeEmail('  Nguyen.Van.A@HaNoi.GOV.VN ')).toBe('Nguyen.Van.A@hanoi.gov.vn');
  });

  it.each([
    'a@b.vn',
    'nguyen.van.a@hanoi.gov.vn',
    'tran_thi+motcua@gmail.com',
    "o'brien@example.com",
    'user-1@sub-domain.example.com.vn',
    'x@xn--ngi-5ra.vn',
    'test@example.xn--p1ai',
    '1234567890@123.com',
  ])('accepts %s', (input) => {
    expect(isEmail(input)).toBe(true);
  });

  it('accepts a local part of exactly 64 characters and rejects 65', () => {
    expect(isEmail(`${'a'.repeat(64)}@example.vn`)).toBe(true);
    expect(isEmail(`${'a'.repeat(65)}@example.vn`)).toBe(false);
  });

  it('rejects an address longer than 254 characters', () => {
    const domain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.vn`;
    const address = (length: number) => `${'x'.repeat(length - domain.length - 1)}@${domain}`;
    expect(address(254)).toHaveLength(254);
    expect(isEmail(address(254))).toBe(true);
    expect(isEmail(address(255))).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['no @', 'nguyenvana.example.vn'],
    ['no local part', '@example.vn'],
    ['no domain', 'nguyenvana@'],
    ['two @', 'a@b@example.vn'],
    ['single-label domain', 'admin@localhost'],
    ['numeric top-level label', 'a@example.123'],
    ['one-letter top-level label', 'a@example.v'],
    ['IP literal', 'a@[127.0.0.1]'],
    ['leading dot', '.a@example.vn'],
    ['trailing dot', 'a.@example.vn'],
    ['double dot', 'a..b@example.vn'],
    ['space inside', 'nguyen van a@example.vn'],
    ['Vietnamese letters', 'nguyễn@example.vn'],
    ['domain label starting with hyphen', 'a@-example.vn'],
    ['domain label ending with hyphen', 'a@example-.vn'],
    ['empty domain label', 'a@example..vn'],
    ['trailing dot in domain', 'a@example.vn.'],
    ['domain label over 63 characters', `a@${'b'.repeat(64)}.vn`],
    ['quoted local part', '"a b"@example.vn'],
  ])('rejects %s', (_label, input) => {
    const result = validateEmail(input);
    expect(result).toEqual({
      ok: false,
      code: 'EMAIL_FORMAT',
      message: 'Địa chỉ thư điện tử (email) không hợp lệ, ví dụ đúng: nguyenvana@example.vn.',
    });
  });

  it('returns null from normalizeEmail for an invalid address', () => {
    expect(normalizeEmail('not-an-email')).toBeNull();
  });
});
