import { eq } from 'drizzle-orm';
import type { OfficeHours } from '../../contract/units.js';
import { units } from '../../db/schema.js';
import { officeHoursProblem } from '../../domain/calendar/office-hours.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { findUnitByCode, presentUnit } from './repository.js';

export type UpdateUnitInput = {
  name?: string | undefined;
  centerName?: string | undefined;
  validTo?: string | null | undefined;
  successorCode?: string | null | undefined;
  officeHours?: OfficeHours | null | undefined;
};

/** Renames a unit, or ends its validity (a merger) naming its successor; history is kept. */
export async function updateUnit(deps: Deps, ctx: RequestContext, code: string, input: UpdateUnitInput) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const current = await findUnitByCode(tx, ctx.actor, code);
    if (!current) throw notFound('Không tìm thấy đơn vị');
    const before = presentUnit(current);
    let successorId: string | null | undefined;
    if (input.successorCode !== undefined) {
      if (input.successorCode === null) successorId = null;
      else {
        const [s] = await tx.select().from(units).where(eq(units.code, input.successorCode));
        if (!s || s.id === current.u.id)
          throw invalid('UNIT_SUCCESSOR_INVALID', 'Đơn vị kế thừa không hợp lệ');
        if ((s.kind === 'province') !== (current.u.kind === 'province')) {
          throw invalid('UNIT_SUCCESSOR_INVALID', 'Đơn vị kế thừa phải cùng cấp');
        }
        successorId = s.id;
      }
    }
    if (input.officeHours) {
      const problem = officeHoursProblem(input.officeHours);
      if (problem) throw invalid('OFFICE_HOURS_INVALID', `Giờ làm việc không hợp lệ: ${problem}`);
    }
    if (input.validTo && input.validTo < current.u.validFrom) {
      throw invalid('UNIT_VALIDITY_INVALID', 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực');
    }
    await tx
      .update(units)
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.centerName !== undefined && { centerName: input.centerName }),
        ...(input.validTo !== undefined && { validTo: input.validTo }),
        ...(successorId !== undefined && { successorId }),
        ...(input.officeHours !== undefined && { officeHours: input.officeHours }),
        updatedAt: now,
      })
      .where(eq(units.id, current.u.id));
    const after = presentUnit((await findUnitByCode(tx, ctx.actor, code))!);
    await recordAudit(tx, ctx, now, {
      action: 'unit.updated',
      entityType: 'unit',
      entityId: current.u.id,
      unitId: current.u.id,
      before,
      after,
    });
    return after;
  });
}
