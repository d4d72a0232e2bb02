// System job: when a citizen's supplement deadline has passed, the dossier is refused automatically
// (after receipt: refused with Mẫu 03; before receipt: not received), through the state machine like
// any other action, one dossier per transaction.
import { and, asc, inArray, lt } from 'drizzle-orm';
import { dossiers } from '../../db/schema.js';
import { SYSTEM_ACTOR } from '../../domain/access/actor.js';
import { decide } from '../../domain/dossier/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { applyDecision } from './apply-decision.js';
import { dossierActor, factsOf } from './facts.js';
import { findDossier } from './repository.js';

const ctx: RequestContext = { actor: SYSTEM_ACTOR, ip: null, requestId: 'job:supplement-expiry' };

export async function expireSupplements(deps: Deps, batch = 100): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.database.db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(
      and(
        inArray(dossiers.state, ['supplement_requested', 'intake_supplement_requested']),
        lt(dossiers.supplementDueAt, now),
      ),
    )
    .orderBy(asc(dossiers.supplementDueAt))
    .limit(batch);
  let expired = 0;
  for (const { id } of due) {
    try {
      await deps.database.db.transaction(async (tx) => {
        const { row, unit } = await findDossier(tx, SYSTEM_ACTOR, id);
        const calendar = await unitCalendar(tx, unit);
        const decision = decide(
          row.state,
          { action: 'supplement_expired' },
          {
            actor: dossierActor(SYSTEM_ACTOR, null),
            now: now.getTime(),
            process: row.process,
            facts: factsOf(row, unit.code, calendar, now.getTime()),
          },
        );
        if (!decision.ok) return;
        await applyDecision({
          tx,
          ctx,
          now,
          calendar,
          unit,
          row,
          decision,
          note: 'Quá thời hạn bổ sung hồ sơ mà công dân chưa bổ sung',
        });
        expired++;
      });
    } catch (e) {
      // Someone acted on the dossier meanwhile (409): the next run re-reads it.
      if (!(e instanceof DomainError)) throw e;
    }
  }
  return expired;
}
