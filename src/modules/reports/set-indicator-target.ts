// Sets an indicator target from a date on (a new row; earlier rows stay as the history and keep
// applying to earlier periods). National defaults need the unrestricted scope (system administrator);
// a province or unit override needs that unit in the caller's scope. One transaction, with its audit.
import { and, eq, isNull } from 'drizzle-orm';
import type { SetIndicatorTargetBody } from '../../contract/indicators.js';
import { indicatorTargets } from '../../db/schema.js';
import { INDICATOR_LABELS, type IndicatorCode } from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, forbidden } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';

export async function setIndicatorTarget(deps: Deps, ctx: RequestContext, input: SetIndicatorTargetBody) {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    let unit: { id: string; code: string; name: string } | null = null;
    if (input.unitCode) unit = await resolveScopedUnit(tx, ctx.actor, input.unitCode);
    else if (ctx.actor.scope !== 'all')
      throw forbidden('Chỉ quản trị hệ thống được đặt chỉ tiêu mặc định toàn quốc');
    const [existing] = await tx
      .select({ id: indicatorTargets.id })
      .from(indicatorTargets)
      .where(
        and(
          unit ? eq(indicatorTargets.scopeUnitId, unit.id) : isNull(indicatorTargets.scopeUnitId),
          eq(indicatorTargets.indicator, input.indicator),
          eq(indicatorTargets.effectiveFrom, input.effectiveFrom),
        ),
      );
    if (existing)
      throw conflict('TARGET_EXISTS', 'Đã có chỉ tiêu cho phạm vi này từ ngày này; chọn ngày hiệu lực khác');
    const [row] = await tx
      .insert(indicatorTargets)
      .values({
        scopeUnitId: unit?.id ?? null,
        indicator: input.indicator,
        comparator: input.comparator,
        value: input.value.toFixed(2),
        effectiveFrom: input.effectiveFrom,
        note: input.note ?? null,
        createdBy: ctx.actor.kind === 'officer' ? ctx.actor.id : null,
        createdAt: now,
      })
      .returning();
    const result = {
      id: row!.id,
      unitCode: unit?.code ?? null,
      unitName: unit?.name ?? null,
      indicator: input.indicator,
      label: INDICATOR_LABELS[input.indicator as IndicatorCode],
      comparator: input.comparator,
      value: Number(row!.value),
      effectiveFrom: row!.effectiveFrom,
      note: row!.note,
    };
    await recordAudit(tx, ctx, now, {
      action: 'report.target_set',
      entityType: 'indicator_target',
      entityId: row!.id,
      unitId: unit?.id ?? null,
      after: result,
    });
    return result;
  });
}
