// The officers of a unit, for choosing who handles a step (assign, forward). Readable by anyone who
// works on dossiers in that unit; only names, roles and departments — no contact details.
import { and, asc, eq } from 'drizzle-orm';
import type { RoleCode } from '../../contract/auth.js';
import { accounts, departments } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { resolveScopedUnit } from './scoped-unit.js';

export async function listOfficers(deps: Deps, ctx: RequestContext, unitCode: string) {
  const { db } = deps.database;
  const unit = await resolveScopedUnit(db, ctx.actor, unitCode);
  const rows = await db
    .select({
      id: accounts.id,
      fullName: accounts.fullName,
      roles: accounts.roles,
      departmentCode: departments.code,
      departmentName: departments.name,
    })
    .from(accounts)
    .leftJoin(departments, eq(departments.id, accounts.departmentId))
    .where(and(eq(accounts.unitId, unit.id), eq(accounts.kind, 'officer'), eq(accounts.active, true)))
    .orderBy(asc(accounts.fullName));
  return {
    items: rows.map((r) => ({
      ...r,
      roles: r.roles as RoleCode[],
      departmentCode: r.departmentCode ?? null,
      departmentName: r.departmentName ?? null,
    })),
  };
}
