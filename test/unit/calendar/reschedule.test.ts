import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, validateReschedule } from '../../../src/domain/calendar/index.js';
import { at, show } from './helpers/local.js';

const calendar = createWorkingCalendar();
const originalDueAt = at('2026-02-24 17:00');
const base = { originalDueAt, currentDueAt: originalDueAt, rescheduleCount: 0 };

describe('validateReschedule (Mẫu 04)', () => {
  it('accepts one request made at least one working day before the due date', () => {
    for (const requested of ['2026-02-12 09:00', '2026-02-21 09:00', '2026-02-23 16:59']) {
      const r = validateReschedule(calendar, {
        ...base,
        requestedAt: at(requested),
        newDueDate: '2026-03-03',
      });
      expect(r.ok, requested).toBe(true);
      if (r.ok) {
        expect(show(r.dueAt)).toBe('2026-03-03 17:00');
        expect(r.originalDueAt).toBe(originalDueAt);
        expect(r.rescheduleCount).toBe(1);
      }
    }
  });

  it('keeps the original due date unchanged when the current one already moved', () => {
    const currentDueAt = at('2026-02-26 10:00');
    const r = validateReschedule(calendar, {
      ...base,
      currentDueAt,
      requestedAt: at('2026-02-24 09:00'),
      newDueDate: '2026-03-05',
    });
    expect(r).toEqual({
      ok: true,
      originalDueAt,
      previousDueAt: currentDueAt,
      dueAt: at('2026-03-05 17:00'),
      rescheduleCount: 1,
    });
  });

  it('refuses a second reschedule', () => {
    const r = validateReschedule(calendar, {
      ...base,
      rescheduleCount: 1,
      requestedAt: at('2026-02-13 09:00'),
      newDueDate: '2026-03-03',
    });
    expect(r).toEqual({
      ok: false,
      code: 'already_rescheduled',
      message: 'Hồ sơ đã được hẹn lại ngày trả kết quả một lần, không được hẹn lại thêm.',
    });
  });

  it('refuses a request made on the due date or later', () => {
    for (const requested of ['2026-02-24 08:00', '2026-02-25 09:00']) {
      const r = validateReschedule(calendar, {
        ...base,
        requestedAt: at(requested),
        newDueDate: '2026-03-03',
      });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('too_late');
        expect(r.message).toBe(
          'Văn bản xin lỗi và hẹn lại ngày trả kết quả phải được gửi chậm nhất 01 ngày làm việc trước hạn giải quyết 24/02/2026, tức là trong ngày 23/02/2026.',
        );
      }
    }
  });

  it('counts "one working day before" over holidays (due Monday after Tết → request by Friday 13/02)', () => {
    const dueMonday = at('2026-02-23 17:00');
    const late = validateReschedule(calendar, {
      originalDueAt: dueMonday,
      currentDueAt: dueMonday,
      rescheduleCount: 0,
      requestedAt: at('2026-02-20 09:00'),
      newDueDate: '2026-03-02',
    });
    expect(late.ok ? 'ok' : late.code).toBe('too_late');
    const inTime = validateReschedule(calendar, {
      originalDueAt: dueMonday,
      currentDueAt: dueMonday,
      rescheduleCount: 0,
      requestedAt: at('2026-02-13 16:00'),
      newDueDate: '2026-03-02',
    });
    expect(inTime.ok).toBe(true);
  });

  it('requires a later working day', () => {
    const requestedAt = at('2026-02-12 09:00');
    const same = validateReschedule(calendar, { ...base, requestedAt, newDueDate: '2026-02-24' });
    expect(same).toEqual({
      ok: false,
      code: 'not_later',
      message: 'Ngày hẹn trả mới 24/02/2026 phải sau hạn giải quyết hiện tại 24/02/2026.',
    });
    const earlier = validateReschedule(calendar, { ...base, requestedAt, newDueDate: '2026-02-13' });
    expect(earlier.ok ? 'ok' : earlier.code).toBe('not_later');
    const weekend = validateReschedule(calendar, { ...base, requestedAt, newDueDate: '2026-02-28' });
    expect(weekend).toEqual({
      ok: false,
      code: 'not_working_day',
      message: 'Ngày hẹn trả mới 28/02/2026 (Thứ Bảy) là ngày nghỉ, hãy chọn một ngày làm việc.',
    });
    const invalid = validateReschedule(calendar, { ...base, requestedAt, newDueDate: '2026-02-30' });
    expect(invalid).toEqual({ ok: false, code: 'invalid_date', message: 'Ngày hẹn trả mới không hợp lệ.' });
  });
});
