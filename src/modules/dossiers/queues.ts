// Work queues of the officer console, as SQL conditions over the dossiers of the chosen units.
import { and, eq, gte, inArray, isNotNull, lt, lte, type SQL } from 'drizzle-orm';
import type { DossierQueue } from '../../contract/dossiers.js';
import { dossiers } from '../../db/schema.js';
import { addWorkingMinutes, type WorkingCalendar } from '../../domain/calendar/index.js';
import { localDateOf, startOfLocalDate } from '../../domain/time/local-date.js';

export const QUEUE_LABELS: Record<DossierQueue, string> = {
  to_receive: 'Chờ tiếp nhận (trực tuyến)',
  to_process: 'Đang giải quyết',
  mine: 'Của tôi',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  supplement: 'Chờ bổ sung',
  payment: 'Chờ nghĩa vụ tài chính',
  to_return: 'Chờ trả kết quả',
  returned_today: 'Đã trả hôm nay',
  all: 'Tất cả hồ sơ',
};

const ACTIVE = ['received', 'processing'] as const;

/** Queues ordered by due date (work to do) vs. by receipt (registers). */
export const BY_DUE: ReadonlySet<DossierQueue> = new Set([
  'to_process',
  'mine',
  'due_soon',
  'overdue',
  'supplement',
  'payment',
  'to_return',
]);

export function queueCondition(
  queue: DossierQueue,
  ctx: { actorId: string | null; now: number; calendar: WorkingCalendar | null },
): SQL | undefined {
  const now = new Date(ctx.now);
  switch (queue) {
    case 'to_receive':
      return eq(dossiers.state, 'submitted');
    case 'to_process':
      return inArray(dossiers.state, [...ACTIVE]);
    case 'mine':
      return and(
        inArray(dossiers.state, [...ACTIVE]),
        eq(dossiers.assigneeId, ctx.actorId ?? '00000000-0000-0000-0000-000000000000'),
      );
    case 'due_soon': {
      const perDay = ctx.calendar ? ctx.calendar.workingMsPerDay / 60_000 : 450;
      const limit = ctx.calendar ? addWorkingMinutes(ctx.calendar, ctx.now, perDay) : ctx.now + 86_400_000;
      return and(
        inArray(dossiers.state, [...ACTIVE]),
        gte(dossiers.dueAt, now),
        lte(dossiers.dueAt, new Date(limit)),
      );
    }
    case 'overdue':
      return and(inArray(dossiers.state, [...ACTIVE]), lt(dossiers.dueAt, now));
    case 'supplement':
      return inArray(dossiers.state, ['supplement_requested', 'intake_supplement_requested']);
    case 'payment':
      return eq(dossiers.state, 'awaiting_payment');
    case 'to_return':
      return inArray(dossiers.state, ['resolved', 'refused']);
    case 'returned_today':
      return and(
        isNotNull(dossiers.returnedAt),
        gte(dossiers.returnedAt, startOfLocalDate(localDateOf(ctx.now))),
      );
    case 'all':
      return undefined;
  }
}
