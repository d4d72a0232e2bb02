// Every write that changes a dossier's figures calls this inside its transaction: PostgreSQL (and
// PGlite) deliver the notice to the listeners on commit only, once per unit per transaction, and never
// for a rolled-back change. The dashboard's change feed (change-feed.ts) listens on the channel.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';

export const DOSSIER_CHANGE_CHANNEL = 'motcua_dossier_change';

export async function notifyDossierChange(tx: Executor, unitId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${DOSSIER_CHANGE_CHANNEL}, ${unitId})`);
}
