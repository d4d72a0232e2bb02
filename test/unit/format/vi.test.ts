import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatNumber,
  formatPercent,
  parseDateVi,
  VIETNAM_UTC_OFFSET_MS,
} from '../../../src/domain/format/index.js';

/** Epoch milliseconds of a wall-clock time in Vietnam (UTC+7). */
function vnTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - 7 * 3_600_000;
}

describe('formatDate / formatDateTime (Asia/Ho_Chi_Minh, UTC+7)', () => {
  it('uses a fixed UTC+7 offset', () => {
    expect(VIETNAM_UTC_OFFSET_MS).toBe(25_200_000);
  });

  it('formats dd/MM/yyyy and HH:mm dd/MM/yyyy with zero padding', () => {
    const t = vnTime(2026, 2, 4, 8, 5, 59);
    expect(formatDate(t)).toBe('04/02/2026');
    expect(formatDateTime(t)).toBe('08:05 04/02/2026');
  });

  it('formats an ISO instant in UTC as Vietnam time', () => {
    const t = Date.parse('2026-02-24T03:00:00.000Z');
    expect(formatDate(t)).toBe('24/02/2026');
    expect(formatDateTime(t)).toBe('10:00 24/02/2026');
  });

  it('changes day at midnight Vietnam time, i.e. 17:00 UTC', () => {
    const lastMs = Date.parse('2026-02-23T16:59:59.999Z');
    expect(formatDateTime(lastMs)).toBe('23:59 23/02/2026');
    expect(formatDateTime(lastMs + 1)).toBe('00:00 24/02/2026');
  });

  it('changes year at 17:00 UTC on 31 December', () => {
    expect(formatDate(Date.parse('2025-12-31T16:59:59.999Z'))).toBe('31/12/2025');
    expect(formatDate(Date.parse('2025-12-31T17:00:00.000Z'))).toBe('01/01/2026');
  });

  it('handles leap days', () => {
    expect(formatDate(vnTime(2024, 2, 29, 12))).toBe('29/02/2024');
    expect(formatDate(vnTime(2024, 2, 29, 23, 59) + 60_000)).toBe('01/03/2024');
  });

  it('handles the epoch and instants before it', () => {
    expect(formatDateTime(0)).toBe('07:00 01/01/1970');
    expect(formatDateTime(-1)).toBe('06:59 01/01/1970');
    expect(formatDate(vnTime(1945, 9, 2, 14))).toBe('02/09/1945');
  });

  it('truncates seconds rather than rounding them', () => {
    expect(formatDateTime(vnTime(2026, 7, 1, 9, 29, 59, 999))).toBe('09:29 01/07/2026');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 8.64e15 + 1, 1e17])(
    'throws RangeError for %s',
    (value) => {
      expect(() => formatDate(value)).toThrow(RangeError);
      expect(() => formatDateTime(value)).toThrow(RangeError);
    },
  );

  it('agrees with Intl for Asia/Ho_Chi_Minh (property)', () => {
    const reference = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2200, 0, 1) }), (t) => {
        const parts = Object.fromEntries(reference.formatToParts(t).map((p) => [p.type, p.value]));
        const expected = `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
        return formatDateTime(t) === expected;
      }),
    );
  });
});

describe('formatLocalDate', () => {
  it('formats a calendar date without any time-zone shift', () => {
    expect(formatLocalDate('2026-02-24')).toBe('24/02/2026');
    expect(formatLocalDate('2024-02-29')).toBe('29/02/2024');
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-2-4', '24/02/2026', '', '2026-02-24T00:00'])(
    'throws RangeError for %j',
    (input) => {
      expect(() => formatLocalDate(input)).toThrow(RangeError);
    },
  );
});

describe('parseDateVi', () => {
  it.each([
    ['24/02/2026', '2026-02-24'],
    ['4/2/2026', '2026-02-04'],
    ['04-02-2026', '2026-02-04'],
    ['04.02.2026', '2026-02-04'],
    [' 01/01/2000 ', '2000-01-01'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/1999', '1999-12-31'],
    ['30/04/1975', '1975-04-30'],
  ])('parses %j as %s', (input, expected) => {
    expect(parseDateVi(input)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['ISO order', '2026-02-24'],
    ['US order with day > 12', '02/24/2026'],
    ['day 0', '00/02/2026'],
    ['day 32', '32/01/2026'],
    ['month 0', '01/00/2026'],
    ['month 13', '01/13/2026'],
    ['30 February', '30/02/2024'],
    ['29 February in a common year', '29/02/2025'],
    ['29 February 1900 (not a leap year)', '29/02/1900'],
    ['31 April', '31/04/2026'],
    ['two-digit year', '24/02/26'],
    ['five-digit year', '24/02/20260'],
    ['year 0', '01/01/0000'],
    ['mixed separators', '24/02-2026'],
    ['time part', '24/02/2026 10:00'],
    ['letters', 'ngày 24/02/2026'],
    ['three-digit day', '024/02/2026'],
  ])('returns null for %s', (_label, input) => {
    expect(parseDateVi(input)).toBeNull();
  });

  it('round-trips with formatDate and formatLocalDate (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: vnTime(1900, 1, 1), max: vnTime(2999, 12, 31) }), (t) => {
        const shown = formatDate(t);
        const iso = parseDateVi(shown);
        return iso !== null && formatLocalDate(iso) === shown;
      }),
    );
  });
});

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1.000'],
    [1568, '1.568'],
    [18025000, '18.025.000'],
    [1234567890123, '1.234.567.890.123'],
    [-1568, '-1.568'],
    [12.5, '12,5'],
    [0.5, '0,5'],
    [-0.25, '-0,25'],
    [1234.5678, '1.234,568'],
    [1.0005, '1,001'],
    [1.00049, '1'],
    [0.0004, '0'],
    [-0.0004, '0'],
    [-0, '0'],
    [999.9996, '1.000'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [1.5e-7, '0'],
  ])('formats %d as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('rounds half away from zero on the decimal value people see', () => {
    expect(formatNumber(1.005, { maximumFractionDigits: 2 })).toBe('1,01');
    expect(formatNumber(-1.005, { maximumFractionDigits: 2 })).toBe('-1,01');
    expect(formatNumber(2.5, { maximumFractionDigits: 0 })).toBe('3');
    expect(formatNumber(0.125, { maximumFractionDigits: 2 })).toBe('0,13');
  });

  it('pads to minimumFractionDigits', () => {
    expect(formatNumber(12.5, { minimumFractionDigits: 2 })).toBe('12,50');
    expect(formatNumber(1568, { minimumFractionDigits: 1 })).toBe('1.568,0');
    expect(formatNumber(1.23456, { minimumFractionDigits: 4 })).toBe('1,2346');
    expect(formatNumber(1.5e-7, { maximumFractionDigits: 8 })).toBe('0,00000015');
  });

  it('throws RangeError for non-finite values and bad options', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber(1, { minimumFractionDigits: 3, maximumFractionDigits: 2 })).toThrow(RangeError);
    expect(() => formatNumber(1, { maximumFractionDigits: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { maximumFractionDigits: 1.5 })).toThrow(RangeError);
    expect(() => formatNumber(1, { maximumFractionDigits: 21 })).toThrow(RangeError);
  });

  it('groups integers by three with dots and loses no digit (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const shown = formatNumber(n);
        return /^-?\d{1,3}(\.\d{3})*$/.test(shown) && shown.replaceAll('.', '') === String(n);
      }),
    );
  });

  it('round-trips decimals when enough fraction digits are allowed (property)', () => {
    const value = fc
      .double({ min: -1e15, max: 1e15, noNaN: true })
      .filter((x) => x === 0 || Math.abs(x) >= 1e-3);
    fc.assert(
      fc.property(value, (x) => {
        const shown = formatNumber(x, { maximumFractionDigits: 20 });
        return Number(shown.replaceAll('.', '').replace(',', '.')) === x;
      }),
    );
  });
});

describe('formatCurrency', () => {
  it.each([
    [18025000, '18.025.000 đ'],
    [0, '0 đ'],
    [500, '500 đ'],
    [1000, '1.000 đ'],
    [-50000, '-50.000 đ'],
    [1500.5, '1.501 đ'],
    [1500.4, '1.500 đ'],
  ])('formats %d as %s', (value, expected) => {
    expect(formatCurrency(value)).toBe(expected);
  });

  it('throws RangeError for NaN', () => {
    expect(() => formatCurrency(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.953, '95,3 %'],
    [1, '100 %'],
    [0, '0 %'],
    [0.5, '50 %'],
    [0.12345, '12,3 %'],
    [0.12355, '12,4 %'],
    [0.0005, '0,1 %'],
    [0.00049, '0 %'],
    [-0.1, '-10 %'],
    [12.5, '1.250 %'],
  ])('formats %d as %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it('avoids binary floating-point artefacts of ratio × 100', () => {
    expect(0.57 * 100).toBe(56.99999999999999);
    expect(formatPercent(0.57, { maximumFractionDigits: 20 })).toBe('57 %');
    expect(formatPercent(0.07, { maximumFractionDigits: 20 })).toBe('7 %');
    expect(formatPercent(1.1, { maximumFractionDigits: 20 })).toBe('110 %');
  });

  it('accepts fraction-digit options', () => {
    expect(formatPercent(0.953, { minimumFractionDigits: 2 })).toBe('95,30 %');
    expect(formatPercent(0.95349, { maximumFractionDigits: 2 })).toBe('95,35 %');
    expect(formatPercent(0.953, { maximumFractionDigits: 0 })).toBe('95 %');
  });

  it('throws RangeError for non-finite values and bad options', () => {
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
    expect(() => formatPercent(0.5, { minimumFractionDigits: 2, maximumFractionDigits: 1 })).toThrow(
      RangeError,
    );
  });
});
