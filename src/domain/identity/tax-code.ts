/**
 * Tax identification number (mã số thuế), Law 38/2019 Art 30.2, Decree 126/2020 Art 6.1,
 * Circular 105/2020/TT-BTC Art 5: `N1N2N3N4N5N6N7N8N9N10` or `N1…N10-N11N12N13`.
 * - 10 digits: enterprises, organisations, household and individual taxpayers;
 * - 13 digits with a hyphen: dependent units and other cases; N11–N13 run from 001 to 999;
 * - N3–N9 is a sequence from 0000001 to 9999999, so seven zeros are rejected.
 *
 * N10 is a check digit, but its algorithm was not found in the legal texts we could verify
 * (legal-rules §7.6 marks it NOT FOUND). It is therefore NOT enforced: a code that passes is
 * well formed, not proven to be issued.
 */
import { fail, ok, type ValidationResult } from './result.js';

export type TaxCodeErrorCode = 'TAX_CODE_FORMAT';

export interface TaxCode {
  /** The code as written: 10 digits, or 10 digits + '-' + 3 digits; surrounding whitespace removed. */
  readonly taxCode: string;
  /** The first 10 digits (N1–N10): the taxpayer, or the parent taxpayer of a dependent unit. */
  readonly base: string;
  /** N11–N13 for a 13-digit code, `null` for a 10-digit one. */
  readonly suffix: string | null;
}

export type TaxCodeResult = ValidationResult<TaxCode, TaxCodeErrorCode>;

const TAX_CODE_PATTERN = /^(\d{10})(?:-(\d{3}))?$/;

const FORMAT_MESSAGE =
  'Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số có dấu gạch ngang sau chữ số thứ 10 (ví dụ 0101234567-001).';

export function validateTaxCode(input: string): TaxCodeResult {
  const taxCode = input.trim();
  const match = TAX_CODE_PATTERN.exec(taxCode);
  const base = match?.[1];
  if (match === null || base === undefined) return fail('TAX_CODE_FORMAT', FORMAT_MESSAGE);

  if (base.slice(2, 9) === '0000000') {
    return fail('TAX_CODE_FORMAT', 'Mã số thuế không hợp lệ: chữ số thứ 3 đến thứ 9 không được đều là 0.');
  }
  const suffix = match[2] ?? null;
  if (suffix === '000') {
    return fail('TAX_CODE_FORMAT', 'Ba chữ số sau dấu gạch ngang của mã số thuế phải từ 001 đến 999.');
  }
  return ok({ taxCode, base, suffix });
}

/** Predicate form of {@link validateTaxCode}. */
export function isTaxCode(input: string): boolean {
  return validateTaxCode(input).ok;
}
