/**
 * Officer console queries with millions of dossiers, through the real Fastify app (app.inject): the
 * work queues, the "all" register (second page by keyset cursor), search by code, CCCD and owner name
 * without diacritics, and the queue counts. Needs PostgreSQL: BENCH_DATABASE_URL (skipped when unset).
 * When the database holds fewer than BENCH_DOSSIERS dossiers (default 10,000,000), loads the missing ones
 * with the COPY bulk path (`generateFast`, the same as `npx motcua generate --dossiers N --fast`); with
 * BENCH_LOAD=0 it measures whatever is there. Measures one commune, BENCH_UNIT (default 06003, Xã Vạn
 * Linh, whose receiving officer signs in), and prints the database size with the figures.
 * Run: `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/motcua_bench10m npm run bench`.
 * Exits with code 1 when a p50 is 100 ms or more (the bar for queue and search pages).
 */
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { generateFast } from '../src/demo/history/index.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { buildApp } from '../src/http/app.js';
import { systemClock } from '../src/platform/clock.js';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log('bench/dossier-queries: skipped (set BENCH_DATABASE_URL to a PostgreSQL database to run it)');
  process.exit(0);
}
const target = Number(process.env.BENCH_DOSSIERS ?? 10_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const UNIT = process.env.BENCH_UNIT ?? '06003';
const LOAD = process.env.BENCH_LOAD !== '0';
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const database = await openDatabase({ kind: 'postgres', url, poolSize: 10 });
const config = parseConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
await migrate(database);
await seedDemo(database, config, systemClock);
const [estimate] = await database.query<{ n: string }>(
  "SELECT reltuples::bigint AS n FROM pg_class WHERE relname = 'dossiers'",
);
let have = Math.max(0, Number(estimate?.n ?? 0));
if (have < target * 0.99) {
  const [exact] = await database.query<{ n: string }>('SELECT count(*) AS n FROM dossiers');
  have = Number(exact?.n ?? 0);
}
if (have < target && LOAD) {
  const missing = target - have;
  console.log(`Loading ${fmt(missing)} dossiers with COPY (have ${fmt(have)}) …`);
  const r = await generateFast(database, {
    count: missing,
    seed: 1000 + have,
    until: Date.now(),
    onProgress: (done) => {
      if (done % 500_000 === 0) console.log(`  ${fmt(done)} / ${fmt(missing)}`);
    },
  });
  console.log(
    `Loaded ${fmt(r.dossiers)} dossiers in ${(r.ms / 1000).toFixed(0)} s (${fmt(r.dossiers / (r.ms / 1000))} dossiers/s)`,
  );
  await database.exec('ANALYZE dossiers; ANALYZE dossier_steps; ANALYZE dossier_events');
  have += r.dossiers;
}

const app = await buildApp({ database, clock: systemClock, config }, { logger: false, webDist: null });
await app.ready();
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username: 'vanlinh.tiepnhan', password: config.demoPassword },
});
if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
const cookie = String(login.headers['set-cookie']).split(';')[0]!;
const get = async (path: string) => {
  const res = await app.inject({ method: 'GET', url: path, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json();
};

// Probes for the searches: a code, a CCCD and the cursor of the second "all" page.
const [sample] = await database.query<{ code: string; owner_id_number: string }>(
  `SELECT d.code, d.owner_id_number FROM dossiers d JOIN units u ON u.id = d.unit_id
   WHERE u.code = $1 ORDER BY d.received_at DESC NULLS LAST LIMIT 1 OFFSET 5000`,
  [UNIT],
);
const first = await get(`/api/dossiers?unitCode=${UNIT}&queue=all&limit=50`);
const cases: [string, string][] = [
  ['queue to_process', `/api/dossiers?unitCode=${UNIT}&queue=to_process&limit=50`],
  ['queue due_soon', `/api/dossiers?unitCode=${UNIT}&queue=due_soon&limit=50`],
  ['queue overdue', `/api/dossiers?unitCode=${UNIT}&queue=overdue&limit=50`],
  [
    'all, page 2 (cursor)',
    `/api/dossiers?unitCode=${UNIT}&queue=all&limit=50&cursor=${encodeURIComponent(first.nextCursor)}`,
  ],
  ['search by code', `/api/dossiers?unitCode=${UNIT}&q=${sample!.code}`],
  ['search by CCCD', `/api/dossiers?unitCode=${UNIT}&q=${sample!.owner_id_number}`],
  ['search "nguyen van"', `/api/dossiers?unitCode=${UNIT}&q=${encodeURIComponent('nguyen van')}`],
  ['search "lan"', `/api/dossiers?unitCode=${UNIT}&q=lan`],
  ['queue counts', `/api/dossiers/queues?unitCode=${UNIT}`],
];
const [unitCount] = await database.query<{ n: string }>(
  'SELECT count(*) AS n FROM dossiers d JOIN units u ON u.id = d.unit_id WHERE u.code = $1',
  [UNIT],
);
const [size] = await database.query<{ size: string }>(
  'SELECT pg_size_pretty(pg_database_size(current_database())) AS size',
);
console.log(
  `\n${fmt(have)} dossiers in the database (${size?.size}), ${fmt(Number(unitCount?.n ?? 0))} of them at unit ${UNIT}; ${ROUNDS} rounds`,
);
console.log(`${'query'.padEnd(24)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'items'.padStart(6)}`);
let slow = false;
for (const [name, path] of cases) {
  let items = 0;
  for (let i = 0; i < 3; i++) items = ((await get(path)).items ?? (await get(path)).queues)?.length ?? 0;
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await get(path);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length * 0.5)]!;
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
  if (p50 >= 100) slow = true;
  console.log(
    `${name.padEnd(24)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${String(items).padStart(6)}`,
  );
}
await app.close();
await database.close();
if (slow) {
  console.error('FAIL: a p50 is 100 ms or more');
  process.exitCode = 1;
} else console.log('OK: every p50 under 100 ms');
