import { describe, expect, it } from 'vitest';
import {
  computeDueDate,
  createWorkingCalendar,
  type ResumePolicyEntry,
  resumeAfterPause,
  resumeSemanticsAt,
} from '../../../src/domain/calendar/index.js';
import { at, show } from './helpers/local.js';

const calendar = createWorkingCalendar();
const duration = { amount: 5, unit: 'working_days' as const };
const currentDueAt = computeDueDate(calendar, { receivedAt: at('2026-03-02 09:00'), ...duration }).dueAt;

const policy: ResumePolicyEntry[] = [
  { effectiveFrom: '2026-03-01', semantics: 'add_paused_time' },
  { effectiveFrom: '2025-01-01', semantics: 'restart' },
];

describe('resume policy', () => {
  it('picks the entry in force at the local resume date', () => {
    expect(resumeSemanticsAt(policy, at('2026-02-28 23:59'))).toBe('restart');
    expect(resumeSemanticsAt(policy, at('2026-03-01 00:00'))).toBe('add_paused_time');
    expect(resumeSemanticsAt(policy, at('2024-06-01 09:00'))).toBe('restart'); // nothing in force: legal baseline
    expect(resumeSemanticsAt([], at('2026-03-10 09:00'))).toBe('restart');
  });
});

describe('resumeAfterPause', () => {
  it('restart: the full duration is counted again from the resume instant (Decree 61/2018 Art 19.4)', () => {
    expect(show(currentDueAt)).toBe('2026-03-09 17:00');
    const r = resumeAfterPause(calendar, {
      currentDueAt,
      duration,
      pausedAt: at('2026-03-04 10:00'),
      resumedAt: at('2026-03-10 09:00'),
      kind: 'supplement',
      policy: [{ effectiveFrom: '2020-01-01', semantics: 'restart' }],
    });
    expect(r.semantics).toBe('restart');
    expect(show(r.dueAt)).toBe('2026-03-17 17:00');
    expect(r.previousDueAt).toBe(currentDueAt);
    expect(show(r.countingStartsAt ?? 0)).toBe('2026-03-10 09:00');
  });

  it('restart applies the cut-off to the resume instant', () => {
    const r = resumeAfterPause(calendar, {
      currentDueAt,
      duration: { ...duration, cutoff: '15:00' },
      pausedAt: at('2026-03-04 10:00'),
      resumedAt: at('2026-03-10 16:00'),
      kind: 'financial_obligation',
      policy: [],
    });
    expect(show(r.dueAt)).toBe('2026-03-18 17:00');
  });

  it('add_paused_time: the due moves by exactly the working time of the pause', () => {
    const r = resumeAfterPause(calendar, {
      currentDueAt,
      duration,
      pausedAt: at('2026-03-04 10:00'),
      resumedAt: at('2026-03-10 09:00'),
      kind: 'supplement',
      policy,
    });
    // 300 (04/03) + 3 × 450 (05, 06, 09/03) + 90 (10/03) = 1740 working minutes
    expect(r.pausedWorkingMinutes).toBe(1740);
    expect(r.semantics).toBe('add_paused_time');
    expect(show(r.dueAt)).toBe('2026-03-13 16:00');
    expect(r.countingStartsAt).toBeNull();
  });

  it('a pause of one full working day moves a day-based due date by one working day', () => {
    const r = resumeAfterPause(calendar, {
      currentDueAt,
      duration,
      pausedAt: at('2026-03-05 07:30'),
      resumedAt: at('2026-03-06 07:30'),
      kind: 'stopped',
      policy,
    });
    expect(show(r.dueAt)).toBe('2026-03-10 17:00');
  });

  it('a pause over non-working time only does not move the due', () => {
    const r = resumeAfterPause(calendar, {
      currentDueAt,
      duration,
      pausedAt: at('2026-03-06 17:00'),
      resumedAt: at('2026-03-09 07:30'),
      kind: 'supplement',
      policy,
    });
    expect(r.pausedWorkingMinutes).toBe(0);
    expect(r.dueAt).toBe(currentDueAt);
  });

  it('explains in Vietnamese on request', () => {
    const r = resumeAfterPause(calendar, {
      currentDueAt,
      duration,
      pausedAt: at('2026-03-04 10:00'),
      resumedAt: at('2026-03-10 09:00'),
      kind: 'supplement',
      policy,
      explain: true,
    });
    expect(r.explanation).toEqual([
      'Tạm dừng (yêu cầu bổ sung hồ sơ) từ 10:00 04/03/2026 đến 09:00 10/03/2026: 1740 phút làm việc.',
      'Áp dụng cách tính cộng thời gian tạm dừng: hạn lùi thêm 1740 phút làm việc, từ 17:00 09/03/2026 thành 16:00 13/03/2026.',
    ]);
    const restart = resumeAfterPause(calendar, {
      currentDueAt,
      duration,
      pausedAt: at('2026-03-04 10:00'),
      resumedAt: at('2026-03-10 09:00'),
      kind: 'supplement',
      policy: [],
      explain: true,
    });
    expect(restart.explanation?.[1]).toContain('Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4');
    expect(restart.explanation?.at(-1)).toBe('Hạn giải quyết: 17:00 ngày 17/03/2026 (Thứ Ba).');
  });

  it('rejects a resume before the pause', () => {
    expect(() =>
      resumeAfterPause(calendar, {
        currentDueAt,
        duration,
        pausedAt: at('2026-03-10 09:00'),
        resumedAt: at('2026-03-04 10:00'),
        kind: 'supplement',
        policy,
      }),
    ).toThrow(RangeError);
  });
});
