// Health of the outbound sync per destination over the actor's units: what waits (count, oldest, failing)
// from the outbox's pending index, and last success / last error from the worker's per-unit table (the
// delivered history is never scanned).
import { and, asc, eq, inArray, isNotNull, isNull, min, sql } from 'drizzle-orm';
import type { OutboundDestination } from '../../../contract/outbound-sync.js';
import { dossiers, outboundSyncUnits, outbox, units } from '../../../db/schema.js';
import { scopeIds } from '../../../domain/access/actor.js';
import type { Deps, RequestContext } from '../../../platform/deps.js';
import { NATIONAL_PORTAL_NAME } from './get-dossier-sync.js';
import { NATIONAL_SYNC_DESTINATION, NATIONAL_SYNC_TOPIC } from './sync-message.js';

type Unit = OutboundDestination['units'][number];

const isoOf = (v: Date | string | null | undefined) => (v ? new Date(v).toISOString() : null);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export async function listOutboundDestinations(
  deps: Deps,
  ctx: RequestContext,
): Promise<{ items: OutboundDestination[] }> {
  const { db } = deps.database;
  const ids = scopeIds(ctx.actor);
  const scoped = (col: typeof dossiers.unitId | typeof outboundSyncUnits.unitId) =>
    ids === null ? undefined : ids.length ? inArray(col, ids) : sql`false`;
  const waiting = await db
    .select({
      unitId: dossiers.unitId,
      pending: sql<number>`count(*)`.mapWith(Number),
      failing: sql<number>`count(*) filter (where ${outbox.lastError} is not null)`.mapWith(Number),
      oldest: min(outbox.createdAt),
    })
    .from(outbox)
    .innerJoin(dossiers, eq(dossiers.id, outbox.aggregateId))
    .where(
      and(
        eq(outbox.topic, NATIONAL_SYNC_TOPIC),
        isNull(outbox.deliveredAt),
        isNull(outbox.refusedAt),
        scoped(dossiers.unitId),
      ),
    )
    .groupBy(dossiers.unitId);
  // Dossiers with a change the portal refused for good and nothing delivered since (they need an
  // officer: correct the dossier, then send it again).
  const refused = await db
    .select({
      unitId: dossiers.unitId,
      n: sql<number>`count(DISTINCT ${outbox.aggregateId})`.mapWith(Number),
    })
    .from(outbox)
    .innerJoin(dossiers, eq(dossiers.id, outbox.aggregateId))
    .where(
      and(
        eq(outbox.topic, NATIONAL_SYNC_TOPIC),
        isNotNull(outbox.refusedAt),
        scoped(dossiers.unitId),
        sql`NOT EXISTS (SELECT 1 FROM outbox p WHERE p.aggregate_id = ${outbox.aggregateId}
              AND p.topic = ${outbox.topic} AND p.delivered_at > ${outbox.refusedAt})`,
        sql`NOT EXISTS (SELECT 1 FROM outbox_delivered_totals t WHERE t.topic = ${outbox.topic}
              AND t.aggregate_id = ${outbox.aggregateId} AND t.last_delivered_at > ${outbox.refusedAt})`,
      ),
    )
    .groupBy(dossiers.unitId);
  const health = await db
    .select()
    .from(outboundSyncUnits)
    .where(
      and(eq(outboundSyncUnits.destination, NATIONAL_SYNC_DESTINATION), scoped(outboundSyncUnits.unitId)),
    );
  const unitIds = [
    ...new Set([
      ...waiting.map((w) => w.unitId),
      ...health.map((x) => x.unitId),
      ...refused.map((r) => r.unitId),
    ]),
  ];
  const names = unitIds.length
    ? await db
        .select({ id: units.id, code: units.code, name: units.name })
        .from(units)
        .where(inArray(units.id, unitIds))
        .orderBy(asc(units.code))
    : [];
  const rows: Unit[] = names.map((u) => {
    const w = waiting.find((x) => x.unitId === u.id);
    const k = health.find((x) => x.unitId === u.id);
    return {
      unitCode: u.code,
      unitName: u.name,
      pending: w?.pending ?? 0,
      failing: w?.failing ?? 0,
      refused: refused.find((r) => r.unitId === u.id)?.n ?? 0,
      oldestPendingAt: isoOf(w?.oldest),
      lastSuccessAt: isoOf(k?.lastSuccessAt),
      lastError: k?.lastError ?? null,
      lastErrorAt: isoOf(k?.lastErrorAt),
      deliveredCount: Number(k?.deliveredCount ?? 0),
    };
  });
  const lastError = rows.reduce<Unit | null>(
    (best, r) => (r.lastErrorAt && (!best?.lastErrorAt || r.lastErrorAt > best.lastErrorAt) ? r : best),
    null,
  );
  return {
    items: [
      {
        destination: NATIONAL_SYNC_DESTINATION,
        name: NATIONAL_PORTAL_NAME,
        configured: deps.config.nationalPortal !== null,
        pending: rows.reduce((n, r) => n + r.pending, 0),
        failing: rows.reduce((n, r) => n + r.failing, 0),
        refused: rows.reduce((n, r) => n + r.refused, 0),
        oldestPendingAt: rows.reduce<string | null>(
          (o, r) => (r.oldestPendingAt && (o === null || r.oldestPendingAt < o) ? r.oldestPendingAt : o),
          null,
        ),
        lastSuccessAt: rows.reduce<string | null>((o, r) => later(o, r.lastSuccessAt), null),
        lastError: lastError?.lastError ?? null,
        lastErrorAt: lastError?.lastErrorAt ?? null,
        units: rows,
      },
    ],
  };
}
