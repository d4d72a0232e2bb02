// Delivery state of one dossier's changes to the national portal ("Đồng bộ Cổng DVCQG: …" on the dossier
// page). Outside the actor's scope the dossier does not exist (404). Delivered rows past the retention
// period are counted from outbox_delivered_totals (outbox-retention.ts).
import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DossierNationalSync } from '../../../contract/outbound-sync.js';
import type { Executor } from '../../../db/database.js';
import { outbox, outboxDeliveredTotals } from '../../../db/schema.js';
import { SYNC_STATE_LABELS, syncDeliveryState } from '../../../domain/integrations/sync-state.js';
import type { Deps, RequestContext } from '../../../platform/deps.js';
import { type DossierRow, findDossier } from '../../dossiers/repository.js';
import { NATIONAL_SYNC_DESTINATION, NATIONAL_SYNC_TOPIC } from './sync-message.js';

export const NATIONAL_PORTAL_NAME = 'Cổng Dịch vụ công quốc gia';

export async function getDossierNationalSync(
  deps: Deps,
  ctx: RequestContext,
  dossierId: string,
): Promise<DossierNationalSync> {
  const { row } = await findDossier(deps.database.db, ctx.actor, dossierId);
  return nationalSyncOf(deps.database.db, row, deps.config.nationalPortal !== null);
}

/** The delivery state of one dossier (already read within the caller's scope). */
export async function nationalSyncOf(
  db: Executor,
  row: Pick<DossierRow, 'id' | 'source'>,
  configured: boolean,
): Promise<DossierNationalSync> {
  const mine = and(eq(outbox.aggregateId, row.id), eq(outbox.topic, NATIONAL_SYNC_TOPIC));
  const [counts] = await db
    .select({
      delivered: sql<number>`count(*) filter (where ${outbox.deliveredAt} is not null)`.mapWith(Number),
      pending:
        sql<number>`count(*) filter (where ${outbox.deliveredAt} is null and ${outbox.refusedAt} is null)`.mapWith(
          Number,
        ),
      refused: sql<number>`count(*) filter (where ${outbox.refusedAt} is not null)`.mapWith(Number),
      lastDeliveredAt: sql<string | null>`max(${outbox.deliveredAt})`,
    })
    .from(outbox)
    .where(mine);
  const [head] = await db
    .select({ nextAttemptAt: outbox.nextAttemptAt, attempts: outbox.attempts, lastError: outbox.lastError })
    .from(outbox)
    .where(and(mine, isNull(outbox.deliveredAt), isNull(outbox.refusedAt)))
    .orderBy(asc(outbox.id))
    .limit(1);
  const [refusal] = await db
    .select({ at: outbox.refusedAt, reason: outbox.lastError })
    .from(outbox)
    .where(and(mine, isNotNull(outbox.refusedAt)))
    .orderBy(desc(outbox.id))
    .limit(1);
  const [archived] = await db
    .select()
    .from(outboxDeliveredTotals)
    .where(
      and(
        eq(outboxDeliveredTotals.topic, NATIONAL_SYNC_TOPIC),
        eq(outboxDeliveredTotals.aggregateId, row.id),
      ),
    );
  const delivered = (counts?.delivered ?? 0) + (archived?.deliveredCount ?? 0);
  const pending = counts?.pending ?? 0;
  const liveLast = counts?.lastDeliveredAt ? new Date(counts.lastDeliveredAt) : null;
  const archivedLast = archived?.lastDeliveredAt ?? null;
  const last =
    liveLast && archivedLast
      ? new Date(Math.max(liveLast.getTime(), archivedLast.getTime()))
      : (liveLast ?? archivedLast);
  const state = syncDeliveryState({
    configured,
    own: row.source === 'motcua',
    pending,
    delivered,
    headError: head?.lastError ?? null,
    lastRefusedAt: refusal?.at ?? null,
    lastDeliveredAt: last,
  });
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
    refused: counts?.refused ?? 0,
    lastRefusal: refusal?.at ? { at: refusal.at.toISOString(), reason: refusal.reason ?? '' } : null,
  };
}
