// The live figures of the dashboard as SQL conditions over open dossiers and today's receipts. The
// counts (overview.ts) and the dossier lists behind them (list-figure-dossiers.ts) use the same
// conditions, so a figure always equals the length of its list. Every condition is a range on an
// index: today's receipts on dossiers_received, due dates on dossiers_queue, the current step's
// deadline on dossiers_open_step_due (migrations/0018_dashboard.sql) — never the dossier history.
import { and, gte, inArray, isNull, lt, lte, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { DashboardFigure } from '../../contract/dashboard.js';
import type { Executor } from '../../db/database.js';
import { dossiers, type units } from '../../db/schema.js';
import { addWorkingMinutes } from '../../domain/calendar/index.js';
import { EXCLUDED_OUTCOMES } from '../../domain/reports/index.js';
import { localDateOf, startOfLocalDate } from '../../domain/time/local-date.js';
import { unitCalendar } from '../calendar/unit-calendar.js';

/** Dossiers at a working step: the console's "đang giải quyết" (paused ones are not running late). */
export const WORKING_STATES = ['received', 'processing'] as const;
export const DUE_SOON_WORKING_DAYS = 2;

export type LiveWindow = {
  now: Date;
  today: string;
  todayStart: Date;
  tomorrowStart: Date;
  /** Units sharing a due-soon limit (most share one calendar, so usually one group). */
  dueSoon: { unitIds: string[]; limit: Date }[];
};

type UnitRow = typeof units.$inferSelect;

export async function liveWindow(db: Executor, covered: UnitRow[], nowMs: number): Promise<LiveWindow> {
  const today = localDateOf(nowMs);
  const todayStart = startOfLocalDate(today);
  const limits = new Map<number, string[]>();
  for (const unit of covered) {
    const calendar = await unitCalendar(db, unit);
    const minutes = (DUE_SOON_WORKING_DAYS * calendar.workingMsPerDay) / 60_000;
    const limit = addWorkingMinutes(calendar, nowMs, minutes);
    limits.set(limit, [...(limits.get(limit) ?? []), unit.id]);
  }
  return {
    now: new Date(nowMs),
    today,
    todayStart,
    tomorrowStart: new Date(todayStart.getTime() + 86_400_000),
    dueSoon: [...limits].map(([limit, unitIds]) => ({ unitIds, limit: new Date(limit) })),
  };
}

const working = () => inArray(dossiers.state, [...WORKING_STATES]);

export function figureCondition(figure: DashboardFigure, w: LiveWindow): SQL {
  switch (figure) {
    case 'received_today':
      // As the report counts receipts: rejected-at-intake and transferred rows are not dossiers of the unit.
      return and(
        gte(dossiers.receivedAt, w.todayStart),
        lt(dossiers.receivedAt, w.tomorrowStart),
        or(isNull(dossiers.outcome), notInArray(dossiers.outcome, [...EXCLUDED_OUTCOMES])),
      )!;
    case 'due_soon':
      return and(
        working(),
        gte(dossiers.dueAt, w.now),
        or(...w.dueSoon.map((g) => and(inArray(dossiers.unitId, g.unitIds), lte(dossiers.dueAt, g.limit)))),
      )!;
    case 'overdue':
      return and(working(), lt(dossiers.dueAt, w.now))!;
    case 'step_overdue':
      return and(
        working(),
        lt(dossiers.stepDueAt, w.now),
        or(isNull(dossiers.dueAt), gte(dossiers.dueAt, w.now)),
      )!;
  }
}

/** The column each figure's list is ordered by (never null under the figure's condition). */
export function figureOrder(figure: DashboardFigure) {
  switch (figure) {
    case 'received_today':
      return { column: dossiers.receivedAt, descending: true };
    case 'step_overdue':
      return { column: dossiers.stepDueAt, descending: false };
    default:
      return { column: dossiers.dueAt, descending: false };
  }
}

/** Late = overdue or step overdue: a dossier is in exactly one of the two. */
export function lateCondition(w: LiveWindow): SQL {
  return and(working(), or(lt(dossiers.dueAt, w.now), lt(dossiers.stepDueAt, w.now)))!;
}

export const isOverdueSql = (w: LiveWindow) =>
  sql`(${dossiers.dueAt} IS NOT NULL AND ${dossiers.dueAt} < ${w.now.toISOString()}::timestamptz)`;
