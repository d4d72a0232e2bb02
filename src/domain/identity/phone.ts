/**
 * Vietnamese telephone numbers, normalised to the national form with a leading 0.
 *
 * Accepted input: the national form (`0…`) or the international form with `+84`, `84` or `0084`
 * (an optional trunk `0` after the country code, as in `+84 (0) 912…`, is dropped). Spaces, dots,
 * hyphens and parentheses are ignored.
 *
 * Accepted numbers, after normalisation:
 * - mobile: 10 digits, `0` then 3, 5, 7, 8 or 9 (e.g. 0912 345 678);
 * - landline: 11 digits, `02` then the rest of the area code and subscriber number. Since the 2017
 *   area-code change every landline has a 3-digit area code after 0 (024 Hà Nội, 028 TP Hồ Chí Minh,
 *   0236 Đà Nẵng: `024 3825 3536`, `0236 382 2032`), so the national form is always 11 digits.
 * Short codes and service numbers (1900…, 1800…, 113…) are not personal contact numbers and are rejected.
 */
import { fail, ok, type ValidationResult } from './result.js';

export type PhoneErrorCode = 'PHONE_FORMAT';

export type PhoneType = 'mobile' | 'landline';

export interface PhoneNumber {
  /** National form: `0` followed by 9 (mobile) or 10 (landline) digits, without separators. */
  readonly national: string;
  /** E.164 form, e.g. `+84912345678`. */
  readonly e164: string;
  readonly type: PhoneType;
}

export type PhoneResult = ValidationResult<PhoneNumber, PhoneErrorCode>;

const SEPARATORS = /[\s.\-()]/g;
const MOBILE_PATTERN = /^0[35789]\d{8}$/;
const LANDLINE_PATTERN = /^02\d{9}$/;

const FORMAT_MESSAGE =
  'Số điện thoại không hợp lệ: số di động gồm 10 chữ số (ví dụ 0912345678), số cố định gồm 11 chữ số bắt đầu bằng 02 (ví dụ 02438253536).';

export function validatePhone(input: string): PhoneResult {
  const national = toNationalDigits(input);
  if (national !== null) {
    if (MOBILE_PATTERN.test(national)) return ok(build(national, 'mobile'));
    if (LANDLINE_PATTERN.test(national)) return ok(build(national, 'landline'));
  }
  return fail('PHONE_FORMAT', FORMAT_MESSAGE);
}

/** The national form (`0xxxxxxxxx`) of a valid number, or `null`. */
export function normalizePhone(input: string): string | null {
  const result = validatePhone(input);
  return result.ok ? result.value.national : null;
}

/** Predicate form of {@link validatePhone}. */
export function isPhone(input: string): boolean {
  return validatePhone(input).ok;
}

function build(national: string, type: PhoneType): PhoneNumber {
  return { national, e164: `+84${national.slice(1)}`, type };
}

/** Strips separators and the country code; returns digits starting with 0, or null if not plausible. */
function toNationalDigits(input: string): string | null {
  const compact = input.trim().replace(SEPARATORS, '');
  let rest: string;
  if (compact.startsWith('+84')) rest = compact.slice(3);
  else if (compact.startsWith('0084')) rest = compact.slice(4);
  else if (compact.startsWith('84')) rest = compact.slice(2);
  else if (compact.startsWith('0')) return /^\d+$/.test(compact) ? compact : null;
  else return null;

  if (rest.startsWith('0')) rest = rest.slice(1);
  return /^[1-9]\d*$/.test(rest) ? `0${rest}` : null;
}
