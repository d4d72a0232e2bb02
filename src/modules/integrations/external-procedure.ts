// The catalog entry of an imported record's procedure: the version in force on the receipt date, else
// the latest version with that code; an unknown code creates a minimal valid entry marked external
// (procedures.external = true) that the catalog administrator can complete later.
import { desc, eq, sql } from 'drizzle-orm';
import type { DvcRecord } from '../../contract/dvc-record.js';
import type { Tx } from '../../db/database.js';
import { procedures } from '../../db/schema.js';
import type { ProcedureVersion } from '../../domain/catalog/types.js';
import { localDateOf } from '../../domain/time/local-date.js';
import { procedureValues } from '../catalog/repository.js';

export type ProcedureRef = { id: string; code: string };
/** Committed catalog rows found during one request, by code and receipt day (never rows created here). */
export type ProcedureCache = Map<string, ProcedureRef>;

const SOURCE_STEP = { role: 'receiving_officer', agencyCode: null } as const;

export function externalProcedure(r: DvcRecord): ProcedureVersion {
  const oneDay = { amount: 1, unit: 'working_days' } as const;
  return {
    code: r.MaTTHC,
    version: 1,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
    name: r.TenTTHC,
    field: { code: r.MaLinhVuc, name: r.TenLinhVuc },
    level: 'other',
    mechanism: 'one_stop',
    onlineLevel: 'none',
    postalAllowed: false,
    fourOnSite: false,
    nonTerritorial: false,
    durations: { counter: oneDay },
    cutoff: null,
    fees: [],
    components: [],
    result: { code: null, name: 'Kết quả theo hệ thống nguồn' },
    cases: [
      {
        code: 'external',
        name: 'Giải quyết tại hệ thống nguồn',
        durations: { counter: oneDay },
        process: [
          {
            code: 'receive',
            name: 'Tiếp nhận tại hệ thống nguồn',
            kind: 'receive',
            ...SOURCE_STEP,
            allotted: { amount: 1, unit: 'working_hours' },
          },
          {
            code: 'return',
            name: 'Trả kết quả tại hệ thống nguồn',
            kind: 'return',
            ...SOURCE_STEP,
            allotted: { amount: 1, unit: 'working_hours' },
          },
        ],
        agencies: [],
      },
    ],
  };
}

export async function procedureForRecord(
  tx: Tx,
  r: DvcRecord,
  cache: ProcedureCache,
): Promise<ProcedureRef & { created: boolean }> {
  const day = localDateOf(r.NgayTiepNhan);
  const cached = cache.get(`${r.MaTTHC} ${day}`);
  if (cached) return { ...cached, created: false };
  const [row] = await tx
    .select({ id: procedures.id, code: procedures.code })
    .from(procedures)
    .where(eq(procedures.code, r.MaTTHC))
    .orderBy(
      sql`(${procedures.effectiveFrom} <= ${day} AND (${procedures.effectiveTo} IS NULL OR ${procedures.effectiveTo} > ${day})) DESC`,
      desc(procedures.version),
    )
    .limit(1);
  if (row) {
    cache.set(`${r.MaTTHC} ${day}`, row);
    return { ...row, created: false };
  }
  const [created] = await tx
    .insert(procedures)
    .values(procedureValues(externalProcedure(r), true))
    .returning({ id: procedures.id, code: procedures.code });
  return { ...created!, created: true };
}
