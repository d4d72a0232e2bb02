/**
 * Personal identification number (số định danh cá nhân), printed on the citizen identity card (CCCD).
 *
 * Structure (Decree 137/2015 Art 13, Circular 07/2016/TT-BCA Art 7, kept by the Law on Identification
 * 2023 Art 12), 12 digits `PPPGYYNNNNNN`:
 * - `PPP`: province where the birth was registered (Circular 07/2016 Appendix I, the 63 pre-2025 provinces);
 * - `G`: century and sex: 0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s;
 * - `YY`: last two digits of the birth year;
 * - `NNNNNN`: random digits (not checked).
 *
 * There is no published check digit, so a number that passes is well formed, not proven to exist.
 */
import { PROVINCE_OF_BIRTH_CODES } from './province-of-birth-codes.js';
import { fail, ok, type ValidationResult } from './result.js';

export type CitizenIdErrorCode = 'CITIZEN_ID_FORMAT' | 'CITIZEN_ID_PROVINCE' | 'CITIZEN_ID_BIRTH_YEAR';

export type Sex = 'male' | 'female';

export interface CitizenId {
  /** The 12 digits, surrounding whitespace removed. */
  readonly id: string;
  /** First three digits: the birth-registration province code (Circular 07/2016 Appendix I). */
  readonly provinceCode: string;
  /** Vietnamese name of that province as it was when the code list was issued (pre-2025). */
  readonly provinceName: string;
  readonly sex: Sex;
  readonly birthYear: number;
}

export interface CitizenIdContext {
  /** The current calendar year (Asia/Ho_Chi_Minh), passed in by the caller: the domain has no clock. */
  readonly currentYear: number;
  /**
   * Extra 3-digit birth-registration codes to accept, mapped to their Vietnamese names. Meant for the
   * country codes of births registered abroad, which are not built in because no verified list was found.
   */
  readonly extraBirthRegistrationCodes?: Readonly<Record<string, string>>;
}

export type CitizenIdResult = ValidationResult<CitizenId, CitizenIdErrorCode>;

const CITIZEN_ID_PATTERN = /^\d{12}$/;
const MIN_BIRTH_YEAR = 1900;

/** Validates a personal identification number and decodes its province, sex and birth year. */
export function validateCitizenId(input: string, context: CitizenIdContext): CitizenIdResult {
  const { currentYear } = context;
  if (!Number.isInteger(currentYear)) {
    throw new RangeError(`currentYear must be an integer, got ${String(currentYear)}`);
  }

  const id = input.trim();
  if (!CITIZEN_ID_PATTERN.test(id)) {
    return fail('CITIZEN_ID_FORMAT', 'Số định danh cá nhân (số căn cước công dân) phải gồm đúng 12 chữ số.');
  }

  const provinceCode = id.slice(0, 3);
  const provinceName = lookupProvince(provinceCode, context.extraBirthRegistrationCodes);
  if (provinceName === undefined) {
    return fail(
      'CITIZEN_ID_PROVINCE',
      `Mã nơi đăng ký khai sinh "${provinceCode}" (3 chữ số đầu của số định danh cá nhân) không có trong danh mục.`,
    );
  }

  // The pattern guarantees digits 4 to 6 exist and are 0-9.
  const centuryAndSex = Number(id[3]);
  const birthYear = 1900 + Math.floor(centuryAndSex / 2) * 100 + Number(id.slice(4, 6));
  if (birthYear < MIN_BIRTH_YEAR || birthYear > currentYear) {
    return fail(
      'CITIZEN_ID_BIRTH_YEAR',
      `Năm sinh ${birthYear} suy ra từ số định danh cá nhân không hợp lệ (phải từ ${MIN_BIRTH_YEAR} đến năm ${currentYear}).`,
    );
  }

  return ok({
    id,
    provinceCode,
    provinceName,
    sex: centuryAndSex % 2 === 0 ? 'male' : 'female',
    birthYear,
  });
}

/** Predicate form of {@link validateCitizenId}, e.g. for a schema refinement. */
export function isCitizenId(input: string, context: CitizenIdContext): boolean {
  return validateCitizenId(input, context).ok;
}

function lookupProvince(
  code: string,
  extra: Readonly<Record<string, string>> | undefined,
): string | undefined {
  if (Object.hasOwn(PROVINCE_OF_BIRTH_CODES, code)) return PROVINCE_OF_BIRTH_CODES[code];
  if (extra !== undefined && Object.hasOwn(extra, code)) return extra[code];
  return undefined;
}
