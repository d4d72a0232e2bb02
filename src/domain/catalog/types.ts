/**
 * Procedure catalog (danh mục thủ tục hành chính) — plain data types.
 *
 * A `ProcedureVersion` is one published version of one procedure (thủ tục hành chính, TTHC). A change to
 * a procedure is a new version with its own effective dates; a dossier keeps the version that was in force
 * when it was received, so a change never alters dossiers already received.
 *
 * Durations: `{ amount, unit }` counted by the legal-time engine (src/domain/calendar). "Trong ngày"
 * (same day; next working day when received after the cut-off) is `{ amount: 0, unit: 'working_days' }`
 * together with the procedure's `cutoff` (e.g. '15:00'): 0 working days means "due at the end of the
 * (effective) receipt day", and a receipt after the cut-off starts counting on the next working day.
 */
import type { RoleCode } from '../../contract/auth.js';
import type { ClockTime, DurationUnit, LocalDate } from '../calendar/types.js';

export type { ClockTime, DurationUnit, LocalDate, RoleCode };

/** Cấp thực hiện. 'district' is kept only for importing pre-07/2025 data (the district level was abolished). */
export const IMPLEMENTING_LEVELS = ['commune', 'province', 'ministry', 'district', 'other'] as const;
export type ImplementingLevel = (typeof IMPLEMENTING_LEVELS)[number];

/** Một cửa / một cửa liên thông. */
export const MECHANISMS = ['one_stop', 'inter_agency'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** Dịch vụ công trực tuyến toàn trình / một phần / không (information only). */
export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];

export const DURATION_UNITS = ['working_days', 'working_hours', 'calendar_days'] as const;

export interface Duration {
  /** Whole days for day units; hours (minute precision) for working_hours. */
  readonly amount: number;
  readonly unit: DurationUnit;
}

export interface Durations {
  /** Dossiers received at the counter or by post. */
  readonly counter: Duration;
  /** Dossiers submitted online; absent = same as counter. */
  readonly online?: Duration;
}

export const ALLOTMENT_UNITS = ['working_days', 'working_hours'] as const;
export type AllotmentUnit = (typeof ALLOTMENT_UNITS)[number];

/** Working time allotted to one step of a process. */
export interface Allotment {
  readonly amount: number;
  readonly unit: AllotmentUnit;
}

/** Phí (fee for a service) or lệ phí (charge for a state act). */
export const FEE_KINDS = ['fee', 'charge'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

export interface Fee {
  readonly code: string;
  readonly kind: FeeKind;
  readonly name: string;
  /** VND, whole đồng, ≥ 0. 0 = free. */
  readonly amount: number;
  /** VND when submitted online, if different (e.g. exempt online); null = same as `amount`. */
  readonly onlineAmount: number | null;
  /** What the amount is per, e.g. 'trang', 'bản', 'trường hợp', 'hợp đồng'; null = per dossier. */
  readonly per: string | null;
  /** Free-text tiers or details, e.g. 'Từ trang thứ ba trở lên thu 1.000 đồng/trang …'. */
  readonly description: string | null;
  /** Exemptions (miễn, giảm), Vietnamese text; null = none. */
  readonly exemptions: string | null;
}

/** Bản chính / bản sao / bản sao có chứng thực / mẫu đơn, tờ khai. */
export const COMPONENT_KINDS = ['original', 'copy', 'certified_copy', 'template_form'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** Thành phần hồ sơ. */
export interface Component {
  readonly code: string;
  readonly name: string;
  readonly kind: ComponentKind;
  /** Template (mẫu) code for template_form, e.g. 'TP/HT-2020-KS.1'; null otherwise. */
  readonly templateCode: string | null;
  readonly quantity: number;
  readonly required: boolean;
  /** Cases this component applies to (case codes); null = every case. */
  readonly caseCodes: readonly string[] | null;
}

export const STEP_KINDS = ['receive', 'assign', 'appraise', 'consult', 'approve', 'issue', 'return'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/**
 * One step of a case's process (quy trình nội bộ). Exactly one performer: an officer role of the
 * receiving unit (`role`) or a partner agency of an inter-agency procedure (`agencyCode`).
 */
export interface ProcessStep {
  readonly code: string;
  readonly name: string;
  readonly kind: StepKind;
  readonly role: RoleCode | null;
  readonly agencyCode: string | null;
  readonly allotted: Allotment;
}

/** A step inside a partner agency (cơ quan phối hợp liên thông); its roles are that agency's business. */
export interface AgencyStep {
  readonly code: string;
  readonly name: string;
  readonly kind: StepKind;
  readonly allotted: Allotment;
}

/**
 * Partner agency of an inter-agency procedure (một cửa liên thông), with its own deadline and steps.
 * The deadline equals the total allotment of the process steps that hand the dossier to it.
 */
export interface PartnerAgency {
  readonly code: string;
  readonly name: string;
  readonly deadline: Allotment;
  readonly steps: readonly AgencyStep[];
}

/** Trường hợp: a variant of the procedure with its own durations and process. */
export interface ProcedureCase {
  readonly code: string;
  readonly name: string;
  readonly durations: Durations;
  readonly process: readonly ProcessStep[];
  readonly agencies: readonly PartnerAgency[];
}

/** Lĩnh vực. */
export interface Field {
  readonly code: string;
  readonly name: string;
}

/** Kết quả thực hiện: the document the citizen receives. */
export interface ResultDocument {
  readonly code: string | null;
  readonly name: string;
}

export interface ProcedureVersion {
  /** National TTHC code, `d.dddddd` (legal-rules §7.3), e.g. '2.000815'. */
  readonly code: string;
  /** 1, 2, … per code. */
  readonly version: number;
  /** First day in force (inclusive), 'YYYY-MM-DD'. */
  readonly effectiveFrom: LocalDate;
  /** First day no longer in force (exclusive); null = open-ended. The next version starts on this day. */
  readonly effectiveTo: LocalDate | null;
  readonly name: string;
  readonly field: Field;
  readonly level: ImplementingLevel;
  readonly mechanism: Mechanism;
  readonly onlineLevel: OnlineLevel;
  /** Submission and return through public postal service (BCCI). */
  readonly postalAllowed: boolean;
  /** "4 tại chỗ": received, appraised, approved and returned at the counter. */
  readonly fourOnSite: boolean;
  /** May be received regardless of administrative boundary (phi địa giới). */
  readonly nonTerritorial: boolean;
  /** Published (headline) durations — thời hạn giải quyết. Each case carries its own. */
  readonly durations: Durations;
  /** Daily cut-off 'HH:mm' after which counting starts the next working day; null = none. */
  readonly cutoff: ClockTime | null;
  readonly fees: readonly Fee[];
  readonly components: readonly Component[];
  readonly result: ResultDocument;
  readonly cases: readonly ProcedureCase[];
}
