/**
 * Pauses (tạm dừng) and resumption, legal-rules §4.4.
 *
 * Two semantics on resume, chosen per unit by a dated policy (the entry in force on the local resume date):
 * - 'restart': the whole duration is counted again from the resume instant, with the same receipt rules
 *   (cut-off, office hours) — Decree 61/2018/NĐ-CP Art 19.4.
 * - 'add_paused_time': the current due instant moves later by exactly the working time (working minutes
 *   over office sessions) elapsed between pause and resume.
 * No policy entry in force → 'restart', the legal baseline.
 */
import { computeDueDate } from './due-date.js';
import { epochDayOf, formatDisplayDateTime, parseLocalDate } from './time.js';
import type { ClockTime, DurationUnit, Instant, LocalDate } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';
import { addWorkingMs, workingMsBetween } from './working-time.js';

export type PauseKind = 'supplement' | 'financial_obligation' | 'stopped';
export type ResumeSemantics = 'restart' | 'add_paused_time';

export interface ResumePolicyEntry {
  readonly effectiveFrom: LocalDate;
  readonly semantics: ResumeSemantics;
}

export const DEFAULT_RESUME_SEMANTICS: ResumeSemantics = 'restart';

export const PAUSE_KIND_LABELS: Readonly<Record<PauseKind, string>> = Object.freeze({
  supplement: 'yêu cầu bổ sung hồ sơ',
  financial_obligation: 'chờ thực hiện nghĩa vụ tài chính',
  stopped: 'dừng xử lý',
});

/** The semantics in force at `resumedAt`: the entry with the latest effectiveFrom ≤ the local resume date. */
export function resumeSemanticsAt(policy: readonly ResumePolicyEntry[], resumedAt: Instant): ResumeSemantics {
  const day = epochDayOf(resumedAt);
  let best: { from: number; semantics: ResumeSemantics } | null = null;
  for (const entry of policy) {
    const from = parseLocalDate(entry.effectiveFrom);
    if (from <= day && (best === null || from >= best.from)) best = { from, semantics: entry.semantics };
  }
  return best?.semantics ?? DEFAULT_RESUME_SEMANTICS;
}

export interface ResumeInput {
  /** Due instant in force when the dossier was paused. */
  readonly currentDueAt: Instant;
  /** The procedure's duration, needed by 'restart'. */
  readonly duration: {
    readonly amount: number;
    readonly unit: DurationUnit;
    readonly cutoff?: ClockTime | null;
  };
  readonly pausedAt: Instant;
  readonly resumedAt: Instant;
  readonly kind: PauseKind;
  readonly policy: readonly ResumePolicyEntry[];
  readonly explain?: boolean;
}

export interface ResumeResult {
  readonly dueAt: Instant;
  readonly previousDueAt: Instant;
  readonly semantics: ResumeSemantics;
  /** Working minutes elapsed during the pause. */
  readonly pausedWorkingMinutes: number;
  /** Effective restart instant ('restart' only), else null. */
  readonly countingStartsAt: Instant | null;
  readonly explanation?: readonly string[];
}

/** New due instant after a pause ends. */
export function resumeAfterPause(calendar: WorkingCalendar, input: ResumeInput): ResumeResult {
  const { currentDueAt, pausedAt, resumedAt, duration } = input;
  if (!(resumedAt >= pausedAt)) throw new RangeError('resumedAt must not be before pausedAt');
  const semantics = resumeSemanticsAt(input.policy, resumedAt);
  const pausedMs = workingMsBetween(calendar, pausedAt, resumedAt);
  const pausedWorkingMinutes = pausedMs / 60_000;
  const explain = input.explain === true;
  const lines: string[] = [];
  if (explain) {
    lines.push(
      `Tạm dừng (${PAUSE_KIND_LABELS[input.kind]}) từ ${formatDisplayDateTime(pausedAt)} đến ${formatDisplayDateTime(resumedAt)}: ${Math.round(pausedWorkingMinutes)} phút làm việc.`,
    );
  }

  if (semantics === 'restart') {
    const restarted = computeDueDate(calendar, {
      receivedAt: resumedAt,
      amount: duration.amount,
      unit: duration.unit,
      cutoff: duration.cutoff,
      explain,
    });
    if (explain) {
      lines.push(
        'Áp dụng cách tính lại từ đầu (Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4): thời hạn được tính lại toàn bộ từ khi tiếp tục giải quyết.',
        ...(restarted.explanation ?? []),
      );
    }
    return {
      dueAt: restarted.dueAt,
      previousDueAt: currentDueAt,
      semantics,
      pausedWorkingMinutes,
      countingStartsAt: restarted.countingStartsAt,
      ...(explain ? { explanation: lines } : {}),
    };
  }

  const dueAt = addWorkingMs(calendar, currentDueAt, pausedMs);
  if (explain) {
    lines.push(
      `Áp dụng cách tính cộng thời gian tạm dừng: hạn lùi thêm ${Math.round(pausedWorkingMinutes)} phút làm việc, từ ${formatDisplayDateTime(currentDueAt)} thành ${formatDisplayDateTime(dueAt)}.`,
    );
  }
  return {
    dueAt,
    previousDueAt: currentDueAt,
    semantics,
    pausedWorkingMinutes,
    countingStartsAt: null,
    ...(explain ? { explanation: lines } : {}),
  };
}
