import { describe, expect, it } from 'vitest';
import {
  isCommuneCodeFormat,
  isProvinceCodeFormat,
  isUnitKind,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitResult,
  validateUnit,
} from '../../../src/domain/units/index.js';

function errorCode(result: UnitResult): string | undefined {
  return result.ok ? undefined : result.code;
}

describe('validateUnit: province', () => {
  it('accepts a 2-digit code without a parent', () => {
    expect(validateUnit({ code: '01', kind: 'province' })).toEqual({
      ok: true,
      value: { code: '01', kind: 'province', parentCode: null },
    });
  });

  it.each([null, undefined, '', '  '])('treats parent %j as no parent', (parentCode) => {
    expect(validateUnit({ code: '79', kind: 'province', parentCode }).ok).toBe(true);
  });

  it('does not require the code to be one of the 34 current provinces (the catalogue decides)', () => {
    expect(validateUnit({ code: '99', kind: 'province' }).ok).toBe(true);
  });

  it.each(['', '1', '001', '00', 'AB', '1a', '01 2', '٠١'])('rejects the code %j', (code) => {
    const result = validateUnit({ code, kind: 'province' });
    expect(result).toEqual({
      ok: false,
      code: 'UNIT_CODE_FORMAT',
      message: 'Mã tỉnh/thành phố phải gồm 2 chữ số, từ 01 đến 99.',
    });
  });

  it('rejects a parent', () => {
    const result = validateUnit({ code: '01', kind: 'province', parentCode: '79' });
    expect(result).toEqual({
      ok: false,
      code: 'UNIT_PARENT_NOT_ALLOWED',
      message: 'Tỉnh/thành phố là đơn vị hành chính cấp cao nhất, không có đơn vị cấp trên.',
    });
  });

  it('reports a bad code before an unexpected parent', () => {
    expect(errorCode(validateUnit({ code: '1', kind: 'province', parentCode: '79' }))).toBe(
      'UNIT_CODE_FORMAT',
    );
  });

  it('trims the code', () => {
    const result = validateUnit({ code: ' 48 ', kind: 'province' });
    expect(result.ok && result.value.code).toBe('48');
  });
});

describe.each([
  ['commune', 'xã'],
  ['ward', 'phường'],
  ['special_zone', 'đặc khu'],
] as const)('validateUnit: %s', (kind, label) => {
  it('accepts a 5-digit code with a 2-digit parent', () => {
    expect(validateUnit({ code: '00004', kind, parentCode: '01' })).toEqual({
      ok: true,
      value: { code: '00004', kind, parentCode: '01' },
    });
  });

  it('accepts the bounds 00001 and 99999 and trims', () => {
    expect(validateUnit({ code: '00001', kind, parentCode: '96' }).ok).toBe(true);
    const result = validateUnit({ code: ' 99999 ', kind, parentCode: ' 96 ' });
    expect(result.ok && result.value).toEqual({ code: '99999', kind, parentCode: '96' });
  });

  it.each(['', '0001', '000001', '00000', '12a45', '01'])('rejects the code %j', (code) => {
    const result = validateUnit({ code, kind, parentCode: '01' });
    expect(result).toEqual({
      ok: false,
      code: 'UNIT_CODE_FORMAT',
      message: `Mã ${label} phải gồm 5 chữ số, từ 00001 đến 99999.`,
    });
  });

  it.each([null, undefined, '', ' '])('requires a parent (got %j)', (parentCode) => {
    const result = validateUnit({ code: '26734', kind, parentCode });
    expect(result).toEqual({
      ok: false,
      code: 'UNIT_PARENT_REQUIRED',
      message: `Cần chọn tỉnh/thành phố mà ${label} trực thuộc.`,
    });
  });

  it('requires a parent when the parentCode key is missing', () => {
    expect(errorCode(validateUnit({ code: '26734', kind }))).toBe('UNIT_PARENT_REQUIRED');
  });

  it.each(['1', '001', '00', '00004', 'HN'])('rejects the malformed parent %j', (parentCode) => {
    const result = validateUnit({ code: '26734', kind, parentCode });
    expect(errorCode(result)).toBe('UNIT_CODE_FORMAT');
    expect(!result.ok && result.message).toBe(
      `Mã tỉnh/thành phố mà ${label} trực thuộc phải gồm 2 chữ số, từ 01 đến 99.`,
    );
  });

  it('reports a bad code before a missing parent', () => {
    expect(errorCode(validateUnit({ code: '123', kind }))).toBe('UNIT_CODE_FORMAT');
  });
});

describe('code-format predicates and kinds', () => {
  it('checks provincial and communal code shapes', () => {
    expect(isProvinceCodeFormat('01')).toBe(true);
    expect(isProvinceCodeFormat('00')).toBe(false);
    expect(isCommuneCodeFormat('00001')).toBe(true);
    expect(isCommuneCodeFormat('00000')).toBe(false);
    expect(isCommuneCodeFormat('01')).toBe(false);
  });

  it('lists the four kinds with Vietnamese labels', () => {
    expect(UNIT_KINDS).toEqual(['province', 'commune', 'ward', 'special_zone']);
    expect(UNIT_KIND_LABELS).toEqual({
      province: 'tỉnh/thành phố',
      commune: 'xã',
      ward: 'phường',
      special_zone: 'đặc khu',
    });
  });

  it('recognises kinds', () => {
    expect(isUnitKind('ward')).toBe(true);
    expect(isUnitKind('district')).toBe(false);
    expect(isUnitKind('Province')).toBe(false);
  });
});
