// The COPY bulk path for benchmarks (`motcua generate --fast`): on PostgreSQL (TEST_DATABASE_URL) it
// loads 2,000 dossiers with unique codes, advanced counters and plausible queues; on PGlite, which has no
// COPY FROM STDIN, it refuses with a Vietnamese message and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { FAST_REFUSED_ON_PGLITE, generateFast } from '../../src/demo/history/index.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { fixedClock } from '../../src/platform/clock.js';
import { createTestDatabase, type TestDatabase, usingPostgres } from '../support/database.js';

const NOW = Date.parse('2026-03-02T08:30:00.000Z'); // Monday 15:30 in Hà Nội time
const COUNT = 2000;

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  await seedDemo(t.database, config, fixedClock(new Date(NOW)));
}, 60_000);
afterAll(() => t?.drop());

describe.runIf(!usingPostgres())('generate --fast on PGlite', () => {
  it('refuses with a Vietnamese message and writes nothing', async () => {
    await expect(generateFast(t.database, { count: COUNT, seed: 1, until: NOW })).rejects.toThrow(
      FAST_REFUSED_ON_PGLITE,
    );
    expect(FAST_REFUSED_ON_PGLITE).toMatch(/PostgreSQL.*PGlite không hỗ trợ/);
    const [n] = await t.database.query<{ n: string }>('SELECT count(*) AS n FROM dossiers');
    expect(Number(n!.n)).toBe(0);
  });
});

describe.runIf(usingPostgres())('generate --fast on PostgreSQL', () => {
  let result: Awaited<ReturnType<typeof generateFast>>;
  beforeAll(async () => {
    // 500 a unit: the three demo communes of province 20 and one bench commune created for the load.
    result = await generateFast(t.database, { count: COUNT, perUnit: 500, seed: 3, until: NOW });
  }, 120_000);

  it('loads every dossier over four communes of province 20, marked as bench data', async () => {
    expect(result.dossiers).toBe(COUNT);
    expect(result.units).toEqual(['06001', '06002', '06003', '06101']);
    const rows = await t.database.query<{ code: string; n: string; bench: string; parent: string }>(
      `SELECT u.code, p.code AS parent, count(*) AS n, count(*) FILTER (WHERE d.source = 'bench') AS bench
         FROM dossiers d JOIN units u ON u.id = d.unit_id JOIN units p ON p.id = u.parent_id
        GROUP BY u.code, p.code ORDER BY u.code`,
    );
    expect(rows.map((r) => [r.code, r.parent, Number(r.n), Number(r.bench)])).toEqual(
      ['06001', '06002', '06003', '06101'].map((c) => [c, '20', 500, 500]),
    );
  });

  it('gives unique codes <unit>-YYMMDD-NNNN and advances the daily counters to match', async () => {
    const [c] = await t.database.query<{ n: string; distinct: string; bad: string }>(
      `SELECT count(*) AS n, count(DISTINCT code) AS distinct,
              count(*) FILTER (WHERE code !~ '^0[0-9]{4}-[0-9]{6}-[0-9]{4}$') AS bad FROM dossiers`,
    );
    expect([Number(c!.n), Number(c!.distinct), Number(c!.bad)]).toEqual([COUNT, COUNT, 0]);
    const mismatched = await t.database.query(
      `SELECT k.unit_id, k.day FROM dossier_code_counters k
         LEFT JOIN (SELECT unit_id, (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,
                           max(right(code, 4)::int) AS last, count(*) AS n
                      FROM dossiers GROUP BY 1, 2) d ON d.unit_id = k.unit_id AND d.day = k.day
        WHERE d.last IS DISTINCT FROM k.last OR d.n IS DISTINCT FROM k.last`,
    );
    expect(mismatched).toEqual([]);
  });

  it('has realistic states, owners and dates; only recent dossiers carry steps and events', async () => {
    const [s] = await t.database.query<Record<string, string>>(
      `SELECT count(*) FILTER (WHERE state = 'returned') AS returned,
              count(*) FILTER (WHERE state IN ('received', 'processing')) AS active,
              count(*) FILTER (WHERE received_at IS NOT NULL AND due_at IS NULL) AS no_due,
              count(*) FILTER (WHERE owner_search <> lower(owner_search)) AS not_folded,
              count(*) FILTER (WHERE owner_id_number !~ '^[0-9]{12}$') AS bad_cccd,
              count(*) FILTER (WHERE created_at > $1::timestamptz) AS future,
              count(*) FILTER (WHERE finished_at < received_at) AS backwards,
              count(*) FILTER (WHERE note LIKE '%không ghi các bước%') AS finished_only
         FROM dossiers`,
      [new Date(NOW).toISOString()],
    );
    const n = (k: string) => Number(s![k]);
    expect(n('returned') / COUNT).toBeGreaterThan(0.85);
    expect(n('active')).toBeGreaterThan(0);
    expect(n('active') / COUNT).toBeLessThan(0.1);
    for (const k of ['no_due', 'not_folded', 'bad_cccd', 'future', 'backwards']) expect(n(k), k).toBe(0);
    expect(n('finished_only')).toBeGreaterThan(COUNT * 0.8);
    const [orphans] = await t.database.query<{ n: string }>(
      `SELECT count(*) AS n FROM dossiers d WHERE d.note LIKE '%không ghi các bước%'
          AND EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = d.id)`,
    );
    expect(Number(orphans!.n)).toBe(0);
    const [withEvents] = await t.database.query<{ n: string }>(
      `SELECT count(DISTINCT dossier_id) AS n FROM dossier_events`,
    );
    expect(Number(withEvents!.n)).toBe(result.simulated);
    expect(result.steps).toBeGreaterThan(0);
  });

  it('fills the queues of a commune like real history: some open work, nothing absurd', async () => {
    const rows = await t.database.query<{ state: string; n: string }>(
      `SELECT d.state, count(*) AS n FROM dossiers d JOIN units u ON u.id = d.unit_id
        WHERE u.code = '06003' AND d.state NOT IN ('returned', 'withdrawn', 'stopped', 'rejected_at_intake')
        GROUP BY 1`,
    );
    const open = rows.reduce((sum, r) => sum + Number(r.n), 0);
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(100);
  });
});
