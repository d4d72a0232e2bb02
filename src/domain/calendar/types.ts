/**
 * Shared types of the legal-time domain (thời hạn giải quyết hồ sơ).
 *
 * Conventions:
 * - `Instant`: a UTC instant as epoch milliseconds (what the database stores).
 * - `LocalDate`: a calendar date in Asia/Ho_Chi_Minh written 'YYYY-MM-DD' (API representation).
 * - `EpochDay`: the same local date as an integer, days since 1970-01-01 (internal representation).
 * - `ClockTime`: a local wall-clock time 'HH:mm'.
 */

export type Instant = number;
export type LocalDate = string;
export type EpochDay = number;
export type ClockTime = string;

/** 0 = Sunday (Chủ nhật), 1 = Monday (Thứ Hai) … 6 = Saturday (Thứ Bảy). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Kind of a calendar override.
 * - `holiday`: public holiday (ngày lễ, Tết) — day off.
 * - `compensatory_off`: nghỉ bù (Labour Code 2019 Art 111.3) — day off.
 * - `swap_off`: a working day swapped into a day off (hoán đổi ngày nghỉ) — day off.
 * - `swap_workday`: a rest day swapped into a working day (ngày làm bù) — working day.
 * - `regular_day`: no special status; the weekly rule applies. Used by an administrator to
 *   remove a built-in (usually provisional) entry for that date.
 */
export type OverrideKind = 'holiday' | 'compensatory_off' | 'swap_off' | 'swap_workday' | 'regular_day';

export interface CalendarOverride {
  readonly date: LocalDate;
  readonly kind: OverrideKind;
  /** Vietnamese name shown to users, e.g. 'Tết Nguyên đán'. */
  readonly name: string;
  /** Legal basis, e.g. 'Thông báo 9441/TB-BNV ngày 16/10/2025'. */
  readonly legalDocument: string;
  /** True when not yet confirmed by an official notice. */
  readonly provisional: boolean;
  /** null = national; otherwise the code of the unit the entry applies to. */
  readonly unitCode: string | null;
}

export interface OfficeSession {
  readonly start: ClockTime;
  readonly end: ClockTime;
}

/** Office (working) hours used for counting working time. */
export interface OfficeHours {
  readonly sessions: readonly OfficeSession[];
}

export type DurationUnit = 'working_days' | 'working_hours' | 'calendar_days';

export interface DueDateInput {
  /** Legal receipt instant (thời điểm tiếp nhận). */
  readonly receivedAt: Instant;
  /** Whole days for day units; hours (fractional allowed, minute precision) for working_hours. */
  readonly amount: number;
  readonly unit: DurationUnit;
  /** Daily cut-off 'HH:mm'; undefined = default '15:00'; null = no cut-off. */
  readonly cutoff?: ClockTime | null;
  /** Produce Vietnamese explanation lines (slow path). */
  readonly explain?: boolean;
}

export interface DueDateResult {
  readonly dueAt: Instant;
  /** Effective receipt instant from which counting starts; its local date is D0. */
  readonly countingStartsAt: Instant;
  readonly explanation?: readonly string[];
}

/** Classification of a finished dossier (hồ sơ đã giải quyết), §4.6. */
export type FinishedClassification = 'early' | 'on_time' | 'late';

/** Classification of a dossier still in progress (hồ sơ đang giải quyết). */
export type OpenClassification = 'within_deadline' | 'due_soon' | 'overdue';
