// Data access for units, always filtered by the actor's scope.
import { aliasedTable, and, asc, eq, gt, gte, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Unit } from '../../contract/units.js';
import type { Executor } from '../../db/database.js';
import { units } from '../../db/schema.js';
import { type Actor, scopeIds } from '../../domain/access/actor.js';

const parent = aliasedTable(units, 'parent');
const successor = aliasedTable(units, 'successor');

function baseQuery(db: Executor) {
  return db
    .select({ u: units, parentCode: parent.code, successorCode: successor.code })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .leftJoin(successor, eq(successor.id, units.successorId));
}

type Row = { u: typeof units.$inferSelect; parentCode: string | null; successorCode: string | null };

export function presentUnit(r: Row): Unit {
  return {
    id: r.u.id,
    code: r.u.code,
    name: r.u.name,
    kind: r.u.kind,
    parentCode: r.parentCode,
    validFrom: r.u.validFrom,
    validTo: r.u.validTo,
    successorCode: r.successorCode,
    centerName: r.u.centerName,
    officeHours: r.u.officeHours ?? null,
  };
}

export async function findUnitByCode(db: Executor, actor: Actor, code: string): Promise<Row | null> {
  const ids = scopeIds(actor);
  const [row] = await baseQuery(db)
    .where(and(eq(units.code, code), ids ? inArray(units.id, ids) : undefined))
    .limit(1);
  return row ?? null;
}

export type UnitFilter = {
  parentCode?: string | undefined;
  q?: string | undefined;
  includeInactive: boolean;
  afterCode: string | null;
  limit: number;
  today: string;
};

export async function listScopedUnits(db: Executor, actor: Actor, f: UnitFilter) {
  const ids = scopeIds(actor);
  const where: (SQL | undefined)[] = [ids ? inArray(units.id, ids) : undefined];
  if (f.parentCode) where.push(eq(parent.code, f.parentCode));
  if (f.q) {
    const q = f.q.replace(/[\\%_]/g, (c) => `\\${c}`);
    where.push(or(ilike(units.name, `%${q}%`), ilike(units.code, `${q}%`)));
  }
  if (!f.includeInactive) where.push(or(isNull(units.validTo), gte(units.validTo, f.today)));
  if (f.afterCode) where.push(gt(units.code, f.afterCode));
  const rows: Row[] = await baseQuery(db)
    .where(and(...where))
    .orderBy(asc(units.code))
    .limit(f.limit);
  return rows;
}
