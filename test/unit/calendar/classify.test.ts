import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_LABELS,
  classifyFinished,
  classifyOpenAt,
  classifyOpenOnReportDate,
  createWorkingCalendar,
} from '../../../src/domain/calendar/index.js';
import { at } from './helpers/local.js';

const calendar = createWorkingCalendar();
const dueAt = at('2026-02-24 17:00');

describe('classifyFinished (date granularity, §4.6)', () => {
  it('compares local dates', () => {
    expect(classifyFinished(at('2026-02-23 16:00'), dueAt)).toBe('early');
    expect(classifyFinished(at('2026-02-24 07:00'), dueAt)).toBe('on_time');
    expect(classifyFinished(at('2026-02-24 20:00'), dueAt)).toBe('on_time'); // same date, after 17:00
    expect(classifyFinished(at('2026-02-25 08:00'), dueAt)).toBe('late');
    // 2026-02-24T17:30Z is 00:30 on 25/02 in Vietnam: late, although the UTC date is the 24th.
    expect(classifyFinished(Date.UTC(2026, 1, 24, 17, 30), dueAt)).toBe('late');
  });

  it('treats a missing due date as on time', () => {
    expect(classifyFinished(at('2030-01-01 08:00'), null)).toBe('on_time');
    expect(classifyFinished(at('2030-01-01 08:00'), undefined)).toBe('on_time');
  });
});

describe('classifyOpenAt (instant, working-time window)', () => {
  it('within deadline, due soon (≤ 1 working day left), overdue', () => {
    expect(classifyOpenAt(calendar, at('2026-02-23 16:00'), dueAt)).toBe('within_deadline'); // 510 min left
    expect(classifyOpenAt(calendar, at('2026-02-23 17:00'), dueAt)).toBe('due_soon'); // 450 min left
    expect(classifyOpenAt(calendar, at('2026-02-24 16:59'), dueAt)).toBe('due_soon');
    expect(classifyOpenAt(calendar, at('2026-02-24 17:00'), dueAt)).toBe('due_soon');
    expect(classifyOpenAt(calendar, at('2026-02-24 17:01'), dueAt)).toBe('overdue');
  });

  it('does not warn early over holidays, and the window is configurable', () => {
    expect(classifyOpenAt(calendar, at('2026-02-20 10:00'), dueAt)).toBe('within_deadline'); // Tết: 2 days left
    expect(classifyOpenAt(calendar, at('2026-02-13 17:00'), dueAt, 2)).toBe('due_soon');
    expect(classifyOpenAt(calendar, at('2026-02-13 16:00'), dueAt, 2)).toBe('within_deadline');
  });

  it('no due date is within deadline', () => {
    expect(classifyOpenAt(calendar, at('2026-02-24 18:00'), null)).toBe('within_deadline');
  });
});

describe('classifyOpenOnReportDate (report end date D)', () => {
  it('due date ≥ D is within deadline, < D overdue', () => {
    expect(classifyOpenOnReportDate('2026-02-24', dueAt)).toBe('within_deadline');
    expect(classifyOpenOnReportDate('2026-02-20', dueAt)).toBe('within_deadline');
    expect(classifyOpenOnReportDate('2026-02-25', dueAt)).toBe('overdue');
    expect(classifyOpenOnReportDate('2026-02-25', null)).toBe('within_deadline');
  });

  it('has Vietnamese labels', () => {
    expect(CLASSIFICATION_LABELS).toEqual({
      early: 'Trước hạn',
      on_time: 'Đúng hạn',
      late: 'Quá hạn',
      within_deadline: 'Trong hạn',
      due_soon: 'Sắp hết hạn',
      overdue: 'Quá hạn',
    });
  });
});
