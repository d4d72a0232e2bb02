// Dossier code <unit code>-YYMMDD-NNNN: a per-unit daily sequence taken with one atomic upsert, so
// several server processes never hand out the same number.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { dossierCodeCounters } from '../../db/schema.js';
import { formatDossierCode } from '../../domain/dossier/index.js';
import { localDateOf } from '../../domain/time/local-date.js';

export async function nextDossierCode(
  tx: Tx,
  unit: { id: string; code: string },
  at: number,
): Promise<string> {
  const [row] = await tx
    .insert(dossierCodeCounters)
    .values({ unitId: unit.id, day: localDateOf(at), last: 1 })
    .onConflictDoUpdate({
      target: [dossierCodeCounters.unitId, dossierCodeCounters.day],
      set: { last: sql`${dossierCodeCounters.last} + 1` },
    })
    .returning({ last: dossierCodeCounters.last });
  return formatDossierCode(unit.code, at, row!.last);
}
