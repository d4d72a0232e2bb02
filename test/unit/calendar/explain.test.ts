import { describe, expect, it } from 'vitest';
import {
  computeDueDate,
  createWorkingCalendar,
  EXAMPLE_SATURDAY_MORNING_OPENING,
  isOpenToPublic,
} from '../../../src/domain/calendar/index.js';
import { at } from './helpers/local.js';

const calendar = createWorkingCalendar();

describe('Vietnamese explanations', () => {
  it('explains a cut-off and the days off of Tết 2026', () => {
    const r = computeDueDate(calendar, {
      receivedAt: at('2026-02-12 16:00'),
      amount: 3,
      unit: 'working_days',
      explain: true,
    });
    expect(r.explanation).toEqual([
      'Tiếp nhận lúc 16:00 ngày 12/02/2026, sau giờ chốt 15:00: bắt đầu tính từ 07:30 ngày 13/02/2026.',
      'Thời hạn 3 ngày làm việc, không tính ngày 13/02/2026 (Bộ luật Dân sự 2015, Điều 147 khoản 2).',
      'Ngày 14/02/2026 nghỉ: Thứ Bảy (nghỉ hằng tuần).',
      'Ngày 15/02/2026 nghỉ: Chủ nhật (nghỉ hằng tuần).',
      'Ngày 16/02/2026 nghỉ: Tết Nguyên đán.',
      'Ngày 17/02/2026 nghỉ: Tết Nguyên đán.',
      'Ngày 18/02/2026 nghỉ: Tết Nguyên đán.',
      'Ngày 19/02/2026 nghỉ: Tết Nguyên đán.',
      'Ngày 20/02/2026 nghỉ: Tết Nguyên đán.',
      'Ngày 21/02/2026 nghỉ: Thứ Bảy (nghỉ hằng tuần).',
      'Ngày 22/02/2026 nghỉ: Chủ nhật (nghỉ hằng tuần).',
      'Các ngày làm việc được tính: 23/02/2026, 24/02/2026, 25/02/2026.',
      'Hạn giải quyết: 17:00 ngày 25/02/2026 (Thứ Tư).',
    ]);
  });

  it('mentions a swapped working Saturday', () => {
    const r = computeDueDate(calendar, {
      receivedAt: at('2026-01-09 10:00'),
      amount: 1,
      unit: 'working_days',
      explain: true,
    });
    expect(r.explanation).toContain(
      'Ngày 10/01/2026 (Thứ Bảy) là ngày làm việc: Làm bù cho ngày nghỉ hoán đổi 02/01/2026.',
    );
    expect(r.explanation?.[0]).toBe(
      'Tiếp nhận lúc 10:00 ngày 09/01/2026 (Thứ Sáu), trong giờ làm việc: bắt đầu tính từ thời điểm tiếp nhận.',
    );
  });

  it('explains a calendar-day deadline moved off a holiday (Art 148.5)', () => {
    const r = computeDueDate(calendar, {
      receivedAt: at('2025-08-22 09:00'),
      amount: 10,
      unit: 'calendar_days',
      explain: true,
    });
    expect(r.explanation).toEqual([
      'Tiếp nhận lúc 09:00 ngày 22/08/2025 (Thứ Sáu), trong giờ làm việc: bắt đầu tính từ thời điểm tiếp nhận.',
      'Thời hạn 10 ngày theo lịch, không tính ngày 22/08/2025 (Bộ luật Dân sự 2015, Điều 147 khoản 2): ngày cuối cùng là 01/09/2025.',
      'Ngày 01/09/2025 nghỉ: Quốc khánh (ngày liền kề 2/9).',
      'Ngày 02/09/2025 nghỉ: Quốc khánh (2/9).',
      'Ngày cuối cùng của thời hạn là ngày nghỉ: hạn chuyển sang ngày làm việc tiếp theo 03/09/2025 (Bộ luật Dân sự 2015, Điều 148 khoản 5).',
      'Hạn giải quyết: 17:00 ngày 03/09/2025 (Thứ Tư).',
    ]);
  });

  it('explains working hours, a receipt on a day off and provisional holidays', () => {
    const r = computeDueDate(calendar, {
      receivedAt: at('2027-02-06 09:00'),
      amount: 1.5,
      unit: 'working_hours',
      explain: true,
    });
    expect(r.explanation).toEqual([
      'Tiếp nhận lúc 09:00 ngày 06/02/2027 là ngày nghỉ: Tết Nguyên đán (dự kiến); bắt đầu tính từ 07:30 ngày 12/02/2027.',
      'Ngày 07/02/2027 nghỉ: Tết Nguyên đán (dự kiến).',
      'Ngày 08/02/2027 nghỉ: Tết Nguyên đán (dự kiến).',
      'Ngày 09/02/2027 nghỉ: Tết Nguyên đán (dự kiến).',
      'Ngày 10/02/2027 nghỉ: Nghỉ bù Tết Nguyên đán, ngày 06/02/2027 trùng Thứ Bảy (dự kiến).',
      'Ngày 11/02/2027 nghỉ: Nghỉ bù Tết Nguyên đán, ngày 07/02/2027 trùng Chủ nhật (dự kiến).',
      'Thời hạn 1,5 giờ làm việc (90 phút), tính theo các buổi làm việc 07:30–11:30, 13:30–17:00.',
      'Hạn giải quyết: 09:00 ngày 12/02/2027 (Thứ Sáu).',
    ]);
  });

  it('explains a receipt at lunch and a same-day deadline', () => {
    const r = computeDueDate(calendar, {
      receivedAt: at('2026-03-10 12:10'),
      amount: 0,
      unit: 'working_days',
      explain: true,
    });
    expect(r.explanation).toEqual([
      'Tiếp nhận lúc 12:10 ngày 10/03/2026, ngoài các buổi làm việc: bắt đầu tính từ 13:30 cùng ngày.',
      'Thời hạn 0 ngày làm việc: giải quyết trong ngày 10/03/2026.',
      'Hạn giải quyết: 17:00 ngày 10/03/2026 (Thứ Ba).',
    ]);
  });

  it('gives the same due with or without explanation', () => {
    const input = {
      receivedAt: at('2025-04-29 16:00'),
      amount: 3,
      unit: 'working_hours' as const,
      cutoff: null,
    };
    expect(computeDueDate(calendar, { ...input, explain: true }).dueAt).toBe(
      computeDueDate(calendar, input).dueAt,
    );
  });
});

describe('public opening hours are not the counting calendar', () => {
  const withSaturdayService = createWorkingCalendar({ openingHours: EXAMPLE_SATURDAY_MORNING_OPENING });

  it('Saturday-morning service does not change due dates', () => {
    for (const [received, amount] of [
      ['2026-03-06 10:00', 1],
      ['2026-03-07 09:00', 0],
      ['2026-03-13 16:00', 2],
    ] as const) {
      const input = { receivedAt: at(received), amount, unit: 'working_days' as const };
      expect(computeDueDate(withSaturdayService, input)).toEqual(computeDueDate(calendar, input));
    }
    expect(withSaturdayService.isWorkingDate('2026-03-07')).toBe(false);
    expect(withSaturdayService.openingHours).toBe(EXAMPLE_SATURDAY_MORNING_OPENING);
  });

  it('answers whether the counter is open', () => {
    expect(isOpenToPublic(EXAMPLE_SATURDAY_MORNING_OPENING, at('2026-03-07 09:00'))).toBe(true);
    expect(isOpenToPublic(EXAMPLE_SATURDAY_MORNING_OPENING, at('2026-03-07 14:00'))).toBe(false);
    expect(isOpenToPublic(EXAMPLE_SATURDAY_MORNING_OPENING, at('2026-03-08 09:00'))).toBe(false);
    const closedOnHolidays = (d: number) => calendar.dayInfo(d).override?.kind === 'holiday';
    expect(isOpenToPublic(EXAMPLE_SATURDAY_MORNING_OPENING, at('2026-02-16 09:00'), closedOnHolidays)).toBe(
      false,
    );
  });
});
