/**
 * Rescheduling the due date with an apology letter (văn bản xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04).
 *
 * Rules: at most once per dossier; the request must be made at least 1 working day before the current
 * due date, i.e. on or before the last working day preceding the due date; the new due date must be a
 * later local date and a working day. The original due instant is never changed: it is returned as is.
 */
import {
  epochDayOf,
  formatDisplayDate,
  instantAt,
  isValidLocalDate,
  parseLocalDate,
  weekdayName,
} from './time.js';
import type { Instant, LocalDate } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';

export type RescheduleErrorCode =
  | 'invalid_date'
  | 'already_rescheduled'
  | 'too_late'
  | 'not_later'
  | 'not_working_day';

export interface RescheduleInput {
  /** Due instant first computed at receipt (immutable). */
  readonly originalDueAt: Instant;
  /** Due instant currently in force (may differ from the original after pauses). */
  readonly currentDueAt: Instant;
  /** How many reschedules the dossier already had. */
  readonly rescheduleCount: number;
  /** When the apology letter / request is issued. */
  readonly requestedAt: Instant;
  /** Proposed new due date. */
  readonly newDueDate: LocalDate;
}

export type RescheduleResult =
  | {
      readonly ok: true;
      readonly originalDueAt: Instant;
      readonly previousDueAt: Instant;
      /** New due instant: end of office hours on the new due date. */
      readonly dueAt: Instant;
      readonly rescheduleCount: number;
    }
  | { readonly ok: false; readonly code: RescheduleErrorCode; readonly message: string };

function failure(code: RescheduleErrorCode, message: string): RescheduleResult {
  return { ok: false, code, message };
}

/** Validates a reschedule request and returns the new due instant, or a typed error with a Vietnamese message. */
export function validateReschedule(calendar: WorkingCalendar, input: RescheduleInput): RescheduleResult {
  if (!isValidLocalDate(input.newDueDate)) {
    return failure('invalid_date', 'Ngày hẹn trả mới không hợp lệ.');
  }
  if (input.rescheduleCount >= 1) {
    return failure(
      'already_rescheduled',
      'Hồ sơ đã được hẹn lại ngày trả kết quả một lần, không được hẹn lại thêm.',
    );
  }
  const dueDay = epochDayOf(input.currentDueAt);
  const latestRequestDay = calendar.previousWorkingDay(dueDay);
  if (epochDayOf(input.requestedAt) > latestRequestDay) {
    return failure(
      'too_late',
      `Văn bản xin lỗi và hẹn lại ngày trả kết quả phải được gửi chậm nhất 01 ngày làm việc trước hạn giải quyết ${formatDisplayDate(dueDay)}, tức là trong ngày ${formatDisplayDate(latestRequestDay)}.`,
    );
  }
  const newDay = parseLocalDate(input.newDueDate);
  if (newDay <= dueDay) {
    return failure(
      'not_later',
      `Ngày hẹn trả mới ${formatDisplayDate(newDay)} phải sau hạn giải quyết hiện tại ${formatDisplayDate(dueDay)}.`,
    );
  }
  if (!calendar.isWorkingDay(newDay)) {
    return failure(
      'not_working_day',
      `Ngày hẹn trả mới ${formatDisplayDate(newDay)} (${weekdayName(newDay)}) là ngày nghỉ, hãy chọn một ngày làm việc.`,
    );
  }
  return {
    ok: true,
    originalDueAt: input.originalDueAt,
    previousDueAt: input.currentDueAt,
    dueAt: instantAt(newDay, calendar.closingMs),
    rescheduleCount: input.rescheduleCount + 1,
  };
}
