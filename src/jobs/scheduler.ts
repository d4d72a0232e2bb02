// In-process periodic jobs of the server. Each run is idempotent and safe with several server
// processes (every change goes through compare-and-set), so no leader election is needed.
import { expireSupplements } from '../modules/dossiers/expire-supplements.js';
import { deliverNationalSync } from '../modules/integrations/outbound/deliver-national-sync.js';
import { pruneDeliveredOutbox } from '../modules/integrations/outbound/outbox-retention.js';
import type { Deps } from '../platform/deps.js';

type Job = { name: string; everyMs: number; run: (deps: Deps) => Promise<unknown> };

const JOBS: Job[] = [
  { name: 'supplement-expiry', everyMs: 60_000, run: (deps) => expireSupplements(deps) },
  // Outbound sync to the national portal (ADR 0012): every 5 s, so a change arrives within a minute;
  // does nothing when NATIONAL_PORTAL_URL is unset; claims with SKIP LOCKED (safe with several processes).
  { name: 'national-sync', everyMs: 5_000, run: (deps) => deliverNationalSync(deps) },
  // Delivered outbox rows past OUTBOX_RETENTION_DAYS, counts kept per dossier (outbox-retention.ts).
  { name: 'outbox-retention', everyMs: 3_600_000, run: (deps) => pruneDeliveredOutbox(deps) },
];

export function startJobs(deps: Deps, log: (msg: string, err: unknown) => void): () => void {
  const timers = JOBS.map((job) => {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await job.run(deps);
      } catch (e) {
        log(`job ${job.name} failed`, e);
      } finally {
        running = false;
      }
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return () => {
    for (const t of timers) clearInterval(t);
  };
}
