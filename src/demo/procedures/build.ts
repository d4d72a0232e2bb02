/**
 * Small builders for the demo catalog, so each procedure reads like its published record.
 *
 * Processes are generated from the case duration: the receiving officer receives, the department head
 * assigns (longer procedures only), the processing officer appraises, the signing leader approves, the
 * clerk issues (số, đóng dấu) and the receiving officer returns. The appraisal step takes what is left,
 * so allotments sum exactly to the nominal capacity of the duration (see src/domain/catalog/capacity.ts).
 * Allotments are written in working days when they are whole days, else in working hours.
 */

import type { RoleCode } from '../../contract/auth.js';
import { durationCapacityHours } from '../../domain/catalog/capacity.js';
import type {
  AgencyStep,
  Allotment,
  Component,
  ComponentKind,
  Duration,
  Durations,
  Fee,
  Field,
  ImplementingLevel,
  Mechanism,
  OnlineLevel,
  PartnerAgency,
  ProcedureCase,
  ProcedureVersion,
  ProcessStep,
  StepKind,
} from '../../domain/catalog/types.js';

export const SAME_DAY_CUTOFF = '15:00';
/** Start of the demo catalog: the two-level local government took effect on 01/07/2025. */
export const DEMO_EFFECTIVE_FROM = '2025-07-01';

export const wd = (amount: number): Duration => ({ amount, unit: 'working_days' });
export const cd = (amount: number): Duration => ({ amount, unit: 'calendar_days' });
/** "Trong ngày": 0 working days with the 15:00 cut-off. */
export const SAME_DAY: Duration = wd(0);

export function allot(hours: number): Allotment {
  return hours % 8 === 0
    ? { amount: hours / 8, unit: 'working_days' }
    : { amount: hours, unit: 'working_hours' };
}

export function step(code: string, name: string, kind: StepKind, role: RoleCode, hours: number): ProcessStep {
  return { code, name, kind, role, agencyCode: null, allotted: allot(hours) };
}

/** Hand-off to a partner agency, allotted the agency's whole deadline. */
export function handOff(code: string, agency: PartnerAgency): ProcessStep {
  return {
    code,
    name: `Chuyển ${agency.name} giải quyết`,
    kind: 'consult',
    role: null,
    agencyCode: agency.code,
    allotted: agency.deadline,
  };
}

export function agency(code: string, name: string, steps: [string, StepKind, number][]): PartnerAgency {
  const agencySteps: AgencyStep[] = steps.map(([stepName, kind, hours], i) => ({
    code: `${code}-B${i + 1}`,
    name: stepName,
    kind,
    allotted: allot(hours),
  }));
  const total = steps.reduce((sum, [, , hours]) => sum + hours, 0);
  return { code, name, deadline: allot(total), steps: agencySteps };
}

/** Process fitting `hours` of working time, with `agencies` (already allotted) handed off after appraisal. */
export function standardProcess(hours: number, agencies: readonly PartnerAgency[] = []): ProcessStep[] {
  const handed = agencies.reduce(
    (sum, a) => sum + (a.deadline.unit === 'working_days' ? a.deadline.amount * 8 : a.deadline.amount),
    0,
  );
  const own = hours - handed;
  const handOffs = agencies.map((a, i) => handOff(`LT${i + 1}`, a));
  if (own <= 2) {
    // Same day at the counter ("4 tại chỗ"): 15 + 45 + 30 + 15 + 15 minutes = 2 h.
    return [
      step('B1', 'Tiếp nhận, kiểm tra hồ sơ', 'receive', 'receiving_officer', 0.25),
      step('B2', 'Thẩm định, dự thảo kết quả', 'appraise', 'processing_officer', 0.75),
      ...handOffs,
      step('B3', 'Ký duyệt', 'approve', 'signing_leader', 0.5),
      step('B4', 'Vào sổ, đóng dấu', 'issue', 'clerk', 0.25),
      step('B5', 'Trả kết quả', 'return', 'receiving_officer', 0.25),
    ];
  }
  if (own <= 8) {
    return [
      step('B1', 'Tiếp nhận, kiểm tra hồ sơ', 'receive', 'receiving_officer', 1),
      step('B2', 'Thẩm định, dự thảo kết quả', 'appraise', 'processing_officer', own - 5),
      ...handOffs,
      step('B3', 'Ký duyệt', 'approve', 'signing_leader', 2),
      step('B4', 'Vào sổ, đóng dấu', 'issue', 'clerk', 1),
      step('B5', 'Trả kết quả', 'return', 'receiving_officer', 1),
    ];
  }
  if (own <= 16) {
    return [
      step('B1', 'Tiếp nhận, kiểm tra, chuyển hồ sơ', 'receive', 'receiving_officer', 2),
      step('B2', 'Phân công xử lý', 'assign', 'department_head', 2),
      step('B3', 'Thẩm định, dự thảo kết quả', 'appraise', 'processing_officer', own - 10),
      ...handOffs,
      step('B4', 'Ký duyệt', 'approve', 'signing_leader', 3),
      step('B5', 'Vào sổ, đóng dấu, phát hành', 'issue', 'clerk', 2),
      step('B6', 'Trả kết quả', 'return', 'receiving_officer', 1),
    ];
  }
  return [
    step('B1', 'Tiếp nhận, kiểm tra, chuyển hồ sơ', 'receive', 'receiving_officer', 4),
    step('B2', 'Phân công xử lý', 'assign', 'department_head', 4),
    step('B3', 'Thẩm định, dự thảo kết quả', 'appraise', 'processing_officer', own - 16),
    ...handOffs,
    step('B4', 'Ký duyệt', 'approve', 'signing_leader', 4),
    step('B5', 'Vào sổ, đóng dấu, phát hành', 'issue', 'clerk', 2),
    step('B6', 'Trả kết quả', 'return', 'receiving_officer', 2),
  ];
}

export interface CaseInput {
  readonly code: string;
  readonly name: string;
  readonly durations: Durations;
  readonly agencies?: readonly PartnerAgency[];
  readonly process?: readonly ProcessStep[];
}

export function procedureCase(input: CaseInput, cutoff: string | null): ProcedureCase {
  const agencies = input.agencies ?? [];
  const hours = Math.min(
    durationCapacityHours(input.durations.counter, cutoff),
    input.durations.online ? durationCapacityHours(input.durations.online, cutoff) : Number.POSITIVE_INFINITY,
  );
  return {
    code: input.code,
    name: input.name,
    durations: input.durations,
    process: input.process ?? standardProcess(hours, agencies),
    agencies,
  };
}

export function charge(
  code: string,
  name: string,
  amount: number,
  extra: Partial<Omit<Fee, 'code' | 'name' | 'amount'>> = {},
): Fee {
  return {
    code,
    kind: 'charge',
    name,
    amount,
    onlineAmount: null,
    per: null,
    description: null,
    exemptions: null,
    ...extra,
  };
}

export function fee(
  code: string,
  name: string,
  amount: number,
  extra: Partial<Omit<Fee, 'code' | 'name' | 'amount'>> = {},
): Fee {
  return { ...charge(code, name, amount, extra), kind: 'fee' };
}

/** Component: [code, name, kind, quantity?, templateCode?, required?]. */
export function component(
  code: string,
  name: string,
  kind: ComponentKind,
  options: { quantity?: number; template?: string; required?: boolean; cases?: string[] } = {},
): Component {
  return {
    code,
    name,
    kind,
    templateCode: options.template ?? null,
    quantity: options.quantity ?? 1,
    required: options.required ?? true,
    caseCodes: options.cases ?? null,
  };
}

export interface ProcedureInput {
  readonly code: string;
  readonly name: string;
  readonly field: Field;
  readonly durations: Durations;
  readonly result: string;
  readonly resultCode?: string;
  readonly version?: number;
  readonly effectiveFrom?: string;
  readonly effectiveTo?: string | null;
  readonly level?: ImplementingLevel;
  readonly mechanism?: Mechanism;
  readonly onlineLevel?: OnlineLevel;
  readonly postalAllowed?: boolean;
  readonly fourOnSite?: boolean;
  readonly nonTerritorial?: boolean;
  /** Default: the 15:00 cut-off for same-day procedures, none otherwise. */
  readonly cutoff?: string | null;
  readonly fees?: readonly Fee[];
  readonly components: readonly Component[];
  /** Default: one ordinary case with the procedure's durations. */
  readonly cases?: readonly CaseInput[];
  /** Partner agencies of the default case (inter-agency procedures). */
  readonly agencies?: readonly PartnerAgency[];
}

export function procedure(input: ProcedureInput): ProcedureVersion {
  const sameDay = input.durations.counter.unit === 'working_days' && input.durations.counter.amount === 0;
  const cutoff = input.cutoff !== undefined ? input.cutoff : sameDay ? SAME_DAY_CUTOFF : null;
  const cases = input.cases ?? [
    {
      code: 'TH1',
      name: 'Trường hợp thông thường',
      durations: input.durations,
      ...(input.agencies ? { agencies: input.agencies } : {}),
    },
  ];
  return {
    code: input.code,
    version: input.version ?? 1,
    effectiveFrom: input.effectiveFrom ?? DEMO_EFFECTIVE_FROM,
    effectiveTo: input.effectiveTo ?? null,
    name: input.name,
    field: input.field,
    level: input.level ?? 'commune',
    mechanism: input.mechanism ?? (input.agencies ? 'inter_agency' : 'one_stop'),
    onlineLevel: input.onlineLevel ?? 'partial',
    postalAllowed: input.postalAllowed ?? true,
    fourOnSite: input.fourOnSite ?? false,
    nonTerritorial: input.nonTerritorial ?? false,
    durations: input.durations,
    cutoff,
    fees: input.fees ?? [],
    components: input.components,
    result: { code: input.resultCode ?? null, name: input.result },
    cases: cases.map((c) => procedureCase(c, cutoff)),
  };
}

/** A demo entry: the procedure, its relative frequency within its field, and whether its code was checked. */
export interface DemoProcedure {
  readonly procedure: ProcedureVersion;
  /** Relative frequency within the field (any positive scale). */
  readonly weight: number;
  /**
   * true: the national code was cross-checked against published lists of the national portal;
   * false: plausible but unconfirmed — see the comment at the entry.
   */
  readonly codeVerified: boolean;
}
