// Loads the demo procedure catalog once (idempotent per code and version).
import type { Executor } from '../../db/database.js';
import { procedures } from '../../db/schema.js';
import { demoCatalog } from '../../demo/procedures/index.js';
import { procedureValues } from './repository.js';

export async function seedCatalog(db: Executor): Promise<number> {
  const rows = demoCatalog().map((p) => procedureValues(p));
  const inserted = await db
    .insert(procedures)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: procedures.id });
  return inserted.length;
}
