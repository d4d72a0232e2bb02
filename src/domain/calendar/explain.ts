/**
 * Vietnamese explanations of a due-date computation (slow path, only when `explain: true`).
 * Dates are shown dd/MM/yyyy, times HH:mm.
 */
import { isDayOffKind } from './overrides.js';
import {
  epochDayOf,
  formatClockTime,
  formatDisplayDate,
  MS_PER_MINUTE,
  toLocalTime,
  weekdayName,
} from './time.js';
import type { DurationUnit, EpochDay, Instant } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';
import { receiptTiming } from './working-time.js';

export interface ExplainContext {
  readonly receivedAt: Instant;
  readonly amount: number;
  readonly unit: DurationUnit;
  readonly cutoffMs: number;
  readonly countingStartsAt: Instant;
  readonly dueAt: Instant;
}

const CIVIL_CODE_147 = 'Bộ luật Dân sự 2015, Điều 147 khoản 2';
const CIVIL_CODE_148 = 'Bộ luật Dân sự 2015, Điều 148 khoản 5';

/** Why a day is off, e.g. 'Tết Nguyên đán' or 'Thứ Bảy (nghỉ hằng tuần)'. */
export function dayOffReason(calendar: WorkingCalendar, day: EpochDay): string {
  const info = calendar.dayInfo(day);
  if (info.override !== null && isDayOffKind(info.override.kind)) {
    return `${info.override.name}${info.override.provisional ? ' (dự kiến)' : ''}`;
  }
  return `${weekdayName(day)} (nghỉ hằng tuần)`;
}

/** 'Ngày 16/02/2026 nghỉ: Tết Nguyên đán.' */
export function dayOffLine(calendar: WorkingCalendar, day: EpochDay): string {
  return `Ngày ${formatDisplayDate(day)} nghỉ: ${dayOffReason(calendar, day)}.`;
}

function describeDays(calendar: WorkingCalendar, from: EpochDay, to: EpochDay, lines: string[]): void {
  for (let day = from; day <= to; day++) {
    if (!calendar.isWorkingDay(day)) {
      lines.push(dayOffLine(calendar, day));
    } else if (calendar.isWeeklyRestDay(day)) {
      const entry = calendar.dayInfo(day).override;
      const why = entry === null ? 'ngày làm việc theo lịch của đơn vị' : entry.name;
      lines.push(`Ngày ${formatDisplayDate(day)} (${weekdayName(day)}) là ngày làm việc: ${why}.`);
    }
  }
}

function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

function at(instant: Instant): string {
  return `lúc ${toLocalTime(instant)} ngày ${formatDisplayDate(epochDayOf(instant))}`;
}

function receiptLine(calendar: WorkingCalendar, ctx: ExplainContext): string {
  const { receivedAt, countingStartsAt: start, cutoffMs } = ctx;
  const received = `Tiếp nhận ${at(receivedAt)}`;
  const sameDayStart = `bắt đầu tính từ ${toLocalTime(start)} cùng ngày.`;
  const laterStart = `bắt đầu tính từ ${toLocalTime(start)} ngày ${formatDisplayDate(epochDayOf(start))}.`;
  switch (receiptTiming(calendar, receivedAt, cutoffMs)) {
    case 'in_office_hours':
      return `${received} (${weekdayName(epochDayOf(receivedAt))}), trong giờ làm việc: bắt đầu tính từ thời điểm tiếp nhận.`;
    case 'before_opening':
      return `${received}, trước giờ làm việc: ${sameDayStart}`;
    case 'between_sessions':
      return `${received}, ngoài các buổi làm việc: ${sameDayStart}`;
    case 'after_cutoff':
      return `${received}, sau giờ chốt ${formatClockTime(cutoffMs / MS_PER_MINUTE)}: ${laterStart}`;
    case 'after_closing':
      return `${received}, sau giờ làm việc: ${laterStart}`;
    case 'day_off':
      return `${received} là ngày nghỉ: ${dayOffReason(calendar, epochDayOf(receivedAt))}; ${laterStart}`;
  }
}

/** Builds the explanation lines for a computed due date. */
export function explainDueDate(calendar: WorkingCalendar, ctx: ExplainContext): string[] {
  const lines = [receiptLine(calendar, ctx)];
  const receiptDay = epochDayOf(ctx.receivedAt);
  const d0 = epochDayOf(ctx.countingStartsAt);
  const dueDay = epochDayOf(ctx.dueAt);
  if (d0 > receiptDay) describeDays(calendar, receiptDay + 1, d0 - 1, lines);
  const n = ctx.amount;

  if (ctx.unit === 'working_days') {
    if (n === 0) {
      lines.push(`Thời hạn 0 ngày làm việc: giải quyết trong ngày ${formatDisplayDate(d0)}.`);
    } else {
      lines.push(
        `Thời hạn ${n} ngày làm việc, không tính ngày ${formatDisplayDate(d0)} (${CIVIL_CODE_147}).`,
      );
      describeDays(calendar, d0 + 1, dueDay, lines);
      const counted: string[] = [];
      for (let day = d0 + 1; day <= dueDay; day++) {
        if (calendar.isWorkingDay(day)) counted.push(formatDisplayDate(day));
      }
      lines.push(`Các ngày làm việc được tính: ${counted.join(', ')}.`);
    }
  } else if (ctx.unit === 'calendar_days') {
    const last = d0 + n;
    if (n === 0) {
      lines.push(`Thời hạn 0 ngày theo lịch: giải quyết trong ngày ${formatDisplayDate(d0)}.`);
    } else {
      lines.push(
        `Thời hạn ${n} ngày theo lịch, không tính ngày ${formatDisplayDate(d0)} (${CIVIL_CODE_147}): ngày cuối cùng là ${formatDisplayDate(last)}.`,
      );
    }
    if (dueDay !== last) {
      describeDays(calendar, last, dueDay - 1, lines);
      lines.push(
        `Ngày cuối cùng của thời hạn là ngày nghỉ: hạn chuyển sang ngày làm việc tiếp theo ${formatDisplayDate(dueDay)} (${CIVIL_CODE_148}).`,
      );
    }
  } else {
    const minutes = Math.round(n * 60);
    const sessions = calendar.sessionStartMs
      .map(
        (s, i) =>
          `${formatClockTime(s / MS_PER_MINUTE)}–${formatClockTime(calendar.sessionEndMs[i]! / MS_PER_MINUTE)}`,
      )
      .join(', ');
    lines.push(
      `Thời hạn ${formatNumber(n)} giờ làm việc (${minutes} phút), tính theo các buổi làm việc ${sessions}.`,
    );
    describeDays(calendar, d0 + 1, dueDay - 1, lines);
  }
  lines.push(
    `Hạn giải quyết: ${toLocalTime(ctx.dueAt)} ngày ${formatDisplayDate(dueDay)} (${weekdayName(dueDay)}).`,
  );
  return lines;
}
