// Period presets: calendar week/month/quarter/year and the statistical periods by the cut-off rule
// (legal-rules §10.4: from the 15th of the month before the period to the 14th of its last month).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalDate, parseLocalDate } from '../../../src/domain/calendar/time.js';
import { customPeriodLabel, type PeriodPreset, periodPresets } from '../../../src/domain/reports/index.js';

const byId = (date: string) => new Map(periodPresets(date).map((p) => [p.id, p]));
const pick = (date: string, id: string): Pick<PeriodPreset, 'from' | 'to' | 'label'> => {
  const p = byId(date).get(id);
  if (!p) throw new Error(`no preset ${id}`);
  return { from: p.from, to: p.to, label: p.label };
};

describe('calendar presets', () => {
  it('week runs Monday to Sunday, also across a month and a year', () => {
    expect(pick('2026-02-18', 'calendar-week')).toEqual({
      from: '2026-02-16',
      to: '2026-02-22',
      label: 'Tuần này (16/02/2026 – 22/02/2026)',
    });
    expect(pick('2026-02-16', 'calendar-week').from).toBe('2026-02-16');
    expect(pick('2026-02-22', 'calendar-week').from).toBe('2026-02-16');
    expect(pick('2026-02-16', 'calendar-week-previous')).toEqual({
      from: '2026-02-09',
      to: '2026-02-15',
      label: 'Tuần trước (09/02/2026 – 15/02/2026)',
    });
    expect(pick('2027-01-01', 'calendar-week')).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('month, quarter and year, with the previous one', () => {
    expect(pick('2024-02-10', 'calendar-month')).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
      label: 'Tháng 2/2024 (01/02/2024 – 29/02/2024)',
    });
    expect(pick('2026-01-31', 'calendar-month-previous')).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(pick('2026-11-05', 'calendar-quarter')).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
      label: 'Quý IV/2026 (01/10/2026 – 31/12/2026)',
    });
    expect(pick('2026-02-05', 'calendar-quarter-previous')).toMatchObject({
      from: '2025-10-01',
      to: '2025-12-31',
      label: 'Quý IV/2025 (01/10/2025 – 31/12/2025)',
    });
    expect(pick('2026-07-01', 'calendar-year')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      label: 'Năm 2026 (01/01/2026 – 31/12/2026)',
    });
    expect(pick('2026-07-01', 'calendar-year-previous')).toMatchObject({ from: '2025-01-01' });
  });
});

describe('statistical presets (cut-off 15th → 14th)', () => {
  it('quarters as §10.4 lists them: Q1 15/12 → 14/03 … Q4 15/09 → 14/12', () => {
    expect(pick('2026-02-01', 'statistical-quarter')).toMatchObject({ from: '2025-12-15', to: '2026-03-14' });
    expect(pick('2026-04-01', 'statistical-quarter')).toMatchObject({ from: '2026-03-15', to: '2026-06-14' });
    expect(pick('2026-07-01', 'statistical-quarter')).toMatchObject({ from: '2026-06-15', to: '2026-09-14' });
    expect(pick('2026-10-20', 'statistical-quarter')).toEqual({
      from: '2026-09-15',
      to: '2026-12-14',
      label: 'Quý IV/2026 (kỳ số liệu 15/09/2026 – 14/12/2026)',
    });
  });

  it('a date on the 15th or later belongs to the next period; the 14th closes the current one', () => {
    expect(pick('2026-12-14', 'statistical-quarter').label).toBe(
      'Quý IV/2026 (kỳ số liệu 15/09/2026 – 14/12/2026)',
    );
    expect(pick('2026-12-15', 'statistical-quarter').label).toBe(
      'Quý I/2027 (kỳ số liệu 15/12/2026 – 14/03/2027)',
    );
    expect(pick('2026-12-15', 'statistical-quarter-previous').label).toBe(
      'Quý IV/2026 (kỳ số liệu 15/09/2026 – 14/12/2026)',
    );
    expect(pick('2026-03-14', 'statistical-month')).toEqual({
      from: '2026-02-15',
      to: '2026-03-14',
      label: 'Tháng 3/2026 (kỳ số liệu 15/02/2026 – 14/03/2026)',
    });
    expect(pick('2026-03-15', 'statistical-month')).toMatchObject({ from: '2026-03-15', to: '2026-04-14' });
    expect(pick('2026-01-10', 'statistical-month-previous')).toEqual({
      from: '2025-11-15',
      to: '2025-12-14',
      label: 'Tháng 12/2025 (kỳ số liệu 15/11/2025 – 14/12/2025)',
    });
  });

  it('half-years 15/12 → 14/06 and 15/06 → 14/12; years 15/12 → 14/12', () => {
    expect(pick('2026-06-14', 'statistical-half-year')).toEqual({
      from: '2025-12-15',
      to: '2026-06-14',
      label: '6 tháng đầu năm 2026 (kỳ số liệu 15/12/2025 – 14/06/2026)',
    });
    expect(pick('2026-06-15', 'statistical-half-year')).toEqual({
      from: '2026-06-15',
      to: '2026-12-14',
      label: '6 tháng cuối năm 2026 (kỳ số liệu 15/06/2026 – 14/12/2026)',
    });
    expect(pick('2026-06-15', 'statistical-half-year-previous')).toMatchObject({ from: '2025-12-15' });
    expect(pick('2026-05-01', 'statistical-year')).toEqual({
      from: '2025-12-15',
      to: '2026-12-14',
      label: 'Năm 2026 (kỳ số liệu 15/12/2025 – 14/12/2026)',
    });
    expect(pick('2026-12-20', 'statistical-year')).toMatchObject({ from: '2026-12-15', to: '2027-12-14' });
    expect(pick('2026-12-20', 'statistical-year-previous').label).toBe(
      'Năm 2026 (kỳ số liệu 15/12/2025 – 14/12/2026)',
    );
  });

  it('lists every preset once, current before previous', () => {
    const ids = periodPresets('2026-05-01').map((p) => p.id);
    expect(ids).toEqual([
      'calendar-week',
      'calendar-week-previous',
      'calendar-month',
      'calendar-month-previous',
      'calendar-quarter',
      'calendar-quarter-previous',
      'calendar-year',
      'calendar-year-previous',
      'statistical-month',
      'statistical-month-previous',
      'statistical-quarter',
      'statistical-quarter-previous',
      'statistical-half-year',
      'statistical-half-year-previous',
      'statistical-year',
      'statistical-year-previous',
    ]);
  });

  it('labels any range', () => {
    expect(customPeriodLabel({ from: '2026-02-01', to: '2026-02-28' })).toBe('Từ 01/02/2026 đến 28/02/2026');
  });
});

describe('properties', () => {
  const dates = fc
    .integer({ min: parseLocalDate('2000-01-01'), max: parseLocalDate('2100-12-31') })
    .map(formatLocalDate);

  it('every current period contains the date, and its previous period ends the day before it starts', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const all = byId(date);
        for (const p of periodPresets(date).filter((x) => x.current)) {
          expect(p.from <= date && date <= p.to, `${p.id} ${date}`).toBe(true);
          const prev = all.get(`${p.id}-previous`)!;
          expect(parseLocalDate(prev.to) + 1, `${p.id} ${date}`).toBe(parseLocalDate(p.from));
          if (p.basis === 'statistical') {
            expect(p.from.slice(8)).toBe('15');
            expect(p.to.slice(8)).toBe('14');
          }
        }
      }),
    );
  });
});
