// Counts for the console's queue tabs. Only open dossiers are counted (bounded per unit), plus the
// dossiers returned today through their own index — never a count over the whole history.
import { and, count, inArray } from 'drizzle-orm';
import type { DossierQueue } from '../../contract/dossiers.js';
import { dossiers } from '../../db/schema.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { consoleUnits } from './list-dossiers.js';
import { QUEUE_LABELS, queueCondition } from './queues.js';

const COUNTED: DossierQueue[] = [
  'to_receive',
  'to_process',
  'mine',
  'due_soon',
  'overdue',
  'supplement',
  'payment',
  'to_return',
  'returned_today',
];

export async function queueCounts(deps: Deps, ctx: RequestContext, unitCode: string | undefined) {
  const { db } = deps.database;
  const [unit] = await consoleUnits(db, ctx.actor, unitCode);
  if (!unit) throw invalid('UNIT_REQUIRED', 'Vui lòng chọn đơn vị');
  const now = deps.clock.now().getTime();
  const calendar = await unitCalendar(db, unit);
  const queues = await Promise.all(
    COUNTED.map(async (queue) => {
      const [r] = await db
        .select({ n: count() })
        .from(dossiers)
        .where(
          and(
            inArray(dossiers.unitId, [unit.id]),
            queueCondition(queue, { actorId: ctx.actor.id, now, calendar }),
          ),
        );
      return { queue, label: QUEUE_LABELS[queue], count: Number(r?.n ?? 0) };
    }),
  );
  return { unitCode: unit.code, queues };
}
