/**
 * Administrative-unit codes of Decision 19/2025/QĐ-TTg (effective 01/07/2025). Two independent levels,
 * no district level:
 * - provincial level (tỉnh, thành phố trực thuộc trung ương): 2 digits, 01–99;
 * - communal level (xã, phường, đặc khu): 5 digits, 00001–99999, belonging to one province.
 *
 * This checks the shape of a code and its parent link only. Whether the codes exist is a question for
 * the unit catalogue (which has validity dates), not for this pure function.
 */
import { fail, ok, type ValidationResult } from '../identity/result.js';

export type UnitKind = 'province' | 'commune' | 'ward' | 'special_zone';

export const UNIT_KINDS: readonly UnitKind[] = Object.freeze(['province', 'commune', 'ward', 'special_zone']);

/** Vietnamese label of each kind, lower case, for use inside sentences. */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = Object.freeze({
  province: 'tỉnh/thành phố',
  commune: 'xã',
  ward: 'phường',
  special_zone: 'đặc khu',
});

export type UnitErrorCode = 'UNIT_CODE_FORMAT' | 'UNIT_PARENT_REQUIRED' | 'UNIT_PARENT_NOT_ALLOWED';

export interface UnitInput {
  readonly code: string;
  readonly kind: UnitKind;
  /** Code of the parent province; absent, `null` or empty for a province. */
  readonly parentCode?: string | null | undefined;
}

export interface ValidUnit {
  readonly code: string;
  readonly kind: UnitKind;
  readonly parentCode: string | null;
}

export type UnitResult = ValidationResult<ValidUnit, UnitErrorCode>;

const PROVINCE_CODE = /^(?!00$)\d{2}$/;
const COMMUNE_CODE = /^(?!00000$)\d{5}$/;

/** Whether `code` has the shape of a provincial-level code (2 digits, not 00). */
export function isProvinceCodeFormat(code: string): boolean {
  return PROVINCE_CODE.test(code);
}

/** Whether `code` has the shape of a communal-level code (5 digits, not 00000). */
export function isCommuneCodeFormat(code: string): boolean {
  return COMMUNE_CODE.test(code);
}

export function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}

export function validateUnit(input: UnitInput): UnitResult {
  const code = input.code.trim();
  const parentCode = blankToNull(input.parentCode);
  const { kind } = input;

  if (kind === 'province') {
    if (!isProvinceCodeFormat(code)) {
      return fail('UNIT_CODE_FORMAT', 'Mã tỉnh/thành phố phải gồm 2 chữ số, từ 01 đến 99.');
    }
    if (parentCode !== null) {
      return fail(
        'UNIT_PARENT_NOT_ALLOWED',
        'Tỉnh/thành phố là đơn vị hành chính cấp cao nhất, không có đơn vị cấp trên.',
      );
    }
    return ok({ code, kind, parentCode: null });
  }

  const label = UNIT_KIND_LABELS[kind];
  if (!isCommuneCodeFormat(code)) {
    return fail('UNIT_CODE_FORMAT', `Mã ${label} phải gồm 5 chữ số, từ 00001 đến 99999.`);
  }
  if (parentCode === null) {
    return fail('UNIT_PARENT_REQUIRED', `Cần chọn tỉnh/thành phố mà ${label} trực thuộc.`);
  }
  if (!isProvinceCodeFormat(parentCode)) {
    return fail(
      'UNIT_CODE_FORMAT',
      `Mã tỉnh/thành phố mà ${label} trực thuộc phải gồm 2 chữ số, từ 01 đến 99.`,
    );
  }
  return ok({ code, kind, parentCode });
}

function blankToNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
