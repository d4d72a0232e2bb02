// A stored procedure version as listed to administrators: its dates, status on a given day and processes.
import type { ProcedureVersionItem, VersionStatus } from '../../contract/catalog-admin.js';
import type { LocalDate } from '../../domain/catalog/types.js';
import type { ProcedureRow } from './repository.js';

export function versionStatus(
  r: Pick<ProcedureRow, 'effectiveFrom' | 'effectiveTo'>,
  today: LocalDate,
): VersionStatus {
  if (r.effectiveFrom > today) return 'scheduled';
  if (r.effectiveTo !== null && r.effectiveTo <= today) return 'superseded';
  return 'in_force';
}

export function presentVersion(r: ProcedureRow, today: LocalDate): ProcedureVersionItem {
  const d = r.definition;
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    name: r.name,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    status: versionStatus(r, today),
    publishedAt: r.createdAt.toISOString(),
    mechanism: d.mechanism,
    cutoff: d.cutoff,
    durations: d.durations,
    cases: d.cases.map((c) => ({
      code: c.code,
      name: c.name,
      durations: c.durations,
      process: c.process.map((s) => ({ ...s })),
      agencies: c.agencies.map((a) => ({ code: a.code, name: a.name, deadline: a.deadline })),
    })),
  };
}
