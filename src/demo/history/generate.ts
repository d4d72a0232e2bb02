// Generates the dossier history of one unit: builds the timeline, simulates each dossier through the
// state machine, and writes batches (one transaction each, several in flight on PostgreSQL).
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../../db/database.js';
import { homeProvinceOf, makeOwner } from './people.js';
import { mulberry32, seedOf } from './random.js';
import { simulateDossier } from './simulate.js';
import { buildTimeline, CHANNELS } from './timeline.js';
import { loadUnitContext } from './unit-context.js';
import { type BatchCounts, type BatchItem, reserveCodes, writeBatch } from './write.js';

/** Length of the generated period: two years ending at `until`. */
export const HISTORY_SPAN_MS = 730 * 86_400_000;

export type GenerateOptions = {
  unitCode: string;
  count: number;
  seed: number;
  /** End of the period ("now"), epoch ms; actions after it are not taken (open dossiers). */
  until: number;
  /** Length of the period (default two years). */
  spanMs?: number;
  batchSize?: number;
  /** Batches already written by an interrupted run (resume after them). */
  startBatch?: number;
  /** Batches written at the same time (PostgreSQL only; PGlite has one connection). */
  concurrency?: number;
  /** Pause between batches, so a live server keeps answering (PGlite runs one query at a time). */
  pauseMs?: number;
  /** Runs inside each batch's transaction after its rows (e.g. to record progress). */
  onBatch?: (tx: Tx, info: { batch: number; dossiers: number }) => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  shouldStop?: () => boolean;
};

export type GenerateResult = BatchCounts & { ms: number; stopped: boolean };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function generateHistory(database: Database, o: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const ctx = await loadUnitContext(database.db, o.unitCode);
  const timeline = buildTimeline(ctx, {
    count: o.count,
    seed: o.seed,
    from: o.until - (o.spanMs ?? HISTORY_SPAN_MS),
    until: o.until,
  });
  const batchSize = o.batchSize ?? 1000;
  const batches = Math.ceil(o.count / batchSize);
  const concurrency = database.kind === 'postgres' ? Math.max(1, o.concurrency ?? 1) : 1;
  const home = homeProvinceOf(ctx.provinceCode);
  const totals: BatchCounts = { dossiers: 0, steps: 0, events: 0 };
  let done = (o.startBatch ?? 0) * batchSize;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  let stopped = false;
  for (let b = o.startBatch ?? 0; b < batches; b++) {
    if (o.shouldStop?.()) {
      stopped = true;
      break;
    }
    const rng = mulberry32(seedOf(o.seed, o.unitCode, 'batch', b));
    const items: BatchItem[] = [];
    for (let i = b * batchSize; i < Math.min(o.count, (b + 1) * batchSize); i++) {
      const sim = simulateDossier(
        ctx,
        {
          createdAt: timeline.createdAt[i]!,
          channel: CHANNELS[timeline.channel[i]!]!,
          procedureIndex: timeline.procedure[i]!,
        },
        rng,
        o.until,
      );
      const owner = makeOwner(rng, home, ctx.unit.name, Number(new Date(sim.createdAt).getUTCFullYear()));
      items.push({ sim, owner });
    }
    const job = reserveCodes(database.db, ctx.unit.id, ctx.unit.code, items)
      .then((codes) =>
        database.db.transaction(async (tx) => {
          // Generated history can be regenerated: no need to wait for the WAL flush of each batch.
          if (database.kind === 'postgres') await tx.execute(sql`SET LOCAL synchronous_commit = off`);
          const counts = await writeBatch(tx, ctx.unit, items, codes);
          await o.onBatch?.(tx, { batch: b, dossiers: counts.dossiers });
          return counts;
        }),
      )
      .then(
        (counts) => {
          totals.dossiers += counts.dossiers;
          totals.steps += counts.steps;
          totals.events += counts.events;
          done += counts.dossiers;
          o.onProgress?.(done, o.count);
        },
        (e) => {
          failure ??= e;
        },
      );
    const tracked: Promise<void> = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) break;
    if (o.pauseMs) await sleep(o.pauseMs);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  return { ...totals, ms: performance.now() - started, stopped };
}
