/**
 * Provisional public holidays for a year without an official notice, derived from Labour Code 2019
 * Art 112.1 and the lunar calendar. Every entry is `provisional: true`.
 *
 * Choices (the Prime Minister decides the real days every year, Art 112.3):
 * - Tết Nguyên đán, 5 days: the last day of the old lunar year + days 1–4 of month 1 (the pattern of
 *   Tết 2026: 29 tháng Chạp – mùng 4).
 * - Giỗ Tổ Hùng Vương: day 10 of the (non-leap) 3rd lunar month.
 * - Quốc khánh, 2 days: 02/09 + the neighbouring weekday that joins the break to a weekend:
 *   Mon → 03/09, Tue → 01/09, Thu → 03/09, Fri → 01/09 (precedents 2024, 2025, 2021, 2022);
 *   Wed (no neighbour touches a weekend) → 01/09 as in 2026; Sat → 01/09 (Friday, precedent 2023);
 *   Sun → 03/09 (Monday).
 * - Nghỉ bù (Art 111.3): a holiday on Saturday or Sunday gives a compensatory day on the next day that
 *   is Monday–Friday, not a holiday and not already a compensatory day.
 * - Two holidays on the same date (e.g. Giỗ Tổ on 30/4) become one entry with both names, without an
 *   extra day: the Code gives no rule for that case and the yearly notice settles it.
 */
import { lunarNewYear, lunarToEpochDay } from './lunar.js';
import { epochDayFromCivil, formatDisplayDate, formatLocalDate, weekdayName, weekdayOf } from './time.js';
import type { CalendarOverride, EpochDay } from './types.js';

export const PROVISIONAL_LEGAL_DOCUMENT =
  'Dự kiến theo Bộ luật Lao động 2019, Điều 112 (chưa có thông báo chính thức)';

const TET = 'Tết Nguyên đán';

/** Weekday (0 = Sunday) of 02/09 → day of September of the second Quốc khánh day. */
const NATIONAL_DAY_NEIGHBOUR: readonly number[] = [3, 3, 1, 1, 3, 1, 1];

function isWeekend(day: EpochDay): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

function provisional(day: EpochDay, kind: CalendarOverride['kind'], name: string): CalendarOverride {
  return Object.freeze({
    date: formatLocalDate(day),
    kind,
    name,
    legalDocument: PROVISIONAL_LEGAL_DOCUMENT,
    provisional: true,
    unitCode: null,
  });
}

/** Provisional holidays and compensatory days of `year`, sorted by date. */
export function provisionalHolidays(year: number): readonly CalendarOverride[] {
  const names = new Map<EpochDay, string>();
  const add = (day: EpochDay, name: string): void => {
    const existing = names.get(day);
    names.set(day, existing === undefined ? name : `${existing}; ${name}`);
  };

  add(epochDayFromCivil(year, 1, 1), 'Tết Dương lịch');
  const tet = lunarNewYear(year);
  for (let i = -1; i <= 3; i++) add(tet + i, TET);
  add(lunarToEpochDay({ day: 10, month: 3, year, leap: false }), 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)');
  add(epochDayFromCivil(year, 4, 30), 'Ngày Chiến thắng (30/4)');
  add(epochDayFromCivil(year, 5, 1), 'Ngày Quốc tế Lao động (1/5)');
  const nationalDay = epochDayFromCivil(year, 9, 2);
  const neighbour = NATIONAL_DAY_NEIGHBOUR[weekdayOf(nationalDay)] ?? 1;
  add(epochDayFromCivil(year, 9, neighbour), 'Quốc khánh (ngày liền kề 2/9)');
  add(nationalDay, 'Quốc khánh (2/9)');

  const holidays = [...names.entries()].sort((a, b) => a[0] - b[0]);
  const compensatory = new Map<EpochDay, string>();
  for (const [day, name] of holidays) {
    if (!isWeekend(day)) continue;
    let candidate = day + 1;
    while (isWeekend(candidate) || names.has(candidate) || compensatory.has(candidate)) candidate += 1;
    compensatory.set(candidate, `Nghỉ bù ${name}, ngày ${formatDisplayDate(day)} trùng ${weekdayName(day)}`);
  }

  const result: CalendarOverride[] = holidays.map(([day, name]) => provisional(day, 'holiday', name));
  for (const [day, name] of compensatory) result.push(provisional(day, 'compensatory_off', name));
  result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze(result);
}
