import { describe, expect, it } from 'vitest';
import { longDate, placeDateLine, timeAndDate } from '../../../src/documents/format.js';

describe('date phrases on the forms', () => {
  it('writes the place-and-date line in Vietnam time', () => {
    expect(placeDateLine('Lạng Sơn', Date.UTC(2026, 11, 1, 3, 0))).toBe(
      'Lạng Sơn, ngày 01 tháng 12 năm 2026',
    );
    expect(longDate(new Date(Date.UTC(2026, 0, 5)))).toBe('ngày 05 tháng 01 năm 2026');
  });

  it('crosses midnight and the year at UTC+7', () => {
    expect(timeAndDate(Date.UTC(2026, 11, 31, 17, 30))).toBe('00 giờ 30 phút, ngày 01/01/2027');
    expect(placeDateLine('Hà Nội', Date.UTC(2026, 11, 31, 16, 59))).toBe('Hà Nội, ngày 31 tháng 12 năm 2026');
  });

  it('rejects an invalid date', () => {
    expect(() => timeAndDate(Number.NaN)).toThrow(RangeError);
    expect(() => longDate(new Date('not a date'))).toThrow(RangeError);
  });
});
