import { and, asc, eq, gt, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { RoleCode } from '../../contract/auth.js';
import type { User } from '../../contract/users.js';
import type { Executor } from '../../db/database.js';
import { accounts, departments, units } from '../../db/schema.js';
import { type Actor, scopeIds } from '../../domain/access/actor.js';

type Row = {
  a: typeof accounts.$inferSelect;
  unitCode: string;
  unitName: string;
  departmentName: string | null;
};

function baseQuery(db: Executor) {
  return db
    .select({ a: accounts, unitCode: units.code, unitName: units.name, departmentName: departments.name })
    .from(accounts)
    .innerJoin(units, eq(units.id, accounts.unitId))
    .leftJoin(departments, eq(departments.id, accounts.departmentId));
}

export function presentUser(r: Row): User {
  return {
    id: r.a.id,
    username: r.a.username ?? '',
    fullName: r.a.fullName,
    email: r.a.email,
    phone: r.a.phone,
    unitCode: r.unitCode,
    unitName: r.unitName,
    departmentId: r.a.departmentId,
    departmentName: r.departmentName,
    roles: r.a.roles as RoleCode[],
    active: r.a.active,
    lockedUntil: r.a.lockedUntil?.toISOString() ?? null,
    createdAt: r.a.createdAt.toISOString(),
  };
}

/** An officer account inside the actor's scope, or null (callers answer 404). */
export async function findScopedOfficer(db: Executor, actor: Actor, id: string): Promise<Row | null> {
  const ids = scopeIds(actor);
  const [row] = await baseQuery(db)
    .where(
      and(eq(accounts.id, id), eq(accounts.kind, 'officer'), ids ? inArray(accounts.unitId, ids) : undefined),
    )
    .limit(1);
  return row ?? null;
}

export async function listScopedOfficers(
  db: Executor,
  actor: Actor,
  f: { unitId?: string | undefined; q?: string | undefined; afterUsername: string | null; limit: number },
): Promise<Row[]> {
  const ids = scopeIds(actor);
  const where: (SQL | undefined)[] = [
    eq(accounts.kind, 'officer'),
    ids ? inArray(accounts.unitId, ids) : undefined,
  ];
  if (f.unitId) where.push(eq(accounts.unitId, f.unitId));
  if (f.q) {
    const q = f.q.replace(/[\\%_]/g, (c) => `\\${c}`);
    where.push(or(ilike(accounts.fullName, `%${q}%`), ilike(accounts.username, `%${q}%`)));
  }
  if (f.afterUsername) where.push(gt(accounts.username, f.afterUsername));
  return baseQuery(db)
    .where(and(...where))
    .orderBy(asc(accounts.username))
    .limit(f.limit);
}
