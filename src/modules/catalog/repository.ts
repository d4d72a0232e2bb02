// Stored procedure versions: insert from the domain shape, and present them over HTTP.
import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { ProcedureDetail, ProcedureSummary } from '../../contract/dossiers.js';
import type { Executor } from '../../db/database.js';
import { procedures } from '../../db/schema.js';
import type { ProcedureVersion } from '../../domain/catalog/types.js';
import { foldVietnamese } from '../../domain/format/search.js';

export type ProcedureRow = typeof procedures.$inferSelect;

export function procedureValues(p: ProcedureVersion, external = false) {
  return {
    code: p.code,
    version: p.version,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    name: p.name,
    nameSearch: foldVietnamese(`${p.code} ${p.name}`),
    fieldCode: p.field.code,
    fieldName: p.field.name,
    level: p.level,
    mechanism: p.mechanism,
    onlineLevel: p.onlineLevel,
    fourOnSite: p.fourOnSite,
    nonTerritorial: p.nonTerritorial,
    external,
    definition: p,
  };
}

/** Versions in force on a local date: effectiveFrom ≤ date < effectiveTo (open-ended when null). */
export function inForceOn(date: string) {
  return and(
    lte(procedures.effectiveFrom, date),
    or(isNull(procedures.effectiveTo), gt(procedures.effectiveTo, date)),
  );
}

export async function procedureInForce(
  db: Executor,
  code: string,
  date: string,
): Promise<ProcedureRow | null> {
  const [row] = await db
    .select()
    .from(procedures)
    .where(and(eq(procedures.code, code), inForceOn(date)))
    .limit(1);
  return row ?? null;
}

export function presentProcedureSummary(r: ProcedureRow): ProcedureSummary {
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    name: r.name,
    fieldCode: r.fieldCode,
    fieldName: r.fieldName,
    level: r.level,
    mechanism: r.mechanism as ProcedureSummary['mechanism'],
    onlineLevel: r.onlineLevel as ProcedureSummary['onlineLevel'],
    fourOnSite: r.fourOnSite,
    nonTerritorial: r.nonTerritorial,
    external: r.external,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
  };
}

export function presentProcedureDetail(r: ProcedureRow): ProcedureDetail {
  const d = r.definition;
  return {
    ...presentProcedureSummary(r),
    postalAllowed: d.postalAllowed,
    cutoff: d.cutoff,
    durations: d.durations,
    fees: d.fees.map((f) => ({ ...f })),
    components: d.components.map((c) => ({ ...c, caseCodes: c.caseCodes ? [...c.caseCodes] : null })),
    result: d.result,
    cases: d.cases.map((c) => ({
      code: c.code,
      name: c.name,
      durations: c.durations,
      process: c.process.map((s) => ({ ...s })),
    })),
  };
}
