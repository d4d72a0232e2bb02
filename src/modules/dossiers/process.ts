// A procedure case's catalog process → the dossier's workflow. Returning the result is an action
// (return_result), not a step, so 'return' steps are dropped; a partner agency's step (liên thông) is
// followed by a processing officer of the unit, who records the agency's answer.
import type { ProcedureCase } from '../../domain/catalog/types.js';
import type { ProcessDefinition } from '../../domain/dossier/types.js';

export function processOfCase(procedureCode: string, c: ProcedureCase): ProcessDefinition {
  const agencies = new Map(c.agencies.map((a) => [a.code, a.name]));
  const steps = c.process
    .filter((s) => s.kind !== 'return')
    .map((s) => ({
      code: s.code,
      name: s.agencyCode ? `${s.name} (${agencies.get(s.agencyCode) ?? s.agencyCode})` : s.name,
      role: s.role ?? 'processing_officer',
      departmentCode: null,
      allotted: s.allotted,
    }));
  return { code: `${procedureCode}/${c.code}`, name: c.name, steps };
}
