// Loading dossiers within the actor's scope. Outside it a dossier does not exist (404): officers see
// their units' dossiers, citizens and organisations only their own.
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { accounts, departments, dossiers, units } from '../../db/schema.js';
import { type Actor, scopeIds } from '../../domain/access/actor.js';
import { notFound } from '../../platform/errors.js';

export type DossierRow = typeof dossiers.$inferSelect;
export type UnitRow = typeof units.$inferSelect;

/** SQL condition limiting dossiers to what the actor may see. */
export function dossierScope(actor: Actor): SQL | undefined {
  if (actor.kind === 'citizen' || actor.kind === 'organisation') {
    return eq(dossiers.ownerAccountId, actor.id ?? '00000000-0000-0000-0000-000000000000');
  }
  const ids = scopeIds(actor);
  return ids ? inArray(dossiers.unitId, ids) : undefined;
}

export async function findDossier(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<{ row: DossierRow; unit: UnitRow }> {
  const [found] = await db
    .select({ row: dossiers, unit: units })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(eq(dossiers.id, id), dossierScope(actor)))
    .limit(1);
  if (!found) throw notFound('Không tìm thấy hồ sơ');
  return found;
}

/** The department code of an officer (the state machine checks step departments with it). */
export async function departmentCodeOf(db: Executor, accountId: string | null): Promise<string | null> {
  if (!accountId) return null;
  const [row] = await db
    .select({ code: departments.code })
    .from(accounts)
    .innerJoin(departments, eq(departments.id, accounts.departmentId))
    .where(eq(accounts.id, accountId));
  return row?.code ?? null;
}
