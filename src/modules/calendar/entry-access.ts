// Who may change a calendar entry: national entries need 'calendar:manage_national'; a unit's entries
// need 'calendar:manage' and the unit in the actor's scope (outside it the entry does not exist: 404).
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { calendarEntries, units } from '../../db/schema.js';
import { type Actor, can, inScope } from '../../domain/access/actor.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import type { EntryRow } from './repository.js';

export function assertMayManageLevel(actor: Actor, national: boolean): void {
  if (national ? !can(actor, 'calendar:manage_national') : !can(actor, 'calendar:manage')) {
    throw forbidden(
      national
        ? 'Chỉ quản trị hệ thống được sửa lịch nghỉ, làm việc áp dụng toàn quốc'
        : 'Bạn không có quyền quản lý lịch làm việc',
    );
  }
}

/** The unit a new entry applies to (null = national), after the permission and scope checks. */
export async function targetUnit(db: Executor, actor: Actor, unitCode: string | null | undefined) {
  const national = unitCode === null || unitCode === undefined;
  if (!can(actor, 'calendar:manage') && !can(actor, 'calendar:manage_national')) throw forbidden();
  if (national) {
    assertMayManageLevel(actor, true);
    return null;
  }
  const unit = await resolveScopedUnit(db, actor, unitCode);
  assertMayManageLevel(actor, false);
  return unit;
}

/** Loads an administrator entry the actor may change, locking it for the transaction. */
export async function entryForChange(tx: Executor, actor: Actor, id: string): Promise<EntryRow> {
  if (!can(actor, 'calendar:manage') && !can(actor, 'calendar:manage_national')) throw forbidden();
  const [row] = await tx
    .select({ e: calendarEntries, unitCode: units.code })
    .from(calendarEntries)
    .leftJoin(units, eq(units.id, calendarEntries.unitId))
    .where(eq(calendarEntries.id, id))
    .for('update', { of: calendarEntries });
  if (!row) throw notFound('Không tìm thấy ngày trong lịch');
  if (row.e.unitId === null) assertMayManageLevel(actor, true);
  else {
    if (!inScope(actor, row.e.unitId)) throw notFound('Không tìm thấy ngày trong lịch');
    assertMayManageLevel(actor, false);
  }
  return row;
}
