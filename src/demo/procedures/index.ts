/**
 * Demo procedure catalog: real commune-level procedures as published after the 01/07/2025 two-level
 * local government reform, with their national codes (see each entry's `codeVerified` and comment),
 * durations, fees, components and a workflow per case. Shared by the demo seed and the demo generator.
 */
import type { ProcedureVersion } from '../../domain/catalog/types.js';
import type { DemoProcedure } from './build.js';
import { CERTIFICATION } from './certification.js';
import { CIVIL_STATUS } from './civil-status.js';
import { FIELD_WEIGHTS, FIELDS } from './fields.js';
import { LAND_BUSINESS } from './land-business.js';
import { OTHER } from './other.js';
import { SOCIAL } from './social.js';

export type { DemoProcedure } from './build.js';
export { FIELD_WEIGHTS, FIELDS } from './fields.js';

export const DEMO_PROCEDURES: readonly DemoProcedure[] = [
  ...CERTIFICATION,
  ...CIVIL_STATUS,
  ...SOCIAL,
  ...LAND_BUSINESS,
  ...OTHER,
];

/** Every version of every demo procedure (a procedure may have several versions). */
export function demoCatalog(): ProcedureVersion[] {
  return DEMO_PROCEDURES.map((d) => d.procedure);
}

/** Codes whose national code could not be confirmed (plausible format only). */
export const DEMO_UNVERIFIED_CODES: readonly string[] = [
  ...new Set(DEMO_PROCEDURES.filter((d) => !d.codeVerified).map((d) => d.procedure.code)),
];

export interface ProcedureWeight {
  readonly code: string;
  readonly fieldCode: string;
  /** Share of all dossiers, the weights summing to 1. */
  readonly weight: number;
}

/**
 * Relative frequency of each procedure code for the demo generator: the field's share (FIELD_WEIGHTS,
 * after seed 003) split among its procedures by their weights. Versions of one code count once (the
 * generator picks the version in force on the dossier's date).
 */
export function demoProcedureWeights(): ProcedureWeight[] {
  const byCode = new Map<string, DemoProcedure>();
  for (const d of DEMO_PROCEDURES) if (!byCode.has(d.procedure.code)) byCode.set(d.procedure.code, d);
  const fieldTotals = new Map<string, number>();
  for (const d of byCode.values())
    fieldTotals.set(d.procedure.field.code, (fieldTotals.get(d.procedure.field.code) ?? 0) + d.weight);
  const grandTotal = [...fieldTotals.keys()].reduce((sum, f) => sum + (FIELD_WEIGHTS[f] ?? 0), 0);
  return [...byCode.values()].map((d) => {
    const fieldCode = d.procedure.field.code;
    const fieldShare = (FIELD_WEIGHTS[fieldCode] ?? 0) / grandTotal;
    return {
      code: d.procedure.code,
      fieldCode,
      weight: (fieldShare * d.weight) / (fieldTotals.get(fieldCode) ?? 1),
    };
  });
}

/** Field of a demo field code, for labels. */
export function demoField(code: string): { code: string; name: string } | undefined {
  return Object.values(FIELDS).find((f) => f.code === code);
}
