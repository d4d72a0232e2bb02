// The editable form of a version's case processes, and its conversion to the publish request.
// Working-time arithmetic mirrors src/domain/catalog/capacity.ts (1 working day = 8 h; "trong ngày"
// with a cut-off guarantees the time from the cut-off to 17:00); the server validates anyway.
import type { AllotmentUnitCode, RoleCode, StepKindCode } from '@contract';
import type { ProcedureVersionItem, PublishVersionInput } from '../../api/catalog';

type VersionCase = ProcedureVersionItem['cases'][number];
export type CaseDuration = VersionCase['durations']['counter'];

export type StepDraft = {
  /** Stable React key (codes can be edited by nobody, but new steps need one before they have a code). */
  key: string;
  code: string;
  name: string;
  kind: StepKindCode;
  /** 'role:<RoleCode>' or 'agency:<code>'. */
  performer: string;
  /** As typed (decimal comma allowed). */
  amount: string;
  unit: AllotmentUnitCode;
};

export type CaseDraft = {
  code: string;
  name: string;
  durations: VersionCase['durations'];
  agencies: VersionCase['agencies'];
  steps: StepDraft[];
};

const HOURS_PER_DAY = 8;
let keySeq = 0;
const nextKey = () => `step-${++keySeq}`;

export function toDrafts(version: ProcedureVersionItem): CaseDraft[] {
  return version.cases.map((c) => ({
    code: c.code,
    name: c.name,
    durations: c.durations,
    agencies: c.agencies,
    steps: c.process.map((s) => ({
      key: nextKey(),
      code: s.code,
      name: s.name,
      kind: s.kind,
      performer: s.agencyCode ? `agency:${s.agencyCode}` : `role:${s.role ?? 'processing_officer'}`,
      amount: String(s.allotted.amount).replace('.', ','),
      unit: s.allotted.unit,
    })),
  }));
}

/** A new step with a code not used in the case (BUOC1, BUOC2, …). */
export function newStep(existing: readonly StepDraft[]): StepDraft {
  const used = new Set(existing.map((s) => s.code));
  let n = 1;
  while (used.has(`BUOC${n}`)) n++;
  return {
    key: nextKey(),
    code: `BUOC${n}`,
    name: '',
    kind: 'appraise',
    performer: 'role:processing_officer',
    amount: '',
    unit: 'working_hours',
  };
}

/** The typed amount as a number, or null when it is not a number ≥ 0. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '' || !/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function stepHours(s: StepDraft): number {
  const amount = parseAmount(s.amount) ?? 0;
  return s.unit === 'working_days' ? amount * HOURS_PER_DAY : amount;
}

export function capacityHours(d: CaseDuration, cutoff: string | null): number {
  if (d.unit === 'working_hours') return d.amount;
  if (d.unit === 'calendar_days') return Math.floor((d.amount * 5) / 7) * HOURS_PER_DAY;
  const sameDay = cutoff
    ? Math.max(0, 17 * 60 - (Number(cutoff.slice(0, 2)) * 60 + Number(cutoff.slice(3, 5)))) / 60
    : 0;
  return d.amount * HOURS_PER_DAY + sameDay;
}

/** '2', '1,5' — hours with a decimal comma. */
export function hoursText(hours: number): string {
  return String(Math.round(hours * 100) / 100).replace('.', ',');
}

export function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

export function toBody(cases: readonly CaseDraft[], effectiveFrom: string): PublishVersionInput {
  return {
    effectiveFrom,
    cases: cases.map((c) => ({
      code: c.code,
      process: c.steps.map((s) => {
        const [kind, value = ''] = s.performer.split(':');
        return {
          code: s.code,
          name: s.name.trim(),
          kind: s.kind,
          role: kind === 'role' ? (value as RoleCode) : null,
          agencyCode: kind === 'agency' ? value : null,
          allotted: { amount: parseAmount(s.amount) ?? Number.NaN, unit: s.unit },
        };
      }),
    })),
  };
}
