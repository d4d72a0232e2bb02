import type { ProcedureVersion } from '../../../src/domain/catalog/index.js';

/** A small valid procedure to mutate in tests. */
export function sample(overrides: Partial<ProcedureVersion> = {}): ProcedureVersion {
  return {
    code: '2.000815',
    version: 1,
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    name: 'Chứng thực bản sao từ bản chính',
    field: { code: 'TP-CT', name: 'Chứng thực' },
    level: 'commune',
    mechanism: 'one_stop',
    onlineLevel: 'partial',
    postalAllowed: true,
    fourOnSite: true,
    nonTerritorial: true,
    durations: { counter: { amount: 0, unit: 'working_days' } },
    cutoff: '15:00',
    fees: [
      {
        code: 'LP-BS',
        kind: 'charge',
        name: 'Lệ phí chứng thực bản sao',
        amount: 2000,
        onlineAmount: null,
        per: 'trang',
        description: 'Từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
        exemptions: null,
      },
    ],
    components: [
      {
        code: 'BC',
        name: 'Bản chính giấy tờ, văn bản',
        kind: 'original',
        templateCode: null,
        quantity: 1,
        required: true,
        caseCodes: null,
      },
    ],
    result: { code: null, name: 'Bản sao được chứng thực từ bản chính' },
    cases: [
      {
        code: 'TH1',
        name: 'Trường hợp thông thường',
        durations: { counter: { amount: 0, unit: 'working_days' } },
        process: [
          step('B1', 'receive', 'receiving_officer', 0.5),
          step('B2', 'approve', 'signing_leader', 1),
          step('B3', 'return', 'receiving_officer', 0.5),
        ],
        agencies: [],
      },
    ],
    ...overrides,
  };
}

export function step(
  code: string,
  kind: ProcedureVersion['cases'][number]['process'][number]['kind'],
  role: ProcedureVersion['cases'][number]['process'][number]['role'],
  hours: number,
): ProcedureVersion['cases'][number]['process'][number] {
  return {
    code,
    name: `Bước ${code}`,
    kind,
    role,
    agencyCode: null,
    allotted: { amount: hours, unit: 'working_hours' },
  };
}
