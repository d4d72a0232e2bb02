/**
 * Dossier code (mã số hồ sơ), legal-rules §7.1: `<unit identifier>-YYMMDD-NNNN`.
 * - unit identifier: the receiving unit's code, treated as an opaque string (its structure changed in
 *   2025, so no meaning is parsed from it): letters, digits and dots, e.g. '26734', 'H15.50.05.13',
 *   '000.00.06.H56';
 * - YYMMDD: the local receipt date in Asia/Ho_Chi_Minh (years 2000–2099);
 * - NNNN: the unit's daily sequence from 1, zero-padded to 4 digits, with more digits past 9999
 *   (at most 9). Codes from other systems with longer zero-led serials (e.g. ministry systems) parse too.
 * Allocating the sequence safely across server processes is the application layer's job; the key of the
 * daily counter is `dossierCodePrefix(unit, receivedAt)`.
 */
import { civilFromEpochDay, epochDayOf, isValidLocalDate } from '../calendar/time.js';
import type { Instant, LocalDate } from '../calendar/types.js';
import { fail, ok, type ValidationResult } from '../identity/result.js';

export const MAX_DOSSIER_SEQUENCE = 999_999_999;
const UNIT_IDENTIFIER = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/;
const UNIT_IDENTIFIER_MAX = 50;
const DOSSIER_CODE = /^([A-Za-z0-9.]+)-(\d{2})(\d{2})(\d{2})-(\d{4,9})$/;

export type DossierCodeErrorCode = 'DOSSIER_CODE_FORMAT' | 'DOSSIER_CODE_DATE' | 'UNIT_IDENTIFIER_FORMAT';

export interface DossierCodeParts {
  readonly unitIdentifier: string;
  /** Local receipt date 'YYYY-MM-DD'. */
  readonly receiptDate: LocalDate;
  /** The serial exactly as written (at least 4 digits). */
  readonly serial: string;
  /** The serial's numeric value. */
  readonly sequence: number;
}

export function isValidUnitIdentifier(id: string): boolean {
  return id.length <= UNIT_IDENTIFIER_MAX && UNIT_IDENTIFIER.test(id);
}

export function validateUnitIdentifier(id: string): ValidationResult<string, 'UNIT_IDENTIFIER_FORMAT'> {
  const trimmed = id.trim();
  return isValidUnitIdentifier(trimmed)
    ? ok(trimmed)
    : fail(
        'UNIT_IDENTIFIER_FORMAT',
        `Mã định danh đơn vị chỉ gồm chữ cái không dấu, chữ số và dấu chấm (không ở đầu, cuối hoặc liền nhau), tối đa ${UNIT_IDENTIFIER_MAX} ký tự.`,
      );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 'YYMMDD' of the local date of `receivedAt`; RangeError outside 2000–2099. */
export function dossierCodeDate(receivedAt: Instant): string {
  if (!Number.isFinite(receivedAt)) throw new RangeError(`Invalid receipt instant ${receivedAt}`);
  const { year, month, day } = civilFromEpochDay(epochDayOf(receivedAt));
  if (year < 2000 || year > 2099) throw new RangeError(`Receipt year ${year} outside 2000–2099`);
  return `${pad2(year - 2000)}${pad2(month)}${pad2(day)}`;
}

/** '<unit>-YYMMDD-': the prefix shared by one unit's codes of one local day (the daily counter's key). */
export function dossierCodePrefix(unitIdentifier: string, receivedAt: Instant): string {
  if (!isValidUnitIdentifier(unitIdentifier)) {
    throw new RangeError(`Invalid unit identifier '${unitIdentifier}'`);
  }
  return `${unitIdentifier}-${dossierCodeDate(receivedAt)}-`;
}

/** Formats a dossier code; RangeError on a bad unit identifier, year or sequence (programming errors). */
export function formatDossierCode(unitIdentifier: string, receivedAt: Instant, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DOSSIER_SEQUENCE) {
    throw new RangeError(`Invalid daily sequence ${sequence}: an integer from 1 to ${MAX_DOSSIER_SEQUENCE}`);
  }
  return `${dossierCodePrefix(unitIdentifier, receivedAt)}${String(sequence).padStart(4, '0')}`;
}

export function parseDossierCode(code: string): ValidationResult<DossierCodeParts, DossierCodeErrorCode> {
  const m = DOSSIER_CODE.exec(code.trim());
  if (m === null) {
    return fail(
      'DOSSIER_CODE_FORMAT',
      'Mã hồ sơ không đúng định dạng <mã đơn vị>-YYMMDD-NNNN (ví dụ H15.50.05.13-261008-0975).',
    );
  }
  const [, unitIdentifier = '', yy = '', mm = '', dd = '', serial = ''] = m;
  if (!isValidUnitIdentifier(unitIdentifier)) {
    return fail('UNIT_IDENTIFIER_FORMAT', 'Phần mã đơn vị trong mã hồ sơ không hợp lệ.');
  }
  const receiptDate = `20${yy}-${mm}-${dd}`;
  if (!isValidLocalDate(receiptDate)) {
    return fail('DOSSIER_CODE_DATE', `Ngày tiếp nhận ${dd}/${mm}/20${yy} trong mã hồ sơ không tồn tại.`);
  }
  const sequence = Number(serial);
  if (sequence < 1) return fail('DOSSIER_CODE_FORMAT', 'Số thứ tự trong mã hồ sơ phải từ 0001 trở lên.');
  return ok({ unitIdentifier, receiptDate, serial, sequence });
}

export function isValidDossierCode(code: string): boolean {
  return parseDossierCode(code).ok;
}
