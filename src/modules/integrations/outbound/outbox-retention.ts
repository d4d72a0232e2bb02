// Retention of the outbox: delivered rows older than the retention period (OUTBOX_RETENTION_DAYS) are
// removed in batches, oldest first, their number and last delivery per (topic, aggregate) folded into
// outbox_delivered_totals in the same statement, so a dossier's delivery state (get-dossier-sync.ts)
// keeps its counts. Waiting and refused rows are never removed. Batches take their rows with SKIP LOCKED
// and are safe with several processes; the scheduler runs it hourly.
import { sql } from 'drizzle-orm';
import type { Deps } from '../../../platform/deps.js';

export type RetentionReport = { removed: number; batches: number };

export async function pruneDeliveredOutbox(
  deps: Deps,
  opts: { batchSize?: number; maxBatches?: number } = {},
): Promise<RetentionReport> {
  const batchSize = opts.batchSize ?? 10_000;
  const maxBatches = opts.maxBatches ?? 100;
  const cutoff = new Date(deps.clock.now().getTime() - deps.config.outboxRetentionMs).toISOString();
  const report: RetentionReport = { removed: 0, batches: 0 };
  while (report.batches < maxBatches) {
    const result = (await deps.database.db.execute(sql`
      WITH gone AS (
        DELETE FROM outbox o
         WHERE o.id IN (
           SELECT id FROM outbox
            WHERE delivered_at IS NOT NULL AND delivered_at < ${cutoff}::timestamptz
            ORDER BY delivered_at, id
            LIMIT ${batchSize}
            FOR UPDATE SKIP LOCKED)
        RETURNING o.topic, o.aggregate_id, o.delivered_at),
      folded AS (
        INSERT INTO outbox_delivered_totals AS t (topic, aggregate_id, delivered_count, last_delivered_at)
        SELECT topic, aggregate_id, count(*), max(delivered_at) FROM gone GROUP BY topic, aggregate_id
        ON CONFLICT (topic, aggregate_id) DO UPDATE SET
          delivered_count = t.delivered_count + EXCLUDED.delivered_count,
          last_delivered_at = GREATEST(t.last_delivered_at, EXCLUDED.last_delivered_at)
        RETURNING 1)
      SELECT (SELECT count(*) FROM gone)::int AS removed, (SELECT count(*) FROM folded)::int AS folded
    `)) as unknown as { rows: { removed: number }[] };
    const removed = Number(result.rows[0]?.removed ?? 0);
    if (removed === 0) break;
    report.batches++;
    report.removed += removed;
    if (removed < batchSize) break;
  }
  return report;
}
