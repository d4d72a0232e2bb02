// The worker of the outbound sync to the national portal (ADR 0012). One run repeats rounds until nothing
// is due, a round fails entirely (the portal is probably down: wait for the next run) or the round limit;
// rounds start small and double while every delivery succeeds:
//  1. claim, in one statement, up to `batchSize` due rows of the topic whose dossier has no earlier
//     undelivered row (so row n+1 of a dossier is never sent before row n is delivered, and a failing
//     dossier holds back only itself), FOR UPDATE SKIP LOCKED so several workers never take the same
//     row; the claim counts the attempt and leases the row (next_attempt_at = now + lease) so a crashed
//     worker's rows come back after the lease;
//  2. send them in parallel (different dossiers) outside any transaction;
//  3. mark each row delivered, or set it aside as refused when the portal refuses the record itself
//     (portal-client.ts: sending it again cannot succeed; it no longer holds back the dossier's later
//     changes, which carry the whole record; an officer sends the current record again after correcting
//     it, resend-national-sync.ts), or record the error and push next_attempt_at back (exponential
//     back-off with jitter and a cap); fold the results into the per-unit health table.
// Works the same on PGlite (one connection) and PostgreSQL; "now" comes from the injected clock.
import { eq, sql } from 'drizzle-orm';
import { dossiers } from '../../../db/schema.js';
import { type BackoffPolicy, DEFAULT_BACKOFF, retryDelayMs } from '../../../domain/integrations/backoff.js';
import type { DvcSyncRecord } from '../../../domain/integrations/sync-record.js';
import type { Deps } from '../../../platform/deps.js';
import { httpPortalClient, type PortalClient } from './portal-client.js';
import {
  NATIONAL_SYNC_DESTINATION,
  NATIONAL_SYNC_TOPIC,
  type SyncPayload,
  syncRecordOf,
  unitCodeOf,
} from './sync-message.js';

export type DeliveryOptions = {
  /** The portal adapter; default: HTTP to deps.config.nationalPortal (nothing happens when unset). */
  client?: PortalClient;
  /** Largest round; a run starts with `firstRoundSize` rows and doubles while every row succeeds. */
  batchSize?: number;
  firstRoundSize?: number;
  maxRounds?: number;
  backoff?: BackoffPolicy;
  /** Lease of a claimed row; must exceed the HTTP timeout. */
  leaseMs?: number;
  random?: () => number;
};

export type DeliveryReport = {
  configured: boolean;
  delivered: number;
  /** Changes the portal refused for good (set aside, never retried). */
  refused: number;
  failed: number;
  rounds: number;
};

type Claimed = { id: number; aggregateId: string; payload: unknown; attempts: number; unitId: string };

const iso = (d: Date) => d.toISOString();

export async function deliverNationalSync(deps: Deps, opts: DeliveryOptions = {}): Promise<DeliveryReport> {
  const portal = deps.config.nationalPortal;
  const client = opts.client ?? (portal ? httpPortalClient(portal) : null);
  if (!client) return { configured: false, delivered: 0, refused: 0, failed: 0, rounds: 0 };
  const batchSize = opts.batchSize ?? 16;
  const maxRounds = opts.maxRounds ?? 100;
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;
  const leaseMs = opts.leaseMs ?? (portal?.timeoutMs ?? 10_000) + 30_000;
  const random = opts.random ?? Math.random;
  const report: DeliveryReport = { configured: true, delivered: 0, refused: 0, failed: 0, rounds: 0 };

  // Slow start: a run begins with a small round and doubles it after each round without failure, so a
  // portal that is down costs a few requests per run, not a full batch.
  let size = Math.min(batchSize, opts.firstRoundSize ?? 4);
  while (report.rounds < maxRounds) {
    const claimed = await claim(deps, size, leaseMs);
    if (claimed.length === 0) break;
    report.rounds++;
    const health = new Map<string, UnitHealth>();
    const outcomes = await Promise.all(
      claimed.map(async (row) => {
        const outcome = await deliverOne(deps, client, row);
        const now = deps.clock.now();
        const h = health.get(row.unitId) ?? { delivered: 0, failed: 0, lastSuccessAt: null, lastError: null };
        if (outcome.ok) {
          await markDelivered(deps, row.id, now);
          h.delivered++;
          h.lastSuccessAt = now;
        } else if (outcome.permanent) {
          await markRefused(deps, row.id, outcome.error, now);
          h.failed++;
          h.lastError = { message: outcome.error, at: now };
        } else {
          const retryAt = new Date(now.getTime() + retryDelayMs(backoff, row.attempts, random()));
          await markFailed(deps, row.id, outcome.error, retryAt);
          h.failed++;
          h.lastError = { message: outcome.error, at: now };
        }
        health.set(row.unitId, h);
        return outcome.ok ? 'delivered' : outcome.permanent ? 'refused' : 'failed';
      }),
    );
    await recordHealth(deps, health);
    const ok = outcomes.filter((o) => o === 'delivered').length;
    // A refusal is an answer: the portal is up, so the run goes on.
    const answered = ok + outcomes.filter((o) => o === 'refused').length;
    report.delivered += ok;
    report.refused += answered - ok;
    report.failed += outcomes.length - answered;
    if (answered === 0) break;
    size = answered === outcomes.length ? Math.min(batchSize, size * 2) : size;
  }
  return report;
}

async function claim(deps: Deps, batchSize: number, leaseMs: number): Promise<Claimed[]> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const result = (await deps.database.db.execute(sql`
    WITH due AS (
      SELECT o.id FROM outbox o
      WHERE o.topic = ${NATIONAL_SYNC_TOPIC}
        AND o.delivered_at IS NULL AND o.refused_at IS NULL
        AND o.next_attempt_at <= ${iso(now)}::timestamptz
        AND NOT EXISTS (
          SELECT 1 FROM outbox p
          WHERE p.aggregate_id = o.aggregate_id AND p.topic = o.topic
            AND p.delivered_at IS NULL AND p.refused_at IS NULL AND p.id < o.id
        )
      ORDER BY o.next_attempt_at, o.id
      LIMIT ${batchSize}
      FOR UPDATE OF o SKIP LOCKED
    )
    UPDATE outbox AS o
    SET attempts = o.attempts + 1, next_attempt_at = ${iso(leaseUntil)}::timestamptz
    FROM due, dossiers d
    WHERE o.id = due.id AND d.id = o.aggregate_id
    RETURNING o.id, o.aggregate_id, o.payload, o.attempts, d.unit_id
  `)) as unknown as {
    rows: {
      id: number | string;
      aggregate_id: string;
      payload: unknown;
      attempts: number;
      unit_id: string;
    }[];
  };
  return result.rows
    .map((r) => ({
      id: Number(r.id),
      aggregateId: r.aggregate_id,
      payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
      attempts: Number(r.attempts),
      unitId: r.unit_id,
    }))
    .sort((a, b) => a.id - b.id);
}

/** The idempotency key of a row: stable across retries, unique per change. */
export const idempotencyKeyOf = (outboxId: number) => `motcua-outbox-${outboxId}`;

async function deliverOne(deps: Deps, client: PortalClient, row: Claimed) {
  let record: DvcSyncRecord;
  try {
    record = await recordOf(deps, row);
  } catch (e) {
    return {
      ok: false as const,
      error: `Không dựng được bản ghi đồng bộ (${(e as Error).message})`,
      permanent: false,
    };
  }
  return client.send(record, idempotencyKeyOf(row.id));
}

/** The stored record; rows written before the record was stored get one built from the dossier now. */
async function recordOf(deps: Deps, row: Claimed): Promise<DvcSyncRecord> {
  const p = row.payload as Partial<SyncPayload>;
  if (p.record) return p.record;
  const { db } = deps.database;
  const [d] = await db.select().from(dossiers).where(eq(dossiers.id, row.aggregateId)).limit(1);
  if (!d) throw new Error('hồ sơ không còn');
  const record = await syncRecordOf(db, d, await unitCodeOf(db, d.unitId), {
    action: String(p.action ?? ''),
    description: String(p.action ?? ''),
    actorName: 'Hệ thống',
    at: typeof p.at === 'number' ? p.at : d.updatedAt.getTime(),
  });
  return typeof p.nationalStatus === 'number' ? { ...record, TrangThaiHoSo: p.nationalStatus } : record;
}

async function markDelivered(deps: Deps, id: number, now: Date) {
  await deps.database.db.execute(sql`
    UPDATE outbox SET delivered_at = ${iso(now)}::timestamptz, last_error = NULL
    WHERE id = ${id} AND delivered_at IS NULL
  `);
}

async function markRefused(deps: Deps, id: number, error: string, now: Date) {
  await deps.database.db.execute(sql`
    UPDATE outbox SET last_error = ${error.slice(0, 500)}, refused_at = ${iso(now)}::timestamptz
    WHERE id = ${id} AND delivered_at IS NULL
  `);
}

async function markFailed(deps: Deps, id: number, error: string, retryAt: Date) {
  await deps.database.db.execute(sql`
    UPDATE outbox SET last_error = ${error.slice(0, 500)}, next_attempt_at = ${iso(retryAt)}::timestamptz
    WHERE id = ${id} AND delivered_at IS NULL
  `);
}

type UnitHealth = {
  delivered: number;
  failed: number;
  lastSuccessAt: Date | null;
  lastError: { message: string; at: Date } | null;
};

async function recordHealth(deps: Deps, health: Map<string, UnitHealth>) {
  for (const [unitId, h] of health) {
    await deps.database.db.execute(sql`
      INSERT INTO outbound_sync_units
        (destination, unit_id, last_success_at, last_error, last_error_at, delivered_count, failed_count)
      VALUES (${NATIONAL_SYNC_DESTINATION}, ${unitId}::uuid,
        ${h.lastSuccessAt ? iso(h.lastSuccessAt) : null}::timestamptz,
        ${h.lastError?.message.slice(0, 500) ?? null},
        ${h.lastError ? iso(h.lastError.at) : null}::timestamptz,
        ${h.delivered}, ${h.failed})
      ON CONFLICT (destination, unit_id) DO UPDATE SET
        delivered_count = outbound_sync_units.delivered_count + EXCLUDED.delivered_count,
        failed_count = outbound_sync_units.failed_count + EXCLUDED.failed_count,
        last_success_at = COALESCE(EXCLUDED.last_success_at, outbound_sync_units.last_success_at),
        last_error = CASE WHEN EXCLUDED.last_error_at IS NULL THEN outbound_sync_units.last_error
                          ELSE EXCLUDED.last_error END,
        last_error_at = COALESCE(EXCLUDED.last_error_at, outbound_sync_units.last_error_at)
    `);
  }
}
