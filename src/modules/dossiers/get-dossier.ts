// The dossier page: owner, components, the timeline of steps (with early / on time / late per step),
// events, and the actions the current actor may take now.
import { asc, eq, inArray } from 'drizzle-orm';
import type { DossierDetail } from '../../contract/dossiers.js';
import {
  accounts,
  dossierComponents,
  dossierEvents,
  dossierSources,
  dossierSteps,
  integrationSources,
} from '../../db/schema.js';
import { classifyFinished } from '../../domain/calendar/index.js';
import { ACTION_LABELS, availableActions } from '../../domain/dossier/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { dossierActor, factsOf } from './facts.js';
import { iso, presentSummary } from './present.js';
import { departmentCodeOf, findDossier } from './repository.js';

/** Events that are not state-machine actions. */
const OTHER_EVENT_LABELS: Record<string, string> = {
  ingest: 'Đồng bộ từ hệ thống khác',
  attach_result_file: 'Đính kèm văn bản kết quả',
  national_sync_resend: 'Gửi lại hồ sơ lên Cổng DVCQG sau khi bị từ chối',
};

export async function getDossier(deps: Deps, ctx: RequestContext, id: string): Promise<DossierDetail> {
  const { db } = deps.database;
  const now = deps.clock.now().getTime();
  const { row, unit } = await findDossier(db, ctx.actor, id);
  const calendar = await unitCalendar(db, unit);
  const [components, steps, events, sources] = await Promise.all([
    db
      .select()
      .from(dossierComponents)
      .where(eq(dossierComponents.dossierId, id))
      .orderBy(asc(dossierComponents.position)),
    db.select().from(dossierSteps).where(eq(dossierSteps.dossierId, id)).orderBy(asc(dossierSteps.id)),
    db.select().from(dossierEvents).where(eq(dossierEvents.dossierId, id)).orderBy(asc(dossierEvents.id)),
    db
      .select({
        code: integrationSources.code,
        name: integrationSources.name,
        externalCode: dossierSources.externalCode,
      })
      .from(dossierSources)
      .innerJoin(integrationSources, eq(integrationSources.id, dossierSources.sourceId))
      .where(eq(dossierSources.dossierId, id))
      .orderBy(asc(integrationSources.code)),
  ]);
  const people = [
    ...new Set([row.assigneeId, ...steps.map((s) => s.assigneeId)].filter((x): x is string => !!x)),
  ];
  const names = new Map(
    people.length
      ? (
          await db
            .select({ id: accounts.id, name: accounts.fullName })
            .from(accounts)
            .where(inArray(accounts.id, people))
        ).map((a) => [a.id, a.name])
      : [],
  );
  const actions =
    ctx.actor.kind === 'officer' || ctx.actor.kind === 'citizen' || ctx.actor.kind === 'organisation'
      ? availableActions(row.state, {
          actor: dossierActor(ctx.actor, await departmentCodeOf(db, ctx.actor.id)),
          now,
          process: row.process,
          facts: factsOf(row, unit.code, calendar, now),
        })
      : [];
  const summary = presentSummary(
    row,
    unit.code,
    { assignee: row.assigneeId ? (names.get(row.assigneeId) ?? null) : null },
    calendar,
    now,
  );
  const submitter = row.submitter as {
    fullName: string;
    idNumber: string | null;
    phone: string | null;
  } | null;
  return {
    ...summary,
    caseCode: row.caseCode,
    ownerKind: row.ownerKind,
    ownerPhone: row.ownerPhone,
    ownerEmail: row.ownerEmail,
    ownerAddress: row.ownerAddress,
    ownerVerification: row.ownerVerifiedAt ? 'verified' : 'not_verified',
    ownerVerifiedAt: iso(row.ownerVerifiedAt),
    submitter: submitter
      ? { fullName: submitter.fullName, idNumber: submitter.idNumber, phone: submitter.phone }
      : null,
    returnChannel: row.returnChannel,
    feePayment: row.feePayment,
    feeTotal: row.feeTotal,
    feePaidAt: iso(row.feePaidAt),
    countingStartsAt: iso(row.countingStartsAt),
    originalDueAt: iso(row.originalDueAt),
    pausedAt: iso(row.pausedAt),
    pauseKind: row.pauseKind,
    supplementDueAt: iso(row.supplementDueAt),
    outcome: row.outcome,
    result: (row.result as DossierDetail['result']) ?? null,
    returnedAt: iso(row.returnedAt),
    trackingUrl: `/tra-cuu/${encodeURIComponent(row.code)}?k=${row.trackingKey}`,
    version: row.version,
    components: components.map((c) => ({
      code: c.code,
      name: c.name,
      kind: c.kind,
      quantity: c.quantity,
      provided: c.provided,
      fileId: c.fileId,
    })),
    steps: steps.map((s) => ({
      stepIndex: s.stepIndex,
      stepCode: s.stepCode,
      stepName: s.stepName,
      role: s.role,
      assigneeName: s.assigneeId ? (names.get(s.assigneeId) ?? null) : null,
      openedAt: s.openedAt.toISOString(),
      dueAt: s.dueAt.toISOString(),
      closedAt: iso(s.closedAt),
      closure: s.closure,
      closedByName: s.closedByName,
      status: s.closedAt
        ? classifyFinished(s.closedAt.getTime(), s.dueAt.getTime()) === 'late' || s.closedAt > s.dueAt
          ? 'late'
          : classifyFinished(s.closedAt.getTime(), s.dueAt.getTime()) === 'early'
            ? 'early'
            : 'on_time'
        : now > s.dueAt.getTime()
          ? 'overdue'
          : 'in_progress',
    })),
    events: events.map((e) => ({
      id: String(e.id),
      at: e.at.toISOString(),
      action: e.action,
      actionLabel:
        ACTION_LABELS[e.action as keyof typeof ACTION_LABELS] ?? OTHER_EVENT_LABELS[e.action] ?? e.action,
      actorName: e.actorName,
      fromState: e.fromState,
      toState: e.toState,
      note: e.note,
    })),
    allowedActions: actions.map((a) => ({ action: a, label: ACTION_LABELS[a] })),
    sources,
  };
}
