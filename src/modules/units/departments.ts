// Specialised departments (phòng chuyên môn) of a unit.
import { and, asc, eq } from 'drizzle-orm';
import type { Department } from '../../contract/units.js';
import { departments, units } from '../../db/schema.js';
import { inScope } from '../../domain/access/actor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { resolveScopedUnit } from './scoped-unit.js';

const present = (d: typeof departments.$inferSelect, unitCode: string): Department => ({
  id: d.id,
  unitCode,
  code: d.code,
  name: d.name,
  active: d.active,
});

export async function listDepartments(deps: Deps, ctx: RequestContext, unitCode: string) {
  const unit = await resolveScopedUnit(deps.database.db, ctx.actor, unitCode);
  const rows = await deps.database.db
    .select()
    .from(departments)
    .where(eq(departments.unitId, unit.id))
    .orderBy(asc(departments.code));
  return { items: rows.map((d) => present(d, unit.code)) };
}

export async function createDepartment(
  deps: Deps,
  ctx: RequestContext,
  unitCode: string,
  input: { code: string; name: string },
) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const unit = await resolveScopedUnit(tx, ctx.actor, unitCode);
    const [dup] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.unitId, unit.id), eq(departments.code, input.code)));
    if (dup) throw conflict('DEPARTMENT_CODE_TAKEN', `Mã phòng ${input.code} đã tồn tại trong đơn vị`);
    const [row] = await tx
      .insert(departments)
      .values({ unitId: unit.id, code: input.code, name: input.name, createdAt: now })
      .returning();
    const dept = present(row!, unit.code);
    await recordAudit(tx, ctx, now, {
      action: 'department.created',
      entityType: 'department',
      entityId: dept.id,
      unitId: unit.id,
      after: dept,
    });
    return dept;
  });
}

export async function updateDepartment(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { name?: string | undefined; active?: boolean | undefined },
) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ d: departments, unitCode: units.code })
      .from(departments)
      .innerJoin(units, eq(units.id, departments.unitId))
      .where(eq(departments.id, id));
    if (!row || !inScope(ctx.actor, row.d.unitId)) throw notFound('Không tìm thấy phòng chuyên môn');
    const [updated] = await tx
      .update(departments)
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.active !== undefined && { active: input.active }),
      })
      .where(eq(departments.id, id))
      .returning();
    const after = present(updated!, row.unitCode);
    await recordAudit(tx, ctx, now, {
      action: 'department.updated',
      entityType: 'department',
      entityId: id,
      unitId: row.d.unitId,
      before: present(row.d, row.unitCode),
      after,
    });
    return after;
  });
}
