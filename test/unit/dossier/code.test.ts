import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayOf, formatLocalDate, localInstant } from '../../../src/domain/calendar/index.js';
import {
  dossierCodeDate,
  dossierCodePrefix,
  formatDossierCode,
  isValidDossierCode,
  MAX_DOSSIER_SEQUENCE,
  parseDossierCode,
  validateUnitIdentifier,
} from '../../../src/domain/dossier/index.js';

describe('formatDossierCode', () => {
  it('formats <unit>-YYMMDD-NNNN with the local receipt date', () => {
    expect(formatDossierCode('000.00.06.H56', localInstant('2023-10-27', '09:15'), 361)).toBe(
      '000.00.06.H56-231027-0361',
    );
    expect(formatDossierCode('26734', localInstant('2026-03-10', '08:00'), 1)).toBe('26734-260310-0001');
    expect(formatDossierCode('26734', localInstant('2026-03-10', '08:00'), 12345)).toBe('26734-260310-12345');
  });

  it('uses the Asia/Ho_Chi_Minh date, not UTC', () => {
    // 00:30 local on 11/03 is 17:30 UTC on 10/03.
    const justAfterMidnight = localInstant('2026-03-11', '00:30');
    expect(new Date(justAfterMidnight).toISOString().slice(0, 10)).toBe('2026-03-10');
    expect(dossierCodeDate(justAfterMidnight)).toBe('260311');
    expect(dossierCodeDate(localInstant('2026-03-10', '23:59'))).toBe('260310');
  });

  it('rejects a bad unit identifier, sequence or year', () => {
    const at = localInstant('2026-03-10', '08:00');
    for (const unit of ['', 'H15-50', '.H15', 'H15.', 'H15..50', 'Hà Nội', 'A'.repeat(51)]) {
      expect(() => formatDossierCode(unit, at, 1), unit).toThrow(RangeError);
    }
    for (const seq of [0, -1, 1.5, MAX_DOSSIER_SEQUENCE + 1, Number.NaN]) {
      expect(() => formatDossierCode('26734', at, seq), String(seq)).toThrow(RangeError);
    }
    expect(() => formatDossierCode('26734', localInstant('1999-12-31', '10:00'), 1)).toThrow(RangeError);
    expect(() => formatDossierCode('26734', localInstant('2100-01-01', '10:00'), 1)).toThrow(RangeError);
  });

  it('gives the daily counter key', () => {
    expect(dossierCodePrefix('H15.50.05.13', localInstant('2026-10-08', '14:00'))).toBe(
      'H15.50.05.13-261008-',
    );
  });
});

describe('parseDossierCode', () => {
  it('parses real-world codes', () => {
    expect(parseDossierCode('H15.50.05.13-261008-0975')).toEqual({
      ok: true,
      value: { unitIdentifier: 'H15.50.05.13', receiptDate: '2026-10-08', serial: '0975', sequence: 975 },
    });
    // Ministry systems use longer serials with a 2-digit prefix.
    expect(parseDossierCode('H15.50.05.13-261008-0912345')).toMatchObject({
      ok: true,
      value: { serial: '0912345', sequence: 912345 },
    });
    expect(parseDossierCode('  26734-260310-0001 ')).toMatchObject({ ok: true });
  });

  it('rejects malformed codes with Vietnamese messages', () => {
    const cases: Array<[string, string]> = [
      ['', 'DOSSIER_CODE_FORMAT'],
      ['26734-260310-001', 'DOSSIER_CODE_FORMAT'],
      ['26734-260310-0000', 'DOSSIER_CODE_FORMAT'],
      ['26734-2603100-0001', 'DOSSIER_CODE_FORMAT'],
      ['26734_260310_0001', 'DOSSIER_CODE_FORMAT'],
      ['26734-260310-1234567890', 'DOSSIER_CODE_FORMAT'],
      ['26734-260230-0001', 'DOSSIER_CODE_DATE'],
      ['26734-261301-0001', 'DOSSIER_CODE_DATE'],
      ['H15..50-260310-0001', 'UNIT_IDENTIFIER_FORMAT'],
      ['.H15-260310-0001', 'UNIT_IDENTIFIER_FORMAT'],
    ];
    for (const [code, error] of cases) {
      const r = parseDossierCode(code);
      expect(r, code).toMatchObject({ ok: false, code: error });
      if (!r.ok) expect(r.message).toMatch(/mã hồ sơ/i);
      expect(isValidDossierCode(code)).toBe(false);
    }
    const r = parseDossierCode('26734-260230-0001');
    expect(!r.ok && r.message).toBe('Ngày tiếp nhận 30/02/2026 trong mã hồ sơ không tồn tại.');
  });

  it('validates unit identifiers for administrators', () => {
    expect(validateUnitIdentifier(' H01.151.01 ')).toEqual({ ok: true, value: 'H01.151.01' });
    expect(validateUnitIdentifier('H01-151')).toMatchObject({ ok: false, code: 'UNIT_IDENTIFIER_FORMAT' });
  });
});

describe('dossier code properties', () => {
  const segment = fc.stringMatching(/^[A-Za-z0-9]{1,6}$/);
  const unit = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('.'));
  // Every instant from 2000-01-01 to 2099-12-31 local time.
  const instant = fc.integer({
    min: localInstant('2000-01-01', '00:00'),
    max: localInstant('2099-12-31', '23:59'),
  });
  const sequence = fc.integer({ min: 1, max: MAX_DOSSIER_SEQUENCE });

  it('parse(format(x)) gives back x', () => {
    fc.assert(
      fc.property(unit, instant, sequence, (u, at, seq) => {
        const code = formatDossierCode(u, at, seq);
        const parsed = parseDossierCode(code);
        expect(parsed).toEqual({
          ok: true,
          value: {
            unitIdentifier: u,
            receiptDate: formatLocalDate(epochDayOf(at)),
            serial: String(seq).padStart(4, '0'),
            sequence: seq,
          },
        });
      }),
    );
  });

  it('format(parse(s)) gives back s for canonical codes', () => {
    fc.assert(
      fc.property(unit, instant, sequence, (u, at, seq) => {
        const code = formatDossierCode(u, at, seq);
        const parsed = parseDossierCode(code);
        if (!parsed.ok) throw new Error(parsed.message);
        const back = formatDossierCode(
          parsed.value.unitIdentifier,
          localInstant(parsed.value.receiptDate, '12:00'),
          parsed.value.sequence,
        );
        expect(back).toBe(code);
      }),
    );
  });

  it('sorts by sequence within a unit and day once zero-padded (up to 9999)', () => {
    const at = localInstant('2026-03-10', '08:00');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
        const ca = formatDossierCode('26734', at, a);
        const cb = formatDossierCode('26734', at, b);
        expect(Math.sign(ca.localeCompare(cb))).toBe(Math.sign(a - b));
      }),
    );
  });

  it('never accepts arbitrary text that does not match the shape', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseDossierCode(s);
        if (r.ok) expect(s.trim()).toMatch(/^[A-Za-z0-9.]+-\d{6}-\d{4,9}$/);
      }),
    );
  });
});
