import { describe, expect, it } from 'vitest';
import {
  type CalendarOverride,
  createWorkingCalendar,
  epochDayFromCivil,
  formatLocalDate,
  holidaysForYear,
  lunarNewYear,
  lunarToEpochDay,
  mergeOverrides,
  OFFICIAL_YEARS,
  PROVISIONAL_LEGAL_DOCUMENT,
  parseLocalDate,
  provisionalHolidays,
  unconfirmedBaseEntries,
  weekdayOf,
} from '../../../src/domain/calendar/index.js';

const dates = (entries: readonly CalendarOverride[], kind?: CalendarOverride['kind']) =>
  entries.filter((e) => kind === undefined || e.kind === kind).map((e) => e.date);

function admin(
  date: string,
  kind: CalendarOverride['kind'],
  unitCode: string | null = null,
): CalendarOverride {
  return {
    date,
    kind,
    name: 'Điều chỉnh của quản trị',
    legalDocument: 'Quyết định thử nghiệm',
    provisional: false,
    unitCode,
  };
}

describe('official built-in data', () => {
  it('ships 2025 and 2026 as official', () => {
    expect(OFFICIAL_YEARS).toEqual([2025, 2026]);
  });

  it('2025: New Year, Tết 27–31/01, Giỗ Tổ 07/04, 30/4 swap, Quốc khánh 01–02/09', () => {
    const y2025 = holidaysForYear(2025);
    expect(dates(y2025, 'holiday')).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(dates(y2025, 'swap_off')).toEqual(['2025-05-02']);
    expect(dates(y2025, 'swap_workday')).toEqual(['2025-04-26']);
    expect(y2025.every((e) => !e.provisional && e.unitCode === null && e.legalDocument !== '')).toBe(true);
    expect(y2025.find((e) => e.date === '2025-01-29')?.legalDocument).toContain('6150/TB-BLĐTBXH');
  });

  it('2026: swaps for New Year, Tết 16–20/02, Giỗ Tổ compensatory, Quốc khánh marked provisional', () => {
    const y2026 = holidaysForYear(2026);
    expect(dates(y2026, 'holiday')).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(dates(y2026, 'swap_off')).toEqual(['2026-01-02', '2026-08-31']);
    expect(dates(y2026, 'swap_workday')).toEqual(['2026-01-10', '2026-08-22']);
    expect(dates(y2026, 'compensatory_off')).toEqual(['2026-04-27']);
    expect(y2026.find((e) => e.date === '2026-02-16')?.legalDocument).toBe(
      'Thông báo 9441/TB-BNV ngày 16/10/2025',
    );
    expect(y2026.find((e) => e.date === '2026-01-02')?.legalDocument).toContain('12729/VPCP-KGVX');
    const provisional = y2026.filter((e) => e.provisional).map((e) => e.date);
    expect(provisional).toEqual(['2026-08-22', '2026-08-31', '2026-09-01', '2026-09-02']);
  });

  it('the provisional rule reproduces the official Tết 2026 days', () => {
    expect(dates(provisionalHolidays(2026)).filter((d) => d.startsWith('2026-02'))).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('makes the counting calendar follow the notices', () => {
    const cal = createWorkingCalendar();
    const working = ['2025-04-26', '2026-01-10', '2025-01-24', '2025-02-03', '2026-02-23', '2026-08-22'];
    const off = [
      '2025-01-27',
      '2025-05-02',
      '2025-09-01',
      '2026-01-02',
      '2026-02-20',
      '2026-04-27',
      '2026-08-31',
    ];
    for (const d of working) expect(cal.isWorkingDate(d), d).toBe(true);
    for (const d of off) expect(cal.isWorkingDate(d), d).toBe(false);
    const info = cal.dayInfo(parseLocalDate('2026-02-16'));
    expect(info).toMatchObject({ working: false, source: 'built_in', weekday: 1, date: '2026-02-16' });
    expect(info.override?.name).toBe('Tết Nguyên đán');
  });
});

describe('provisional holidays for years without a notice', () => {
  it('are all provisional, national and cite the Labour Code', () => {
    for (let year = 2027; year <= 2100; year++) {
      for (const e of holidaysForYear(year)) {
        expect(e.provisional).toBe(true);
        expect(e.unitCode).toBeNull();
        expect(e.legalDocument).toBe(PROVISIONAL_LEGAL_DOCUMENT);
        expect(e.date.startsWith(String(year))).toBe(true);
      }
    }
    expect(PROVISIONAL_LEGAL_DOCUMENT).toBe(
      'Dự kiến theo Bộ luật Lao động 2019, Điều 112 (chưa có thông báo chính thức)',
    );
  });

  it('have the 11 statutory days and one compensatory day per holiday on a weekend', () => {
    for (let year = 2027; year <= 2100; year++) {
      const entries = holidaysForYear(year);
      const holidays = entries.filter((e) => e.kind === 'holiday');
      const nameCount = holidays.reduce((n, e) => n + e.name.split('; ').length, 0);
      expect(nameCount, String(year)).toBe(11);
      const tet = lunarNewYear(year);
      for (let d = tet - 1; d <= tet + 3; d++) expect(dates(holidays)).toContain(formatLocalDate(d));
      expect(dates(holidays)).toContain(
        formatLocalDate(lunarToEpochDay({ day: 10, month: 3, year, leap: false })),
      );
      for (const md of ['01-01', '04-30', '05-01', '09-02'])
        expect(dates(holidays)).toContain(`${year}-${md}`);
      const weekendHolidays = holidays.filter((e) => [0, 6].includes(weekdayOf(parseLocalDate(e.date))));
      const compensatory = entries.filter((e) => e.kind === 'compensatory_off');
      expect(compensatory.length, String(year)).toBe(weekendHolidays.length);
      for (const c of compensatory) {
        const w = weekdayOf(parseLocalDate(c.date));
        expect(w >= 1 && w <= 5).toBe(true);
        expect(dates(holidays)).not.toContain(c.date);
        expect(c.name.startsWith('Nghỉ bù ')).toBe(true);
      }
    }
  });

  it('picks the Quốc khánh neighbour that joins a weekend', () => {
    const nationalDays = (year: number) =>
      holidaysForYear(year)
        .filter((e) => e.date.startsWith(`${year}-09`))
        .map((e) => `${e.date.slice(8)}:${e.kind}`);
    expect(nationalDays(2027)).toEqual(['02:holiday', '03:holiday']); // Thursday → Friday 03/09
    expect(nationalDays(2028)).toEqual(['01:holiday', '02:holiday', '04:compensatory_off']); // Saturday
    expect(nationalDays(2029)).toEqual(['02:holiday', '03:holiday', '04:compensatory_off']); // Sunday
    expect(nationalDays(2030)).toEqual(['02:holiday', '03:holiday']); // Monday → Tuesday 03/09
    expect(nationalDays(2031)).toEqual(['01:holiday', '02:holiday']); // Tuesday → Monday 01/09
    expect(nationalDays(2033)).toEqual(['01:holiday', '02:holiday']); // Friday → Thursday 01/09
    expect(nationalDays(2037)).toEqual(['01:holiday', '02:holiday']); // Wednesday → Tuesday 01/09 (as 2026)
  });

  it('gives compensatory days after Tết on a weekend (2027)', () => {
    const y2027 = holidaysForYear(2027);
    expect(dates(y2027, 'compensatory_off')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
    expect(y2027.find((e) => e.date === '2027-02-10')?.name).toBe(
      'Nghỉ bù Tết Nguyên đán, ngày 06/02/2027 trùng Thứ Bảy',
    );
  });
});

describe('combining built-in and administrator entries', () => {
  it('admin entries replace the base entry on the same date only', () => {
    const cal = createWorkingCalendar({
      overrides: [admin('2027-02-11', 'regular_day'), admin('2027-02-12', 'holiday')],
    });
    expect(cal.isWorkingDate('2027-02-11')).toBe(true); // provisional compensatory day removed
    expect(cal.isWorkingDate('2027-02-12')).toBe(false); // added
    expect(cal.isWorkingDate('2027-02-10')).toBe(false); // other base entries stay
    expect(cal.dayInfo(parseLocalDate('2027-02-11')).source).toBe('admin');
  });

  it('keeps the built-in base in a year where the admin entered other dates', () => {
    const cal = createWorkingCalendar({ overrides: [admin('2026-03-02', 'holiday')] });
    expect(cal.isWorkingDate('2026-02-16')).toBe(false);
    expect(cal.isWorkingDate('2026-03-02')).toBe(false);
  });

  it('regular_day on a weekend restores the weekly rest; swap_workday makes it a working day', () => {
    const cal = createWorkingCalendar({
      overrides: [admin('2026-01-10', 'regular_day'), admin('2027-02-20', 'swap_workday')],
    });
    expect(cal.isWorkingDate('2026-01-10')).toBe(false);
    expect(cal.isWorkingDate('2027-02-20')).toBe(true);
  });

  it('a unit entry wins over the national one on the same date, in any order', () => {
    for (const overrides of [
      [admin('2027-03-01', 'holiday'), admin('2027-03-01', 'regular_day', 'UBND-XA-A')],
      [admin('2027-03-01', 'regular_day', 'UBND-XA-A'), admin('2027-03-01', 'holiday')],
    ]) {
      expect(createWorkingCalendar({ overrides }).isWorkingDate('2027-03-01')).toBe(true);
    }
    expect(() =>
      createWorkingCalendar({
        overrides: [admin('2027-03-01', 'holiday', 'A'), admin('2027-03-02', 'holiday', 'B')],
      }),
    ).toThrow(TypeError);
  });

  it('mergeOverrides: national + one unit, unit wins, sorted by date', () => {
    const merged = mergeOverrides(
      [admin('2027-03-02', 'holiday'), admin('2027-03-01', 'holiday')],
      [admin('2027-03-01', 'regular_day', 'UBND-XA-A')],
    );
    expect(merged.map((e) => `${e.date}:${e.kind}:${e.unitCode}`)).toEqual([
      '2027-03-01:regular_day:UBND-XA-A',
      '2027-03-02:holiday:null',
    ]);
    expect(() => mergeOverrides([admin('2027-03-01', 'holiday', 'X')], [])).toThrow(TypeError);
    expect(() => mergeOverrides([], [admin('2027-03-01', 'holiday')])).toThrow(TypeError);
    expect(() =>
      mergeOverrides([], [admin('2027-03-01', 'holiday', 'A'), admin('2027-03-02', 'holiday', 'B')]),
    ).toThrow(TypeError);
  });

  it('lists provisional base entries the admin has not confirmed or removed', () => {
    const all = unconfirmedBaseEntries(2027, []);
    expect(all.length).toBe(holidaysForYear(2027).length);
    const left = unconfirmedBaseEntries(2027, [
      admin('2027-01-01', 'holiday'),
      admin('2027-02-11', 'regular_day'),
    ]);
    expect(dates(left)).not.toContain('2027-01-01');
    expect(dates(left)).not.toContain('2027-02-11');
    expect(left.length).toBe(all.length - 2);
    expect(unconfirmedBaseEntries(2025, [])).toEqual([]);
  });

  it('validates entries', () => {
    expect(() => createWorkingCalendar({ overrides: [admin('2027-02-30', 'holiday')] })).toThrow(RangeError);
    expect(() =>
      createWorkingCalendar({ overrides: [{ ...admin('2027-02-03', 'holiday'), name: ' ' }] }),
    ).toThrow(TypeError);
    expect(() =>
      createWorkingCalendar({ overrides: [admin('2027-02-03', 'day_off' as CalendarOverride['kind'])] }),
    ).toThrow(TypeError);
  });

  it('accepts another base layer and another weekly rest', () => {
    const noBase = createWorkingCalendar({ baseForYear: () => [] });
    expect(noBase.isWorkingDate('2026-02-16')).toBe(true);
    const sundayOnly = createWorkingCalendar({ weeklyRestDays: [0] });
    expect(sundayOnly.isWorkingDate('2026-03-07')).toBe(true);
    expect(sundayOnly.isWorkingDate('2026-03-08')).toBe(false);
    expect(() => createWorkingCalendar({ weeklyRestDays: [0, 1, 2, 3, 4, 5, 6] })).toThrow(RangeError);
    expect(epochDayFromCivil(2026, 3, 7)).toBe(parseLocalDate('2026-03-07'));
  });
});
