import { describe, expect, it } from 'vitest';
import {
  type CatalogErrorCode,
  durationCapacityHours,
  nationalPart,
  type ProcedureVersion,
  validateCatalog,
  validateProcedureVersion,
} from '../../../src/domain/catalog/index.js';
import { sample, step } from './fixtures.js';

function codes(p: ProcedureVersion): CatalogErrorCode[] {
  return validateProcedureVersion(p).map((i) => i.code);
}

const base = sample();
const case0 = base.cases[0]!;

describe('validateProcedureVersion', () => {
  it('accepts the sample', () => {
    expect(validateProcedureVersion(base)).toEqual([]);
  });

  it('rejects a malformed national code with a Vietnamese message and a path', () => {
    const issues = validateProcedureVersion(sample({ code: '1.0016' }));
    expect(issues).toEqual([
      {
        code: 'INVALID_PROCEDURE_CODE',
        path: 'code',
        message: 'Mã thủ tục "1.0016" phải có dạng d.dddddd (ví dụ 1.001612)',
      },
    ]);
  });

  it('rejects step allotments exceeding the case duration', () => {
    const p = sample({
      cases: [{ ...case0, process: [...case0.process, step('B4', 'return', 'receiving_officer', 1)] }],
    });
    const issues = validateProcedureVersion(p);
    expect(issues.map((i) => i.code)).toContain('STEPS_EXCEED_DURATION');
    const issue = issues.find((i) => i.code === 'STEPS_EXCEED_DURATION');
    expect(issue?.path).toBe('cases[0].durations.counter');
    expect(issue?.message).toContain('vượt thời hạn giải quyết');
  });

  it('requires a cut-off for a same-day duration', () => {
    expect(codes(sample({ cutoff: null }))).toContain('SAME_DAY_REQUIRES_CUTOFF');
  });

  it('rejects duplicate codes of steps, fees, components and cases', () => {
    const p = sample({
      fees: [base.fees[0]!, base.fees[0]!],
      components: [base.components[0]!, base.components[0]!],
      cases: [case0, { ...case0, process: [case0.process[0]!, { ...case0.process[0]!, kind: 'return' }] }],
    });
    const issues = validateProcedureVersion(p).filter((i) => i.code === 'DUPLICATE_CODE');
    expect(issues.map((i) => i.path).sort()).toEqual(
      ['cases[1].code', 'cases[1].process[1].code', 'components[1].code', 'fees[1].code'].sort(),
    );
  });

  it('rejects negative or fractional amounts and zero quantities', () => {
    const p = sample({
      fees: [{ ...base.fees[0]!, amount: -1, onlineAmount: 1.5 }],
      components: [{ ...base.components[0]!, quantity: 0 }],
    });
    expect(codes(p)).toEqual(['INVALID_AMOUNT', 'INVALID_AMOUNT', 'INVALID_QUANTITY']);
  });

  it('checks the process shape and performers', () => {
    const bad = sample({
      cases: [
        {
          ...case0,
          process: [
            { ...step('B1', 'appraise', 'processing_officer', 0.5) },
            { ...step('B2', 'approve', null, 0.5) },
            { ...step('B3', 'issue', 'mayor' as never, 0.5) },
          ],
        },
      ],
    });
    expect(codes(bad)).toEqual([
      'STEP_PERFORMER',
      'UNKNOWN_ROLE',
      'PROCESS_MUST_START_WITH_RECEIVE',
      'PROCESS_MUST_END_WITH_RETURN',
    ]);
    expect(codes(sample({ cases: [{ ...case0, process: [] }] }))).toEqual(['EMPTY_PROCESS']);
    expect(codes(sample({ cases: [] }))).toEqual(['NO_CASES']);
  });

  it('checks inter-agency rules', () => {
    const agency = {
      code: 'SNV',
      name: 'Sở Nội vụ',
      deadline: { amount: 3, unit: 'working_days' as const },
      steps: [
        {
          code: 'S1',
          name: 'Thẩm định',
          kind: 'appraise' as const,
          allotted: { amount: 4, unit: 'working_days' as const },
        },
      ],
    };
    const handOff = {
      code: 'LT',
      name: 'Chuyển Sở Nội vụ',
      kind: 'consult' as const,
      role: null,
      agencyCode: 'SNV',
      allotted: { amount: 2, unit: 'working_days' as const },
    };
    const tenDays = { counter: { amount: 10, unit: 'working_days' as const } };
    const p = sample({
      mechanism: 'inter_agency',
      fourOnSite: true,
      durations: tenDays,
      cases: [
        {
          ...case0,
          durations: tenDays,
          process: [
            case0.process[0]!,
            handOff,
            { ...handOff, code: 'LT2', agencyCode: 'XYZ' },
            case0.process[2]!,
          ],
          agencies: [agency, { ...agency, code: 'THUE', name: 'Chi cục Thuế', steps: [] }],
        },
      ],
    });
    expect(codes(p).sort()).toEqual(
      [
        'FOUR_ON_SITE_INTER_AGENCY',
        'UNKNOWN_AGENCY',
        'AGENCY_STEPS_EXCEED_DEADLINE',
        'AGENCY_DEADLINE_MISMATCH',
        'UNUSED_AGENCY',
      ].sort(),
    );
    expect(codes(sample({ mechanism: 'inter_agency', fourOnSite: false }))).toEqual([
      'INTER_AGENCY_WITHOUT_AGENCY',
    ]);
    expect(
      codes(sample({ durations: tenDays, cases: [{ ...case0, durations: tenDays, agencies: [agency] }] })),
    ).toContain('AGENCIES_REQUIRE_INTER_AGENCY');
  });

  it('checks dates, version, field code, cut-off, templates and case references', () => {
    const p = sample({
      version: 0,
      effectiveFrom: '2025-02-30',
      field: { code: 'tp ct', name: ' ' },
      cutoff: '25:00',
      components: [
        { ...base.components[0]!, kind: 'template_form', caseCodes: ['TH9'] },
        { ...base.components[0]!, code: 'X', templateCode: 'M1' },
      ],
    });
    expect(codes(p)).toEqual([
      'INVALID_VERSION',
      'INVALID_DATE',
      'INVALID_FIELD_CODE',
      'EMPTY_TEXT',
      'INVALID_CUTOFF',
      'SAME_DAY_REQUIRES_CUTOFF',
      'TEMPLATE_CODE',
      'UNKNOWN_CASE',
      'TEMPLATE_CODE',
      'SAME_DAY_REQUIRES_CUTOFF',
      'STEPS_EXCEED_DURATION',
    ]);
    expect(codes(sample({ effectiveTo: '2025-07-01' }))).toEqual(['EMPTY_EFFECTIVE_RANGE']);
  });
});

describe('validateCatalog', () => {
  it('reports duplicate and overlapping versions with indexed paths', () => {
    const v1 = sample({ effectiveTo: '2026-01-01' });
    const v2 = sample({ version: 2, effectiveFrom: '2025-12-01' });
    const v2dup = sample({ version: 2, effectiveFrom: '2027-01-01' });
    const issues = validateCatalog([v1, v2, v2dup]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['DUPLICATE_VERSION', '[2].version'],
      ['OVERLAPPING_VERSIONS', '[1].effectiveFrom'],
      ['OVERLAPPING_VERSIONS', '[2].effectiveFrom'],
    ]);
  });

  it('prefixes per-version issues with the index', () => {
    expect(
      validateCatalog([sample(), sample({ code: 'x', version: 2, effectiveFrom: '2030-01-01' })])[0]?.path,
    ).toBe('[1].code');
  });

  it('accepts consecutive versions (effectiveTo exclusive = next effectiveFrom)', () => {
    expect(
      validateCatalog([
        sample({ effectiveTo: '2026-01-01' }),
        sample({ version: 2, effectiveFrom: '2026-01-01' }),
      ]),
    ).toEqual([]);
  });
});

describe('capacity and codes', () => {
  it('computes nominal capacities', () => {
    expect(durationCapacityHours({ amount: 0, unit: 'working_days' }, '15:00')).toBe(2);
    expect(durationCapacityHours({ amount: 0, unit: 'working_days' }, null)).toBe(0);
    expect(durationCapacityHours({ amount: 3, unit: 'working_days' }, null)).toBe(24);
    expect(durationCapacityHours({ amount: 4, unit: 'working_hours' }, '15:00')).toBe(4);
    expect(durationCapacityHours({ amount: 30, unit: 'calendar_days' }, null)).toBe(21 * 8);
  });

  it('extracts the national part of a localised code', () => {
    expect(nationalPart('1.010708.000.00.00.H56')).toBe('1.010708');
    expect(nationalPart('2.000908')).toBe('2.000908');
    expect(nationalPart('H56-1.010708')).toBeNull();
  });
});
