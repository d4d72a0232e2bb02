/**
 * Report period presets for a local date (Asia/Ho_Chi_Minh): calendar week (Monday–Sunday), month,
 * quarter and year; and the statistical periods by the cut-off rule of legal-rules §10.4 — a period
 * runs from the 15th of the month before its first month to the 14th of its last month (month:
 * 15/(m−1) → 14/m; quarter: Q1 15/12 → 14/03 … Q4 15/09 → 14/12; half-year: 15/12 → 14/06 and
 * 15/06 → 14/12; year: 15/12 of the previous year → 14/12). The statistical period "of" a date is the
 * one whose window contains it, so from the 15th of a period's last month on, the date already belongs
 * to the next period. Each preset also has its previous period. Pure: the date is passed in.
 */
import {
  civilFromEpochDay,
  epochDayFromCivil,
  formatDisplayDate,
  formatLocalDate,
  parseLocalDate,
  weekdayOf,
} from '../calendar/time.js';
import type { LocalDate } from '../calendar/types.js';
import type { ReportPeriod } from './period.js';

export type PeriodBasis = 'calendar' | 'statistical';
export type PeriodUnit = 'week' | 'month' | 'quarter' | 'half_year' | 'year';

export type PeriodPreset = ReportPeriod & {
  /** Stable id, e.g. 'statistical-quarter' or 'statistical-quarter-previous'. */
  id: string;
  basis: PeriodBasis;
  unit: PeriodUnit;
  current: boolean;
  label: string;
};

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** A month counted from year 0 (year * 12 + month − 1), so stepping back crosses years simply. */
type MonthIndex = number;
const monthIndex = (year: number, month: number): MonthIndex => year * 12 + month - 1;
const yearOf = (m: MonthIndex) => Math.floor(m / 12);
const monthOf = (m: MonthIndex) => (m % 12) + 1;

const dayOn = (m: MonthIndex, day: number) => epochDayFromCivil(yearOf(m), monthOf(m), day);
const lastDayOf = (m: MonthIndex) => dayOn(m + 1, 1) - 1;
const range = (a: number, b: number) => `${formatDisplayDate(a)} – ${formatDisplayDate(b)}`;

/** Months [first, last] of a span of `size` months (1, 3, 6, 12) aligned on the year, `back` spans ago. */
function span(m: MonthIndex, size: number, back: number): { first: MonthIndex; last: MonthIndex } {
  const first = m - (m % size) - back * size;
  return { first, last: first + size - 1 };
}

function spanName(unit: PeriodUnit, first: MonthIndex, last: MonthIndex): string {
  const year = yearOf(last);
  switch (unit) {
    case 'month':
      return `Tháng ${monthOf(last)}/${year}`;
    case 'quarter':
      return `Quý ${ROMAN[Math.floor((monthOf(first) - 1) / 3)]}/${year}`;
    case 'half_year':
      return monthOf(last) === 6 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
    default:
      return `Năm ${year}`;
  }
}

const SIZES = { month: 1, quarter: 3, half_year: 6, year: 12 } as const;

function calendarSpan(date: number, unit: keyof typeof SIZES, back: number): PeriodPreset {
  const c = civilFromEpochDay(date);
  const { first, last } = span(monthIndex(c.year, c.month), SIZES[unit], back);
  const from = dayOn(first, 1);
  const to = lastDayOf(last);
  return preset('calendar', unit, back, from, to, `${spanName(unit, first, last)} (${range(from, to)})`);
}

function statisticalSpan(date: number, unit: keyof typeof SIZES, back: number): PeriodPreset {
  const c = civilFromEpochDay(date);
  // From the 15th on, a date belongs to the statistical month that ends on the 14th of the next month.
  const month = monthIndex(c.year, c.month) + (c.day >= 15 ? 1 : 0);
  const { first, last } = span(month, SIZES[unit], back);
  const from = dayOn(first - 1, 15);
  const to = dayOn(last, 14);
  const label = `${spanName(unit, first, last)} (kỳ số liệu ${range(from, to)})`;
  return preset('statistical', unit, back, from, to, label);
}

function calendarWeek(date: number, back: number): PeriodPreset {
  const monday = date - ((weekdayOf(date) + 6) % 7) - 7 * back;
  const name = back ? 'Tuần trước' : 'Tuần này';
  return preset('calendar', 'week', back, monday, monday + 6, `${name} (${range(monday, monday + 6)})`);
}

function preset(
  basis: PeriodBasis,
  unit: PeriodUnit,
  back: number,
  from: number,
  to: number,
  label: string,
): PeriodPreset {
  const id = `${basis}-${unit.replace('_', '-')}${back ? '-previous' : ''}`;
  return {
    id,
    basis,
    unit,
    current: back === 0,
    from: formatLocalDate(from),
    to: formatLocalDate(to),
    label,
  };
}

/** Every preset for the local date: each period containing it, then its previous period. */
export function periodPresets(date: LocalDate): PeriodPreset[] {
  const day = parseLocalDate(date);
  const out: PeriodPreset[] = [calendarWeek(day, 0), calendarWeek(day, 1)];
  for (const unit of ['month', 'quarter', 'year'] as const)
    out.push(calendarSpan(day, unit, 0), calendarSpan(day, unit, 1));
  for (const unit of ['month', 'quarter', 'half_year', 'year'] as const)
    out.push(statisticalSpan(day, unit, 0), statisticalSpan(day, unit, 1));
  return out;
}

/** Label of any range [from, to]. */
export function customPeriodLabel(p: ReportPeriod): string {
  return `Từ ${formatDisplayDate(parseLocalDate(p.from))} đến ${formatDisplayDate(parseLocalDate(p.to))}`;
}
