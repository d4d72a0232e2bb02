import { formatDisplayDate, parseLocalDate } from '../../domain/calendar/index.js';
import { conflict, invalid } from '../../platform/errors.js';

/** Entries are accepted for 1971–2150, the range the counting calendar supports comfortably. */
export function assertEntryDate(date: string): void {
  const year = Number(date.slice(0, 4));
  if (year < 1971 || year > 2150)
    throw invalid('CALENDAR_DATE_OUT_OF_RANGE', 'Ngày nằm ngoài phạm vi lịch (1971–2150)');
}

export function entryExists(date: string) {
  const shown = formatDisplayDate(parseLocalDate(date));
  return conflict(
    'CALENDAR_ENTRY_EXISTS',
    `Ngày ${shown} đã có trong lịch ở cùng phạm vi; hãy sửa ngày đã có thay vì thêm mới`,
  );
}
