// Labels of report keys from the procedure catalog: the name of a procedure's latest version, and
// the name of a field as its latest procedure version spells it.
import { desc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { procedures } from '../../db/schema.js';

export async function fieldLabels(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db
    .selectDistinctOn([procedures.fieldCode], { code: procedures.fieldCode, name: procedures.fieldName })
    .from(procedures)
    .where(inArray(procedures.fieldCode, codes))
    .orderBy(procedures.fieldCode, desc(procedures.version));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function procedureLabels(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db
    .selectDistinctOn([procedures.code], { code: procedures.code, name: procedures.name })
    .from(procedures)
    .where(inArray(procedures.code, codes))
    .orderBy(procedures.code, desc(procedures.version));
  return new Map(rows.map((r) => [r.code, r.name]));
}
