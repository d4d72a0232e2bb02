// Background generation of the demo history at server start: for each demo commune, two years of
// dossiers (src/demo/history), one batch at a time with pauses so login and the console stay
// responsive. Idempotent across restarts: demo_history records each unit's target and the dossiers
// written (updated in each batch's transaction); a finished unit is skipped, an interrupted one resumes.
import { inArray, sql } from 'drizzle-orm';
import { units } from '../../db/schema.js';
import { DEMO_UNITS } from '../../demo/demo-data.js';
import { generateHistory } from '../../demo/history/index.js';
import type { Deps } from '../../platform/deps.js';
import { trackProgress } from './progress.js';

/** Dossiers per demo commune over two years (seed 003's commune received ~56 per working day). */
export const DEMO_HISTORY_PER_UNIT = 25_000;
const SEED = 2026;

type Log = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
type Row = { unit_id: string; target: number; generated: number; until_at: Date; finished_at: Date | null };

export function startDemoHistory(
  deps: Deps,
  log: Log,
  opts: { perUnit?: number; batchSize?: number; pauseMs?: number } = {},
): { stop(): Promise<void>; finished: Promise<void> } {
  let stopping = false;
  const finished = run(deps, log, opts, () => stopping).catch((err) =>
    log.error({ err }, 'demo history generation failed'),
  );
  return {
    finished,
    async stop() {
      stopping = true;
      await finished;
    },
  };
}

async function run(
  deps: Deps,
  log: Log,
  opts: { perUnit?: number; batchSize?: number; pauseMs?: number },
  shouldStop: () => boolean,
) {
  const { database, clock } = deps;
  const communes = DEMO_UNITS.filter((u) => u.kind !== 'province').map((u) => u.code);
  const rows = await database.db.select().from(units).where(inArray(units.code, communes));
  if (!rows.length) return;
  const perUnit = opts.perUnit ?? DEMO_HISTORY_PER_UNIT;
  const batchSize = opts.batchSize ?? (database.kind === 'pglite' ? 100 : 1000);
  const recorded = await database.query<Row>('SELECT * FROM demo_history');
  const byUnit = new Map(recorded.map((r) => [r.unit_id, r]));
  const sorted = rows.sort((a, b) => a.code.localeCompare(b.code));
  const progress = trackProgress(
    database,
    sorted.map((u) => {
      const r = byUnit.get(u.id);
      return {
        unitCode: u.code,
        unitName: u.name,
        done: r ? Number(r.generated) : 0,
        total: r ? Number(r.target) : perUnit,
        state: r?.finished_at ? ('finished' as const) : ('pending' as const),
      };
    }),
  );
  try {
    for (const [i, unit] of sorted.entries()) {
      const p = progress.units[i]!;
      if (p.state === 'finished') continue;
      let row = byUnit.get(unit.id);
      if (!row) {
        const now = clock.now();
        await database.query(
          `INSERT INTO demo_history (unit_id, seed, target, generated, until_at, started_at)
           VALUES ($1, $2, $3, 0, $4, $4) ON CONFLICT (unit_id) DO NOTHING`,
          [unit.id, SEED, perUnit, now.toISOString()],
        );
        [row] = await database.query<Row>('SELECT * FROM demo_history WHERE unit_id = $1', [unit.id]);
      }
      const target = Number(row!.target);
      const startBatch = Math.floor(Number(row!.generated) / batchSize);
      p.state = 'running';
      p.done = startBatch * batchSize;
      log.info({ unit: unit.code, target, from: p.done }, 'demo history: generating dossiers');
      try {
        const r = await generateHistory(database, {
          unitCode: unit.code,
          count: target,
          seed: SEED,
          until: new Date(row!.until_at).getTime(),
          batchSize,
          startBatch,
          pauseMs: opts.pauseMs ?? (database.kind === 'pglite' ? 25 : 5),
          shouldStop,
          onBatch: async (tx, info) => {
            await tx.execute(
              sql`UPDATE demo_history SET generated = ${info.batch * batchSize + info.dossiers}
                  WHERE unit_id = ${unit.id}`,
            );
          },
          onProgress: (done) => {
            p.done = done;
          },
        });
        if (r.stopped) return;
        await database.query('UPDATE demo_history SET finished_at = $2 WHERE unit_id = $1', [
          unit.id,
          clock.now().toISOString(),
        ]);
        p.state = 'finished';
        log.info(
          { unit: unit.code, dossiers: r.dossiers, seconds: Math.round(r.ms / 1000) },
          'demo history: unit finished',
        );
      } catch (err) {
        p.state = 'failed';
        throw err;
      }
    }
  } finally {
    progress.running = false;
  }
}
