// Every version of one procedure, newest first, with its status today (administration of the catalog).
import { desc, eq } from 'drizzle-orm';
import type { ProcedureVersions } from '../../contract/catalog-admin.js';
import { procedures } from '../../db/schema.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { presentVersion } from './present-version.js';

export async function listVersions(deps: Deps, code: string): Promise<ProcedureVersions> {
  const today = localDateOf(deps.clock.now().getTime());
  const rows = await deps.database.db
    .select()
    .from(procedures)
    .where(eq(procedures.code, code))
    .orderBy(desc(procedures.version));
  if (rows.length === 0) throw notFound('Không tìm thấy thủ tục hành chính với mã này');
  return { code, today, items: rows.map((r) => presentVersion(r, today)) };
}
