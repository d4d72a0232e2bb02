// The dossiers behind one live figure of the dashboard (optionally one channel, officer or
// department), keyset-paginated in the console's summary shape. Same conditions as the counts.
import { and, asc, desc, eq, gt, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { DashboardFigure } from '../../contract/dashboard.js';
import type { DossierSummary } from '../../contract/dossiers.js';
import { accounts, dossiers, units } from '../../db/schema.js';
import type { WorkingCalendar } from '../../domain/calendar/index.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { presentSummary } from '../dossiers/present.js';
import { dashboardUnits } from './dashboard-units.js';
import { figureCondition, figureOrder, liveWindow } from './live-figures.js';

export type DashboardDossiersInput = {
  unitCode?: string | undefined;
  figure: DashboardFigure;
  channel?: 'direct' | 'online' | 'postal' | undefined;
  officerId?: string | undefined;
  departmentId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

function departmentCondition(departmentId: string): SQL {
  const dept = sql`(SELECT ${accounts.departmentId} FROM ${accounts} WHERE ${accounts.id} = ${dossiers.assigneeId})`;
  return departmentId === 'none' ? sql`${dept} IS NULL` : sql`${dept} = ${departmentId}::uuid`;
}

export async function listDashboardDossiers(deps: Deps, ctx: RequestContext, input: DashboardDossiersInput) {
  const { db } = deps.database;
  const { covered } = await dashboardUnits(db, ctx, input.unitCode);
  const nowMs = deps.clock.now().getTime();
  const w = await liveWindow(db, covered, nowMs);
  const order = figureOrder(input.figure);
  const after = decodeCursor<{ t: number; id: string }>(input.cursor);
  const where: (SQL | undefined)[] = [
    inArray(
      dossiers.unitId,
      covered.map((u) => u.id),
    ),
    figureCondition(input.figure, w),
    input.channel ? eq(dossiers.channel, input.channel) : undefined,
    input.officerId === 'none'
      ? isNull(dossiers.assigneeId)
      : input.officerId
        ? eq(dossiers.assigneeId, input.officerId)
        : undefined,
    input.departmentId ? departmentCondition(input.departmentId) : undefined,
  ];
  if (after && typeof after.t === 'number' && typeof after.id === 'string') {
    const t = new Date(after.t);
    where.push(
      order.descending
        ? or(lt(order.column, t), and(eq(order.column, t), lt(dossiers.id, after.id)))
        : or(gt(order.column, t), and(eq(order.column, t), gt(dossiers.id, after.id))),
    );
  }
  const rows = await db
    .select({ d: dossiers, unitCode: units.code, assignee: accounts.fullName })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .leftJoin(accounts, eq(accounts.id, dossiers.assigneeId))
    .where(and(...where))
    .orderBy(
      ...(order.descending ? [desc(order.column), desc(dossiers.id)] : [asc(order.column), asc(dossiers.id)]),
    )
    .limit(input.limit + 1);
  const calendars = new Map<string, WorkingCalendar>();
  for (const u of covered) {
    if (rows.some((r) => r.d.unitId === u.id)) calendars.set(u.id, await unitCalendar(db, u));
  }
  const items: DossierSummary[] = rows
    .slice(0, input.limit)
    .map((r) =>
      presentSummary(r.d, r.unitCode, { assignee: r.assignee }, calendars.get(r.d.unitId) ?? null, nowMs),
    );
  const last = rows.length > input.limit ? rows[input.limit - 1]!.d : undefined;
  const key = last
    ? input.figure === 'received_today'
      ? last.receivedAt
      : input.figure === 'step_overdue'
        ? last.stepDueAt
        : last.dueAt
    : null;
  return {
    items,
    nextCursor: last && key ? encodeCursor({ t: key.getTime(), id: last.id }) : null,
  };
}
