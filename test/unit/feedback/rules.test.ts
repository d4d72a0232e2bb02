import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../src/domain/calendar/index.js';
import {
  buildII05,
  closedOnTime,
  FEEDBACK_ACTIONS,
  FEEDBACK_STATES,
  type FeedbackFacts,
  feedbackDueDate,
  feedbackInvariantViolations,
  nextFeedbackState,
  placeFeedback,
  ratingRefusal,
  ruleInForce,
  tallyFeedback,
} from '../../../src/domain/feedback/index.js';

const calendar = createWorkingCalendar();
const rule = { effectiveFrom: '2000-01-01', workingDays: 15, rejectWorkingDays: 2 };

describe('deadline rule in force', () => {
  const rules = [rule, { effectiveFrom: '2026-07-01', workingDays: 10, rejectWorkingDays: 3 }];
  it('takes the latest rule effective on or before the date of receipt', () => {
    expect(ruleInForce(rules, '2026-06-30')?.workingDays).toBe(15);
    expect(ruleInForce(rules, '2026-07-01')?.workingDays).toBe(10);
    expect(ruleInForce([...rules].reverse(), '2027-01-01')?.workingDays).toBe(10);
    expect(ruleInForce(rules, '1999-12-31')).toBeNull();
  });
});

describe('due date on the working calendar', () => {
  it('counts working days after the day of receipt, skipping weekends', () => {
    // Mon 02/03/2026 + 15 working days = Mon 23/03.
    expect(feedbackDueDate(calendar, rule, '2026-03-02')).toBe('2026-03-23');
    // Received on a Saturday: Mon 09/03 is the first working day counted.
    expect(feedbackDueDate(calendar, { ...rule, workingDays: 1 }, '2026-03-07')).toBe('2026-03-09');
  });

  it('skips public holidays (Reunification Day and Labour Day 2026)', () => {
    // Tue 28/04 + 3 working days: 29/04, (30/04, 01/05 off, weekend), 04/05, 05/05.
    expect(feedbackDueDate(calendar, { ...rule, workingDays: 3 }, '2026-04-28')).toBe('2026-05-05');
  });
});

describe('on time or late', () => {
  const base = { receivedDate: '2026-03-02', dueDate: '2026-03-23' };
  it('an answer on the due date is on time, the next day is late', () => {
    expect(closedOnTime(calendar, rule, { ...base, action: 'answer', closedDate: '2026-03-23' })).toBe(true);
    expect(closedOnTime(calendar, rule, { ...base, action: 'answer', closedDate: '2026-03-24' })).toBe(false);
  });
  it('a rejection has its own 2-working-day window', () => {
    expect(closedOnTime(calendar, rule, { ...base, action: 'reject', closedDate: '2026-03-04' })).toBe(true);
    expect(closedOnTime(calendar, rule, { ...base, action: 'reject', closedDate: '2026-03-05' })).toBe(false);
  });
});

describe('transition table', () => {
  it('open feedback can be assigned, answered or rejected; closed feedback cannot change', () => {
    for (const s of FEEDBACK_STATES) {
      for (const a of FEEDBACK_ACTIONS) {
        const next = nextFeedbackState(s, a);
        if (s === 'answered' || s === 'rejected') expect(next).toBeNull();
        else expect(next).toBe({ assign: 'processing', answer: 'answered', reject: 'rejected' }[a]);
      }
    }
  });
});

describe('rating', () => {
  const ok = { ownerAccountId: 'a', accountId: 'a', returnedAt: 1, alreadyRated: false };
  it('only the owner, after return, once', () => {
    expect(ratingRefusal(ok)).toBeNull();
    expect(ratingRefusal({ ...ok, accountId: 'b' })).toBe('not_owner');
    expect(ratingRefusal({ ...ok, ownerAccountId: null })).toBe('not_owner');
    expect(ratingRefusal({ ...ok, returnedAt: null })).toBe('not_returned');
    expect(ratingRefusal({ ...ok, alreadyRated: true })).toBe('already_rated');
  });
});

describe('report placement (Biểu II.05a/b)', () => {
  const open: FeedbackFacts = {
    state: 'processing',
    receivedDate: '2026-02-20',
    dueDate: '2026-03-13',
    closedDate: null,
    onTime: null,
  };
  it('places carried-over, closed-in-period and open feedback', () => {
    expect(placeFeedback(open, '2026-03-01', '2026-03-31')).toEqual({
      counted: true,
      isNew: false,
      outcome: 'pendingOverdue',
    });
    expect(placeFeedback(open, '2026-03-01', '2026-03-13')).toMatchObject({
      outcome: 'pendingWithinDeadline',
    });
    const answered = { ...open, state: 'answered' as const, closedDate: '2026-03-10', onTime: true };
    expect(placeFeedback(answered, '2026-03-01', '2026-03-31')).toMatchObject({ outcome: 'answeredOnTime' });
    // Closed before the period, or received after it: not counted.
    expect(placeFeedback(answered, '2026-03-11', '2026-03-31')).toEqual({ counted: false });
    expect(placeFeedback(open, '2026-01-01', '2026-02-19')).toEqual({ counted: false });
    // Closed after the period: still pending at its end.
    expect(placeFeedback(answered, '2026-03-01', '2026-03-09')).toMatchObject({
      outcome: 'pendingWithinDeadline',
    });
  });

  it('tallies rows that satisfy the form identities', () => {
    const facts: FeedbackFacts[] = [
      open,
      { ...open, receivedDate: '2026-03-02', dueDate: '2026-03-23' },
      { ...open, state: 'answered', closedDate: '2026-03-05', onTime: false },
      { ...open, state: 'rejected', receivedDate: '2026-03-03', closedDate: '2026-03-04', onTime: true },
    ];
    const t = tallyFeedback(facts.map((f) => placeFeedback(f, '2026-03-01', '2026-03-31')));
    expect(t).toMatchObject({
      receivedTotal: 4,
      receivedNew: 2,
      carriedOver: 2,
      answeredLate: 1,
      rejected: 1,
      pendingTotal: 2,
      pendingOverdue: 2,
      pendingWithinDeadline: 0,
    });
    expect(feedbackInvariantViolations(t)).toEqual([]);
    expect(feedbackInvariantViolations({ ...t, rejected: 0 })).toHaveLength(1);
    const form = buildII05({
      form: 'ii05a',
      unitName: 'Xã Tam Thanh',
      superiorName: 'Tỉnh Lạng Sơn',
      period: { from: '2026-03-01', to: '2026-03-31' },
      rows: [{ label: 'Về quy định hành chính', ...t }],
      total: t,
    });
    expect(form.code).toBe('Biểu II.05a/VPCP/KSTT');
    expect(form.columnNumbers).toHaveLength(12);
    expect(form.totalRow.values).toEqual([4, 2, 2, 1, 0, 1, 1, 2, 0, 2]);
    expect(form.periodLine).toBe('Kỳ báo cáo: từ ngày 01/03/2026 đến ngày 31/03/2026');
  });
});
