import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, evaluateStepDeadline } from '../../../src/domain/calendar/index.js';
import { at, show } from './helpers/local.js';

const calendar = createWorkingCalendar();
const step = { startedAt: at('2026-03-10 10:00'), allottedHours: 4, now: at('2026-03-20 10:00') };

describe('evaluateStepDeadline', () => {
  it('computes the step due over office sessions', () => {
    const r = evaluateStepDeadline(calendar, { ...step, finishedAt: at('2026-03-10 15:59') });
    expect(show(r.dueAt)).toBe('2026-03-10 16:00');
    expect(r).toMatchObject({
      allottedWorkingMinutes: 240,
      usedWorkingMinutes: 239,
      finished: true,
      overdue: false,
      status: 'within_deadline',
      label: 'Trong hạn',
    });
  });

  it('is overdue when the used working minutes exceed the allotment', () => {
    const r = evaluateStepDeadline(calendar, { ...step, finishedAt: at('2026-03-10 16:01') });
    expect(r).toMatchObject({ overdue: true, status: 'overdue', label: 'Quá hạn', usedWorkingMinutes: 241 });
  });

  it('is "quá hạn một phần" when the dossier itself finished on time or early', () => {
    for (const dossierOutcome of ['on_time', 'early'] as const) {
      const r = evaluateStepDeadline(calendar, {
        ...step,
        finishedAt: at('2026-03-11 08:00'),
        dossierOutcome,
      });
      expect(r).toMatchObject({ overdue: true, status: 'partially_overdue', label: 'Quá hạn một phần' });
    }
    const late = evaluateStepDeadline(calendar, {
      ...step,
      finishedAt: at('2026-03-11 08:00'),
      dossierOutcome: 'late',
    });
    expect(late.status).toBe('overdue');
  });

  it('evaluates an open step at "now"', () => {
    const r = evaluateStepDeadline(calendar, { ...step, now: at('2026-03-10 17:00') });
    expect(r).toMatchObject({ finished: false, overdue: true, usedWorkingMinutes: 300 });
    const early = evaluateStepDeadline(calendar, { ...step, finishedAt: null, now: at('2026-03-10 13:00') });
    expect(early).toMatchObject({ finished: false, overdue: false, usedWorkingMinutes: 90 });
  });

  it('does not count weekends, nights or lunch', () => {
    const overWeekend = evaluateStepDeadline(calendar, {
      startedAt: at('2026-03-13 16:00'),
      allottedHours: 2,
      finishedAt: at('2026-03-16 08:00'),
      now: at('2026-03-20 08:00'),
    });
    expect(show(overWeekend.dueAt)).toBe('2026-03-16 08:30');
    expect(overWeekend).toMatchObject({ usedWorkingMinutes: 90, overdue: false });
    const atLunch = evaluateStepDeadline(calendar, {
      startedAt: at('2026-03-10 10:00'),
      allottedHours: 1.5,
      finishedAt: at('2026-03-10 12:45'),
      now: at('2026-03-20 08:00'),
    });
    expect(show(atLunch.dueAt)).toBe('2026-03-10 11:30');
    expect(atLunch.overdue).toBe(false);
  });

  it('rejects invalid allotments', () => {
    expect(() => evaluateStepDeadline(calendar, { ...step, allottedHours: -1 })).toThrow(RangeError);
  });
});
