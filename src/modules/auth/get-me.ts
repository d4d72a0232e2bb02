import { asc, eq, inArray } from 'drizzle-orm';
import type { Me } from '../../contract/auth.js';
import type { UnitRef } from '../../contract/common.js';
import { departments, units } from '../../db/schema.js';
import type { Deps } from '../../platform/deps.js';
import type { SessionAuth } from './authenticate.js';

export async function getMe(deps: Deps, auth: SessionAuth): Promise<Me> {
  const { db } = deps.database;
  const { account, actor } = auth;
  let unit: UnitRef | null = null;
  let department: Me['department'] = null;
  let scopeUnits: UnitRef[] = [];
  const ref = { id: units.id, code: units.code, name: units.name, kind: units.kind };
  if (account.unitId) {
    [unit = null] = await db.select(ref).from(units).where(eq(units.id, account.unitId));
    if (actor.scope === 'all') {
      scopeUnits = await db.select(ref).from(units).orderBy(asc(units.code)).limit(500);
    } else if (actor.scope.size > 0) {
      scopeUnits = await db
        .select(ref)
        .from(units)
        .where(inArray(units.id, [...actor.scope]))
        .orderBy(asc(units.code));
    }
  }
  if (account.departmentId) {
    [department = null] = await db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(eq(departments.id, account.departmentId));
  }
  return {
    id: account.id,
    username: account.username ?? '',
    fullName: account.fullName,
    kind: account.kind,
    roles: actor.roles,
    permissions: [...actor.permissions],
    unit,
    department,
    scopeUnits,
    mustChangePassword: account.mustChangePassword,
  };
}
