// Day-by-day status of a unit's counting calendar for a month view: working or not, and the entries
// on each date (the deciding one first).
import type { CalendarEntry } from '../../contract/calendar.js';
import { formatLocalDate, holidaysForYear, parseLocalDate } from '../../domain/calendar/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { entriesFor, presentBuiltin, presentEntry } from './repository.js';
import { unitCalendar } from './unit-calendar.js';

const MAX_DAYS = 400;

export async function listCalendarDays(
  deps: Deps,
  ctx: RequestContext,
  input: { unitCode: string; from: string; to: string },
) {
  const { db } = deps.database;
  const unit = await resolveScopedUnit(db, ctx.actor, input.unitCode);
  const from = parseLocalDate(input.from);
  const to = parseLocalDate(input.to);
  if (to < from) throw invalid('DATE_RANGE_INVALID', 'Ngày kết thúc phải sau ngày bắt đầu');
  if (to - from + 1 > MAX_DAYS)
    throw invalid('DATE_RANGE_TOO_LONG', `Chỉ xem tối đa ${MAX_DAYS} ngày mỗi lần`);
  const fromYear = Number(input.from.slice(0, 4));
  const toYear = Number(input.to.slice(0, 4));
  if (fromYear < 1971 || toYear > 2150)
    throw invalid('DATE_RANGE_INVALID', 'Khoảng ngày nằm ngoài phạm vi lịch');

  const calendar = await unitCalendar(db, unit);
  const byDate = new Map<string, CalendarEntry[]>();
  const add = (e: CalendarEntry) => {
    const list = byDate.get(e.date);
    if (list) list.push(e);
    else byDate.set(e.date, [e]);
  };
  for (let y = fromYear; y <= toYear; y++) for (const o of holidaysForYear(y)) add(presentBuiltin(o));
  for (const r of await entriesFor(db, unit.id, input)) add(presentEntry(r));
  // Deciding entry first: unit admin, then national admin, then built-in.
  const rank = (e: CalendarEntry) => (e.source === 'admin' ? (e.unitCode ? 0 : 1) : 2);

  const days = [];
  for (let d = from; d <= to; d++) {
    const date = formatLocalDate(d);
    const entries = (byDate.get(date) ?? []).sort((a, b) => rank(a) - rank(b));
    days.push({ date, working: calendar.isWorkingDay(d), entries });
  }
  return { days };
}
