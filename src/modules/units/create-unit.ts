import { eq } from 'drizzle-orm';
import type { UnitKind } from '../../contract/common.js';
import { units } from '../../db/schema.js';
import { inScope } from '../../domain/access/actor.js';
import { localDateOf } from '../../domain/time/local-date.js';
import { validateUnit } from '../../domain/units/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { findUnitByCode, presentUnit } from './repository.js';

export type CreateUnitInput = {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode?: string | null | undefined;
  validFrom?: string | undefined;
  centerName?: string | undefined;
};

export async function createUnit(deps: Deps, ctx: RequestContext, input: CreateUnitInput) {
  const check = validateUnit({ code: input.code, kind: input.kind, parentCode: input.parentCode ?? null });
  if (!check.ok) throw invalid(check.code, check.message);
  if (input.kind === 'province' && !ctx.actor.permissions.has('units:create_province')) {
    throw forbidden('Chỉ quản trị hệ thống được tạo đơn vị cấp tỉnh');
  }
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    let parentId: string | null = null;
    if (input.kind !== 'province') {
      const [parent] = await tx
        .select()
        .from(units)
        .where(eq(units.code, input.parentCode ?? ''));
      if (!parent || !inScope(ctx.actor, parent.id)) throw notFound('Không tìm thấy đơn vị cấp tỉnh');
      if (parent.kind !== 'province')
        throw invalid('UNIT_PARENT_NOT_PROVINCE', 'Đơn vị cấp trên phải là tỉnh/thành phố');
      parentId = parent.id;
    }
    const [taken] = await tx.select({ id: units.id }).from(units).where(eq(units.code, input.code));
    if (taken)
      throw conflict('UNIT_CODE_TAKEN', `Mã đơn vị ${input.code} đã được sử dụng (mã không được dùng lại)`);
    const [row] = await tx
      .insert(units)
      .values({
        code: input.code,
        name: input.name,
        kind: input.kind,
        parentId,
        validFrom: input.validFrom ?? localDateOf(now.getTime()),
        centerName: input.centerName ?? `Trung tâm Phục vụ hành chính công ${input.name}`,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const created = await findUnitByCode(tx, { ...ctx.actor, scope: 'all' }, row.code);
    const unit = presentUnit(created!);
    await recordAudit(tx, ctx, now, {
      action: 'unit.created',
      entityType: 'unit',
      entityId: row.id,
      unitId: row.id,
      after: unit,
    });
    return unit;
  });
}
