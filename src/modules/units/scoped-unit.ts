// Looks a unit up by code within the actor's scope. Outside the scope it does not exist (404).
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { units } from '../../db/schema.js';
import { type Actor, inScope } from '../../domain/access/actor.js';
import { notFound } from '../../platform/errors.js';

export async function resolveScopedUnit(db: Executor, actor: Actor, code: string) {
  const [row] = await db.select().from(units).where(eq(units.code, code)).limit(1);
  if (!row || !inScope(actor, row.id)) throw notFound('Không tìm thấy đơn vị');
  return row;
}
