/**
 * Official holiday schedules built into the code (national, provisional = false).
 *
 * Sources (legal-rules §12.3): Labour Code 2019 Art 111.3 and 112 for the fixed-date holidays and
 * compensatory days; the yearly notices for Tết Nguyên đán, Quốc khánh and swapped days.
 * Quốc khánh 2026 (Tue 01/09 + Wed 02/09, Mon 31/08 swapped with Sat 22/08) is taken from Thông báo
 * 9441/TB-BNV as reported by the press (Báo Hải Phòng); our sources do not include the notice text, so
 * these four entries stay `provisional: true` until an administrator confirms them.
 */
import type { CalendarOverride, OverrideKind } from './types.js';

const LABOUR_CODE_HOLIDAYS = 'Bộ luật Lao động 2019, Điều 112';
const LABOUR_CODE_COMPENSATORY = 'Bộ luật Lao động 2019, Điều 111 khoản 3';
const NOTICE_2025 = 'Thông báo 6150/TB-BLĐTBXH năm 2024 (theo Công văn 8726/VPCP-KGVX năm 2024)';
const SWAP_APRIL_2025 =
  'Ý kiến chỉ đạo của Thủ tướng Chính phủ về hoán đổi ngày làm việc dịp 30/4 và 1/5/2025 (số hiệu văn bản cần đối chiếu)';
const NEW_YEAR_2026 = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025';
const NOTICE_2026 = 'Thông báo 9441/TB-BNV ngày 16/10/2025';
const NOTICE_2026_REPORTED = 'Thông báo 9441/TB-BNV ngày 16/10/2025 (theo báo chí, cần đối chiếu văn bản)';

function entry(
  date: string,
  kind: OverrideKind,
  name: string,
  legalDocument: string,
  provisional = false,
): CalendarOverride {
  return Object.freeze({ date, kind, name, legalDocument, provisional, unitCode: null });
}

const OFFICIAL_2025: readonly CalendarOverride[] = [
  entry('2025-01-01', 'holiday', 'Tết Dương lịch', LABOUR_CODE_HOLIDAYS),
  entry('2025-01-27', 'holiday', 'Tết Nguyên đán', NOTICE_2025),
  entry('2025-01-28', 'holiday', 'Tết Nguyên đán', NOTICE_2025),
  entry('2025-01-29', 'holiday', 'Tết Nguyên đán', NOTICE_2025),
  entry('2025-01-30', 'holiday', 'Tết Nguyên đán', NOTICE_2025),
  entry('2025-01-31', 'holiday', 'Tết Nguyên đán', NOTICE_2025),
  entry('2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)', LABOUR_CODE_HOLIDAYS),
  entry('2025-04-26', 'swap_workday', 'Làm bù cho ngày nghỉ hoán đổi 02/05/2025', SWAP_APRIL_2025),
  entry('2025-04-30', 'holiday', 'Ngày Chiến thắng (30/4)', LABOUR_CODE_HOLIDAYS),
  entry('2025-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)', LABOUR_CODE_HOLIDAYS),
  entry(
    '2025-05-02',
    'swap_off',
    'Nghỉ hoán đổi dịp 30/4 và 1/5 (làm bù Thứ Bảy 26/04/2025)',
    SWAP_APRIL_2025,
  ),
  entry('2025-09-01', 'holiday', 'Quốc khánh (ngày liền kề 2/9)', NOTICE_2025),
  entry('2025-09-02', 'holiday', 'Quốc khánh (2/9)', NOTICE_2025),
];

const OFFICIAL_2026: readonly CalendarOverride[] = [
  entry('2026-01-01', 'holiday', 'Tết Dương lịch', LABOUR_CODE_HOLIDAYS),
  entry(
    '2026-01-02',
    'swap_off',
    'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù Thứ Bảy 10/01/2026)',
    NEW_YEAR_2026,
  ),
  entry('2026-01-10', 'swap_workday', 'Làm bù cho ngày nghỉ hoán đổi 02/01/2026', NEW_YEAR_2026),
  entry('2026-02-16', 'holiday', 'Tết Nguyên đán', NOTICE_2026),
  entry('2026-02-17', 'holiday', 'Tết Nguyên đán', NOTICE_2026),
  entry('2026-02-18', 'holiday', 'Tết Nguyên đán', NOTICE_2026),
  entry('2026-02-19', 'holiday', 'Tết Nguyên đán', NOTICE_2026),
  entry('2026-02-20', 'holiday', 'Tết Nguyên đán', NOTICE_2026),
  entry('2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)', LABOUR_CODE_HOLIDAYS),
  entry(
    '2026-04-27',
    'compensatory_off',
    'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Âm lịch), ngày 26/04/2026 trùng Chủ nhật',
    LABOUR_CODE_COMPENSATORY,
  ),
  entry('2026-04-30', 'holiday', 'Ngày Chiến thắng (30/4)', LABOUR_CODE_HOLIDAYS),
  entry('2026-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)', LABOUR_CODE_HOLIDAYS),
  entry('2026-08-22', 'swap_workday', 'Làm bù cho ngày nghỉ hoán đổi 31/08/2026', NOTICE_2026_REPORTED, true),
  entry(
    '2026-08-31',
    'swap_off',
    'Nghỉ hoán đổi dịp Quốc khánh (làm bù Thứ Bảy 22/08/2026)',
    NOTICE_2026_REPORTED,
    true,
  ),
  entry('2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề 2/9)', NOTICE_2026_REPORTED, true),
  entry('2026-09-02', 'holiday', 'Quốc khánh (2/9)', NOTICE_2026_REPORTED, true),
];

const OFFICIAL_BY_YEAR: ReadonlyMap<number, readonly CalendarOverride[]> = new Map([
  [2025, Object.freeze(OFFICIAL_2025)],
  [2026, Object.freeze(OFFICIAL_2026)],
]);

/** Years for which the built-in data is the official schedule. */
export const OFFICIAL_YEARS: readonly number[] = Object.freeze([...OFFICIAL_BY_YEAR.keys()]);

/** The official built-in entries of `year`, or undefined when the year has no official data. */
export function officialHolidays(year: number): readonly CalendarOverride[] | undefined {
  return OFFICIAL_BY_YEAR.get(year);
}
