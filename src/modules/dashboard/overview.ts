// Live figures of the dashboard: today's receipts by channel, due soon, overdue and step-overdue
// (partially overdue) open dossiers by department and officer. Three small grouped queries over the
// open dossiers and today's window of the covered units (see live-figures.ts for the indexes).
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { DashboardOverview } from '../../contract/dashboard.js';
import { accounts, departments, dossiers } from '../../db/schema.js';
import { groupLate } from '../../domain/dashboard/index.js';
import { CHANNEL_LABELS, type ReportChannel } from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { dashboardUnits } from './dashboard-units.js';
import {
  DUE_SOON_WORKING_DAYS,
  figureCondition,
  isOverdueSql,
  lateCondition,
  liveWindow,
} from './live-figures.js';

const CHANNELS: ReportChannel[] = ['direct', 'online', 'postal'];

export async function dashboardOverview(
  deps: Deps,
  ctx: RequestContext,
  input: { unitCode?: string | undefined },
): Promise<DashboardOverview> {
  const { db } = deps.database;
  const { unit, covered, includesChildren } = await dashboardUnits(db, ctx, input.unitCode);
  const nowMs = deps.clock.now().getTime();
  const w = await liveWindow(db, covered, nowMs);
  const inUnits = inArray(
    dossiers.unitId,
    covered.map((u) => u.id),
  );

  const [received, [dueSoon], late] = await Promise.all([
    db
      .select({ channel: dossiers.channel, n: count() })
      .from(dossiers)
      .where(and(inUnits, figureCondition('received_today', w)))
      .groupBy(dossiers.channel),
    db
      .select({ n: count() })
      .from(dossiers)
      .where(and(inUnits, figureCondition('due_soon', w))),
    db
      .select({
        unitId: dossiers.unitId,
        assigneeId: dossiers.assigneeId,
        overdue: sql<number>`count(*) FILTER (WHERE ${isOverdueSql(w)})::int`,
        stepOverdue: sql<number>`count(*) FILTER (WHERE NOT ${isOverdueSql(w)})::int`,
      })
      .from(dossiers)
      .where(and(inUnits, lateCondition(w)))
      .groupBy(dossiers.unitId, dossiers.assigneeId),
  ]);

  const assigneeIds = [...new Set(late.map((l) => l.assigneeId).filter((id): id is string => !!id))];
  const people = assigneeIds.length
    ? await db
        .select({
          id: accounts.id,
          name: accounts.fullName,
          departmentId: accounts.departmentId,
          departmentName: departments.name,
        })
        .from(accounts)
        .leftJoin(departments, eq(departments.id, accounts.departmentId))
        .where(inArray(accounts.id, assigneeIds))
    : [];
  const person = new Map(people.map((p) => [p.id, p]));
  const unitOf = new Map(covered.map((u) => [u.id, u]));
  const { byDepartment, byOfficer } = groupLate(
    late.map((l) => {
      const p = l.assigneeId ? person.get(l.assigneeId) : undefined;
      const u = unitOf.get(l.unitId);
      return {
        unitCode: u?.code ?? '',
        unitName: u?.name ?? '',
        assigneeId: l.assigneeId,
        assigneeName: p?.name ?? null,
        departmentId: p?.departmentId ?? null,
        departmentName: p?.departmentName ?? null,
        overdue: Number(l.overdue),
        stepOverdue: Number(l.stepOverdue),
      };
    }),
  );

  const byChannel = CHANNELS.map((channel) => ({
    channel,
    label: CHANNEL_LABELS[channel],
    count: Number(received.find((r) => r.channel === channel)?.n ?? 0),
  }));
  return {
    unitCode: unit.code,
    unitName: unit.name,
    includesChildren,
    asOf: w.now.toISOString(),
    today: w.today,
    dueSoonWorkingDays: DUE_SOON_WORKING_DAYS,
    receivedToday: { total: byChannel.reduce((s, c) => s + c.count, 0), byChannel },
    dueSoon: Number(dueSoon?.n ?? 0),
    overdue: late.reduce((s, l) => s + Number(l.overdue), 0),
    stepOverdue: late.reduce((s, l) => s + Number(l.stepOverdue), 0),
    byDepartment,
    byOfficer,
  };
}
