/**
 * Legal time (thời hạn giải quyết hồ sơ) — a pure domain module: no I/O, no clock. Every "now" is
 * passed in. Instants are UTC epoch milliseconds; local dates are 'YYYY-MM-DD' at the API and epoch
 * days inside, in Asia/Ho_Chi_Minh computed as fixed UTC+7 (no DST since 1975), see time.ts.
 *
 * ## How calendar entries combine (counting calendar of one unit)
 * For each local date the deciding entry is, highest priority first:
 *   1. the unit's administrator entry (unitCode = the unit) for that date;
 *   2. the national administrator entry (unitCode null) for that date;
 *   3. the built-in base entry for that date: `holidaysForYear(year)` — the official schedule shipped in
 *      code for 2025 and 2026, provisional lunar-computed holidays for every other year (replaceable
 *      with the `baseForYear` option);
 *   4. no entry: the weekly rule (Monday–Friday working; `weeklyRestDays`, default Saturday+Sunday, off).
 * Replacement is per date only: an admin entry never affects other dates, and base entries stay in force
 * for the dates an administrator has not entered, even in a year where the admin entered other dates.
 * Kinds: holiday / compensatory_off / swap_off → day off; swap_workday → working day; regular_day → the
 * weekly rule applies. An administrator removes a built-in (provisional) entry by entering 'regular_day'
 * on its date; `unconfirmedBaseEntries(year, adminEntries)` lists the provisional entries still in force.
 * When the official notice of a year arrives, the admin enters its days (they replace the base entries on
 * those dates) and a 'regular_day' for each remaining provisional date that is not a day off.
 * Within one level a later entry for the same date replaces an earlier one; `mergeOverrides` builds the
 * national + one unit list (the unit wins). Public opening hours are separate data and never affect counting.
 *
 * ## Hours and days
 * Working hours are counted over the configured office sessions (default 07:30–11:30, 13:30–17:00 = 7 h 30
 * per working day). A working-day duration is counted in days (never converted to hours). The nominal
 * 8 h = 1 day (`HOURS_PER_WORKING_DAY`, `workingDaysToHours`) is only for turning a day-based allotment into
 * hours; pause arithmetic works in working minutes over sessions (`workingDaysToMinutes` for the
 * session-based equivalent of whole days), so a pause of one full working day moves a due date by exactly
 * one working day.
 */
export {
  CLASSIFICATION_LABELS,
  classifyFinished,
  classifyOpenAt,
  classifyOpenOnReportDate,
} from './classify.js';
export {
  computeDueDate,
  cutoffToMs,
  DEFAULT_CUTOFF,
  dueFromStart,
  HOURS_PER_WORKING_DAY,
  hoursToMs,
  workingDaysToHours,
  workingDaysToMinutes,
} from './due-date.js';
export { dayOffLine, dayOffReason, explainDueDate } from './explain.js';
export { holidaysForYear } from './holidays.js';
export { OFFICIAL_YEARS, officialHolidays } from './holidays-official.js';
export { PROVISIONAL_LEGAL_DOCUMENT, provisionalHolidays } from './holidays-provisional.js';
export type { LunarDate } from './lunar.js';
export { epochDayToLunar, leapMonthOf, lunarNewYear, lunarToEpochDay } from './lunar.js';
export { officeHoursProblem } from './office-hours.js';
export type { OpeningHours } from './opening-hours.js';
export { EXAMPLE_SATURDAY_MORNING_OPENING, isOpenToPublic } from './opening-hours.js';
export { assertValidOverride, isDayOffKind, mergeOverrides, unconfirmedBaseEntries } from './overrides.js';
export type { PauseKind, ResumeInput, ResumePolicyEntry, ResumeResult, ResumeSemantics } from './pauses.js';
export {
  DEFAULT_RESUME_SEMANTICS,
  PAUSE_KIND_LABELS,
  resumeAfterPause,
  resumeSemanticsAt,
} from './pauses.js';
export type { RescheduleErrorCode, RescheduleInput, RescheduleResult } from './reschedule.js';
export { validateReschedule } from './reschedule.js';
export type { StepDeadlineInput, StepDeadlineResult, StepStatus } from './step-deadline.js';
export { evaluateStepDeadline, STEP_STATUS_LABELS } from './step-deadline.js';
export type { CivilDate } from './time.js';
export {
  civilFromEpochDay,
  epochDayFromCivil,
  epochDayOf,
  formatClockTime,
  formatDisplayDate,
  formatDisplayDateTime,
  formatLocalDate,
  instantAt,
  isValidLocalDate,
  localInstant,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  msOfLocalDay,
  parseClockTime,
  parseLocalDate,
  toLocalDate,
  toLocalTime,
  UTC_OFFSET_MS,
  weekdayName,
  weekdayOf,
} from './time.js';
export type {
  CalendarOverride,
  ClockTime,
  DueDateInput,
  DueDateResult,
  DurationUnit,
  EpochDay,
  FinishedClassification,
  Instant,
  LocalDate,
  OfficeHours,
  OfficeSession,
  OpenClassification,
  OverrideKind,
  Weekday,
} from './types.js';
export type { DayInfo, WorkingCalendarOptions } from './working-calendar.js';
export {
  createWorkingCalendar,
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WEEKLY_REST_DAYS,
  MAX_SUPPORTED_YEAR,
  MIN_SUPPORTED_YEAR,
  WorkingCalendar,
} from './working-calendar.js';
export type { ReceiptTiming } from './working-time.js';
export {
  addWorkingMinutes,
  addWorkingMs,
  effectiveReceipt,
  receiptTiming,
  workingMinutesBetween,
  workingMsBetween,
} from './working-time.js';
