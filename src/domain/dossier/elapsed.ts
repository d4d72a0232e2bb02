/**
 * The window for a supplement request after appraisal (Art 19.4 of Decree 61/2018/NĐ-CP): the notice
 * must be sent within 3 working days of receipt, unless sector law says otherwise.
 */
import { epochDayOf } from '../calendar/time.js';
import type { Instant } from '../calendar/types.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

export const SUPPLEMENT_WINDOW_WORKING_DAYS = 3;

/**
 * Working days elapsed from the local date of `from` to the local date of `now`: the working days d
 * with date(from) < d ≤ date(now). The day of receipt is not counted (Civil Code Art 147.2), so it is 0
 * on the day of receipt and 3 until the end of the third working day after it.
 */
export function workingDaysElapsed(calendar: WorkingCalendar, from: Instant, now: Instant): number {
  return calendar.countWorkingDays(epochDayOf(from) + 1, epochDayOf(now) + 1);
}
