// Every processing action on a dossier goes through here: load in scope, check the version the user
// saw, let the state machine decide, and apply the decision with compare-and-set.
import { and, eq } from 'drizzle-orm';
import type { DossierActionInput } from '../../contract/dossiers.js';
import type { Tx } from '../../db/database.js';
import { accounts, departments, units } from '../../db/schema.js';
import { validateReschedule, type WorkingCalendar } from '../../domain/calendar/index.js';
import { decide } from '../../domain/dossier/index.js';
import type { DossierCommand } from '../../domain/dossier/types.js';
import { startOfLocalDate } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { applyDecision, dossierChanged } from './apply-decision.js';
import { decisionError } from './decision-error.js';
import { dossierActor, factsOf } from './facts.js';
import { getDossier } from './get-dossier.js';
import { type DossierRow, departmentCodeOf, findDossier, type UnitRow } from './repository.js';

type Input = DossierActionInput;

/** The last instant of a local date (a citizen's or agency's deadline runs to the end of that day). */
const endOfLocalDay = (date: string) => startOfLocalDate(date).getTime() + 86_400_000 - 1;

async function assigneeRef(tx: Tx, unitId: string, id: string) {
  const [a] = await tx
    .select({ id: accounts.id, active: accounts.active, departmentCode: departments.code })
    .from(accounts)
    .leftJoin(departments, eq(departments.id, accounts.departmentId))
    .where(and(eq(accounts.id, id), eq(accounts.unitId, unitId), eq(accounts.kind, 'officer')));
  if (!a?.active) {
    throw invalid('ASSIGNEE_INVALID', 'Người được chọn không phải cán bộ đang làm việc của đơn vị', [
      { path: ['assigneeId'], message: 'Chọn một cán bộ của đơn vị' },
    ]);
  }
  return { id: a.id, departmentCode: a.departmentCode ?? null };
}

async function toCommand(
  tx: Tx,
  input: Input,
  row: DossierRow,
  unit: UnitRow,
  calendar: WorkingCalendar,
  now: number,
): Promise<DossierCommand> {
  switch (input.action) {
    case 'request_supplement':
      return {
        action: input.action,
        reason: input.reason,
        citizenDueAt: endOfLocalDay(input.citizenDueDate),
      };
    case 'consult':
      return {
        action: input.action,
        agency: input.agency,
        content: input.content,
        dueAt: endOfLocalDay(input.dueDate),
      };
    case 'assign':
    case 'reassign':
      return { action: input.action, assignee: await assigneeRef(tx, unit.id, input.assigneeId) };
    case 'forward':
      if (input.assigneeId) await assigneeRef(tx, unit.id, input.assigneeId);
      return { action: 'forward', assigneeId: input.assigneeId ?? null };
    case 'reschedule': {
      if (!row.dueAt || !row.originalDueAt)
        throw invalid('RESCHEDULE_INVALID', 'Hồ sơ chưa có hạn giải quyết');
      const check = validateReschedule(calendar, {
        originalDueAt: row.originalDueAt.getTime(),
        currentDueAt: row.dueAt.getTime(),
        rescheduleCount: row.rescheduleCount,
        requestedAt: now,
        newDueDate: input.newDueDate,
      });
      if (!check.ok)
        throw invalid('RESCHEDULE_INVALID', check.message, [
          { path: ['newDueDate'], message: check.message },
        ]);
      return { action: 'reschedule', check, reason: input.reason };
    }
    case 'record_result':
      return {
        action: input.action,
        result: { number: input.number, signer: input.signer, signedOn: input.signedOn },
      };
    case 'return_result':
      return { action: input.action, channel: input.channel };
    case 'transfer_non_territorial': {
      const [target] = await tx
        .select({ id: units.id })
        .from(units)
        .where(eq(units.code, input.targetUnitCode));
      if (!target) throw invalid('TARGET_UNIT_UNKNOWN', 'Không tìm thấy đơn vị có thẩm quyền với mã này');
      return { action: input.action, targetUnitCode: input.targetUnitCode };
    }
    case 'request_payment':
      return {
        action: input.action,
        amount: input.amount,
        ...(input.description ? { description: input.description } : {}),
      };
    case 'withdraw':
      return { action: input.action, ...(input.reason ? { reason: input.reason } : {}) };
    case 'refuse_online':
    case 'return_step':
    case 'refuse':
    case 'stop':
      return { action: input.action, reason: input.reason } as DossierCommand;
    default:
      return { action: input.action } as DossierCommand;
  }
}

export async function performAction(deps: Deps, ctx: RequestContext, id: string, input: Input) {
  const now = deps.clock.now();
  const at = now.getTime();
  await deps.database.db.transaction(async (tx) => {
    const { row, unit } = await findDossier(tx, ctx.actor, id);
    if (input.version !== row.version) throw dossierChanged();
    const calendar = await unitCalendar(tx, unit);
    const command = await toCommand(tx, input, row, unit, calendar, at);
    const decision = decide(row.state, command, {
      actor: dossierActor(ctx.actor, await departmentCodeOf(tx, ctx.actor.id)),
      now: at,
      process: row.process,
      facts: factsOf(row, unit.code, calendar, at),
    });
    if (!decision.ok) throw decisionError(decision);
    const note = 'reason' in input && input.reason ? input.reason : 'content' in input ? input.content : null;
    const data =
      input.action === 'consult'
        ? { agency: input.agency, dueDate: input.dueDate }
        : input.action === 'request_supplement'
          ? { citizenDueDate: input.citizenDueDate }
          : input.action === 'request_payment'
            ? { amount: input.amount }
            : input.action === 'reschedule'
              ? { newDueDate: input.newDueDate }
              : undefined;
    await applyDecision({ tx, ctx, now, calendar, unit, row, decision, note, ...(data ? { data } : {}) });
  });
  return getDossier(deps, ctx, id);
}
