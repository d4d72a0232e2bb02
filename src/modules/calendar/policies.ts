// Per-unit policy for the clock after a pause (restart from zero, or add the paused time), with an
// effective date. Never retroactive: a policy takes effect today or later, so dossiers already
// resumed keep the due dates they were given.
import { desc, eq } from 'drizzle-orm';
import type { DeadlinePolicy } from '../../contract/calendar.js';
import type { Executor } from '../../db/database.js';
import { unitDeadlinePolicies } from '../../db/schema.js';
import type { ResumePolicyEntry } from '../../domain/calendar/index.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { conflict, invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';

type Row = typeof unitDeadlinePolicies.$inferSelect;
const present = (r: Row, unitCode: string): DeadlinePolicy => ({
  id: r.id,
  unitCode,
  effectiveFrom: r.effectiveFrom,
  resumeSemantics: r.resumeSemantics,
  legalDocument: r.legalDocument,
  createdAt: r.createdAt.toISOString(),
});

/** The dated policy entries of a unit, as the domain's resumeAfterPause expects them. */
export async function resumePolicyOf(db: Executor, unitId: string): Promise<ResumePolicyEntry[]> {
  const rows = await db.select().from(unitDeadlinePolicies).where(eq(unitDeadlinePolicies.unitId, unitId));
  return rows.map((r) => ({ effectiveFrom: r.effectiveFrom, semantics: r.resumeSemantics }));
}

export async function listDeadlinePolicies(deps: Deps, ctx: RequestContext, unitCode: string) {
  const unit = await resolveScopedUnit(deps.database.db, ctx.actor, unitCode);
  const rows = await deps.database.db
    .select()
    .from(unitDeadlinePolicies)
    .where(eq(unitDeadlinePolicies.unitId, unit.id))
    .orderBy(desc(unitDeadlinePolicies.effectiveFrom));
  return { items: rows.map((r) => present(r, unit.code)) };
}

export type CreatePolicyInput = {
  unitCode: string;
  effectiveFrom: string;
  resumeSemantics: 'restart' | 'add_paused_time';
  legalDocument: string;
};

export async function createDeadlinePolicy(deps: Deps, ctx: RequestContext, input: CreatePolicyInput) {
  const now = deps.clock.now();
  if (input.effectiveFrom < localDateOf(now.getTime())) {
    throw invalid('POLICY_RETROACTIVE', 'Ngày áp dụng không được trước ngày hôm nay (không áp dụng hồi tố)');
  }
  return deps.database.db.transaction(async (tx) => {
    const unit = await resolveScopedUnit(tx, ctx.actor, input.unitCode);
    const [row] = await tx
      .insert(unitDeadlinePolicies)
      .values({
        unitId: unit.id,
        effectiveFrom: input.effectiveFrom,
        resumeSemantics: input.resumeSemantics,
        legalDocument: input.legalDocument,
        createdBy: ctx.actor.id,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict('POLICY_EXISTS', 'Đơn vị đã có quy định áp dụng từ ngày này');
    const policy = present(row, unit.code);
    await recordAudit(tx, ctx, now, {
      action: 'deadline_policy.created',
      entityType: 'deadline_policy',
      entityId: row.id,
      unitId: unit.id,
      after: policy,
    });
    return policy;
  });
}
