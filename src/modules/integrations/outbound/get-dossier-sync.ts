// Delivery state of one dossier's changes to the national portal ("Đồng bộ Cổng DVCQG: …" on the dossier
// page). Outside the actor's scope the dossier does not exist (404).
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DossierNationalSync } from '../../../contract/outbound-sync.js';
import { outbox } from '../../../db/schema.js';
import { SYNC_STATE_LABELS, syncDeliveryState } from '../../../domain/integrations/sync-state.js';
import type { Deps, RequestContext } from '../../../platform/deps.js';
import { findDossier } from '../../dossiers/repository.js';
import { NATIONAL_SYNC_DESTINATION, NATIONAL_SYNC_TOPIC } from './sync-message.js';

export const NATIONAL_PORTAL_NAME = 'Cổng Dịch vụ công quốc gia';

export async function getDossierNationalSync(
  deps: Deps,
  ctx: RequestContext,
  dossierId: string,
): Promise<DossierNationalSync> {
  const { db } = deps.database;
  const { row } = await findDossier(db, ctx.actor, dossierId);
  const mine = and(eq(outbox.aggregateId, row.id), eq(outbox.topic, NATIONAL_SYNC_TOPIC));
  const [counts] = await db
    .select({
      delivered: sql<number>`count(*) filter (where ${outbox.deliveredAt} is not null)`.mapWith(Number),
      pending: sql<number>`count(*) filter (where ${outbox.deliveredAt} is null)`.mapWith(Number),
      lastDeliveredAt: sql<string | null>`max(${outbox.deliveredAt})`,
    })
    .from(outbox)
    .where(mine);
  const [head] = await db
    .select({ nextAttemptAt: outbox.nextAttemptAt, attempts: outbox.attempts, lastError: outbox.lastError })
    .from(outbox)
    .where(and(mine, isNull(outbox.deliveredAt)))
    .orderBy(asc(outbox.id))
    .limit(1);
  const delivered = counts?.delivered ?? 0;
  const pending = counts?.pending ?? 0;
  const state = syncDeliveryState({
    configured: deps.config.nationalPortal !== null,
    own: row.source === 'motcua',
    pending,
    delivered,
    headError: head?.lastError ?? null,
  });
  const last = counts?.lastDeliveredAt ? new Date(counts.lastDeliveredAt) : null;
  return {
    destination: NATIONAL_SYNC_DESTINATION,
    name: NATIONAL_PORTAL_NAME,
    state,
    label: SYNC_STATE_LABELS[state],
    delivered,
    pending,
    lastDeliveredAt: last ? last.toISOString() : null,
    nextAttemptAt: head ? head.nextAttemptAt.toISOString() : null,
    attempts: head?.attempts ?? 0,
    lastError: head?.lastError ?? null,
  };
}
