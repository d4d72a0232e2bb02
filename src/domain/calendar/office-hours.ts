/**
 * Validation of a unit's configured office sessions (giờ hành chính), used before they are stored.
 * Sessions must be in order, each start before its end, and must not overlap.
 */
import { parseClockTime } from './time.js';
import type { OfficeHours } from './types.js';

/** Returns a Vietnamese problem description, or null when the sessions are usable for counting. */
export function officeHoursProblem(hours: OfficeHours): string | null {
  if (hours.sessions.length === 0) return 'Cần ít nhất một buổi làm việc';
  let previousEnd = -1;
  for (const [i, s] of hours.sessions.entries()) {
    const start = parseClockTime(s.start);
    const end = parseClockTime(s.end);
    if (start >= end) return `Buổi thứ ${i + 1}: giờ bắt đầu phải trước giờ kết thúc`;
    if (start < previousEnd) return `Buổi thứ ${i + 1} chồng lấn hoặc đứng trước buổi trước`;
    previousEnd = end;
  }
  return null;
}
