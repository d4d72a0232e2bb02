// The real server as a process: the embedded database's single-process lock, the CLI talking
// to a running server, and durability of acknowledged writes across SIGKILL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { DatabaseLockedError } from '../../src/db/lock.js';
import { createTestDatabase, type TestDatabase, usingPostgres } from '../support/database.js';
import {
  buildBundles,
  httpLogin,
  runCli,
  type ServerProcess,
  startServerProcess,
  stopProcess,
} from '../support/process.js';

const PASSWORD = 'MotCua@2026';
let dataDir: string;
let pgDb: TestDatabase | null = null;
let env: Record<string, string>;
let server: ServerProcess | null = null;

beforeAll(async () => {
  await buildBundles();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-proc-'));
  env = { DATA_DIR: dataDir, DEMO_PASSWORD: PASSWORD };
  if (usingPostgres()) {
    pgDb = await createTestDatabase({ migrate: false });
    await pgDb.database.close();
    env.DATABASE_URL = pgDb.url!;
  }
  server = await startServerProcess(env);
}, 180_000);

afterAll(async () => {
  if (server) await stopProcess(server.child);
  if (pgDb) await pgDb.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a second process on the same database', () => {
  it(
    usingPostgres()
      ? 'shares PostgreSQL with the server'
      : 'gets a clear error instead of opening the embedded database',
    async () => {
      if (usingPostgres()) {
        const other = await openDatabase({ kind: 'postgres', url: env.DATABASE_URL!, poolSize: 1 });
        expect(await other.query('SELECT count(*)::int AS n FROM units')).toEqual([{ n: 6 }]);
        await other.close();
        return;
      }
      await expect(openDatabase({ kind: 'pglite', dataDir, now: new Date() })).rejects.toThrow(
        DatabaseLockedError,
      );
      await expect(openDatabase({ kind: 'pglite', dataDir, now: new Date() })).rejects.toThrow(
        /already open by process \d+/,
      );
    },
  );
});

describe('CLI against the running server', () => {
  it('prints help', () => {
    const r = runCli(['create-admin', '--help'], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/motcua create-admin --username U/);
  });

  it('creates an administrator and resets a password (read from standard input) while the server runs', async () => {
    const created = runCli(['create-admin', '--username', 'ops.admin', '--password', 'VanHanh@2026'], env);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/System administrator "ops.admin" created/);
    expect((await httpLogin(server!.url, 'ops.admin', 'VanHanh@2026')).status).toBe(200);

    const reset = runCli(['reset-password', '--username', 'vanlinh.tiepnhan'], env, 'DatLai@20261\n');
    expect(reset.status).toBe(0);
    expect((await httpLogin(server!.url, 'vanlinh.tiepnhan', PASSWORD)).status).toBe(401);
    expect((await httpLogin(server!.url, 'vanlinh.tiepnhan', 'DatLai@20261')).status).toBe(200);

    const dup = runCli(['create-admin', '--username', 'ops.admin', '--password', 'VanHanh@2026'], env);
    expect(dup.status).toBe(1);
    expect(dup.stdout).toMatch(/already exists/);
  });
});

describe('durability', () => {
  it('keeps every acknowledged write after SIGKILL, and the database reopens cleanly', async () => {
    const s = await httpLogin(server!.url, 'tamthanh.quantri', PASSWORD);
    expect(s.status).toBe(200);
    const acknowledged: number[] = [];
    let next = 10;
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const n = next++;
        if (n > 999) return;
        try {
          const res = await fetch(`${server!.url}/api/units/06001/counters`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
            body: JSON.stringify({ number: n, name: `Quầy ${n}` }),
          });
          if (res.status === 201) acknowledged.push(n);
        } catch {
          return; // connection cut by the kill
        }
      }
    };
    const writers = [writer(), writer(), writer()];
    await new Promise((r) => setTimeout(r, 1500));
    server!.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await stopProcess(server!.child);
    expect(acknowledged.length).toBeGreaterThan(10);

    server = await startServerProcess(env);
    const again = await httpLogin(server.url, 'tamthanh.quantri', PASSWORD);
    const res = await fetch(`${server.url}/api/units/06001/counters`, { headers: { cookie: again.cookie } });
    const numbers = new Set(
      ((await res.json()) as { items: { number: number }[] }).items.map((c) => c.number),
    );
    const lost = acknowledged.filter((n) => !numbers.has(n));
    expect(lost).toEqual([]);
    // Each counter write also wrote its audit event in the same transaction.
    let counted = 0;
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : '';
      const page = await fetch(
        `${server.url}/api/audit-events?unitCode=06001&entityType=counter&limit=200${q}`,
        {
          headers: { cookie: again.cookie },
        },
      );
      const body = (await page.json()) as { items: unknown[]; nextCursor: string | null };
      counted += body.items.length;
      cursor = body.nextCursor;
    } while (cursor);
    expect(counted).toBe(numbers.size - 4); // the 4 demo counters were seeded without events
  });
});
