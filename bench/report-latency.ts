/**
 * Dossier-results report latency on a province-sized database, through the real Fastify app
 * (app.inject): the province of Lạng Sơn (20) with its communes, grouped by commune, for the current
 * quarter, the previous quarter, the statistical quarter (15th → 14th) and the year, plus the same
 * report grouped by field. Measures the pre-aggregated path (report_daily + the open stock, ADR 0009)
 * and, once, the full window query it replaced, for comparison.
 * Needs PostgreSQL with the dossiers loaded (bench/dossier-queries.ts or `npx motcua generate
 * --dossiers 10000000 --fast`): BENCH_DATABASE_URL (skipped when unset). It never loads data itself.
 * Run: `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/motcua_bench10m npx tsx bench/report-latency.ts`.
 * Exits with code 1 when a p50 is over 1,000 ms (the bar for a quarterly province report).
 */
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { buildApp } from '../src/http/app.js';
import { systemClock } from '../src/platform/clock.js';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log('bench/report-latency: skipped (set BENCH_DATABASE_URL to a PostgreSQL database to run it)');
  process.exit(0);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const database = await openDatabase({ kind: 'postgres', url, poolSize: 10 });
const config = parseConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
const t0 = performance.now();
await migrate(database);
const migrated = performance.now() - t0;
if (migrated > 5_000)
  console.log(`Migrations (incl. the report_daily backfill) took ${fmt(migrated / 1000)} s`);
await seedDemo(database, config, systemClock);

const [facts] = await database.query<{ dossiers: string; daily: string; size: string; units: string }>(
  `SELECT (SELECT reltuples::bigint FROM pg_class WHERE relname = 'dossiers') AS dossiers,
          (SELECT count(*) FROM report_daily) AS daily,
          (SELECT count(DISTINCT d.unit_id) FROM report_daily d JOIN units u ON u.id = d.unit_id
            JOIN units p ON p.id = u.parent_id WHERE p.code = '20') AS units,
          pg_size_pretty(pg_database_size(current_database())) AS size`,
);

const app = await buildApp({ database, clock: systemClock, config }, { logger: false, webDist: null });
await app.ready();
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username: 'langson.theodoi', password: config.demoPassword },
});
if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
const cookie = String(login.headers['set-cookie']).split(';')[0]!;
const get = async (path: string) => {
  const res = await app.inject({ method: 'GET', url: path, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.json() as { rows: unknown[]; total: { received: { total: number } } };
};

const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
const month = Number(today.slice(5, 7));
const q = Math.floor((month - 1) / 3);
const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const quarter = (y: number, k: number) => [iso(y, k * 3 + 1, 1), iso(y, k * 3 + 4, 0)] as const;
const [curFrom, curTo] = quarter(year, q);
const [prevFrom, prevTo] = q === 0 ? quarter(year - 1, 3) : quarter(year, q - 1);
const statFrom = iso(year, q * 3, 15);
const statTo = iso(year, q * 3 + 3, 14);
const report = (from: string, to: string, groupBy = 'unit') =>
  `/api/reports/dossier-results?unitCode=20&includeChildren=true&groupBy=${groupBy}&from=${from}&to=${to}`;
const cases: [string, string][] = [
  [`quarter ${curFrom}..${curTo}`, report(curFrom, curTo)],
  [`quarter ${prevFrom}..${prevTo}`, report(prevFrom, prevTo)],
  [`stat. quarter ${statFrom}..${statTo}`, report(statFrom, statTo)],
  [`year ${year}`, report(`${year}-01-01`, `${year}-12-31`)],
  [`prev. quarter by field`, report(prevFrom, prevTo, 'field')],
];

console.log(
  `\n${fmt(Number(facts?.dossiers ?? 0))} dossiers (${facts?.size}), ${fmt(Number(facts?.daily ?? 0))} report_daily rows, ` +
    `${facts?.units} communes of province 20 with data; ${ROUNDS} rounds, province officer, grouped by commune`,
);
console.log(
  `${'report'.padEnd(40)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'rows'.padStart(5)} ${'received'.padStart(10)}`,
);
let slow = false;
for (const [name, path] of cases) {
  const first = await get(path);
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await get(path);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length * 0.5)]!;
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
  if (p50 > 1_000) slow = true;
  console.log(
    `${name.padEnd(40)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${String(first.rows.length).padStart(5)} ${fmt(first.total.received.total).padStart(10)}`,
  );
}

// The window query the aggregates replaced (one run, previous quarter), for comparison.
const { dossierResultsSql } = await import('../src/modules/reports/dossier-results-sql.js');
const unitIds = (
  await database.query<{ id: string }>(
    "SELECT u.id FROM units u JOIN units p ON p.id = u.parent_id WHERE p.code = '20' UNION SELECT id FROM units WHERE code = '20'",
  )
).map((r) => r.id);
const start = new Date(`${prevFrom}T00:00:00+07:00`).toISOString();
const end = new Date(new Date(`${prevTo}T00:00:00+07:00`).getTime() + 86_400_000).toISOString();
const tw = performance.now();
await database.withSession(async (s) => {
  await s.exec('SET jit = off');
  await s.query(dossierResultsSql('unit'), [unitIds, start, end, prevTo]);
});
console.log(
  `window query without aggregates, ${prevFrom}..${prevTo}, 1 run: ${fmt(performance.now() - tw)} ms`,
);

await app.close();
await database.close();
if (slow) {
  console.error('FAIL: a p50 is over 1,000 ms');
  process.exitCode = 1;
} else console.log('OK: every p50 at most 1,000 ms');
