// A fresh database per test file: in-memory PGlite by default, or a new PostgreSQL database
// created under TEST_DATABASE_URL (dropped afterwards) when that variable is set.
import crypto from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';

export type TestDatabase = { database: Database; url: string | null; drop(): Promise<void> };

export const usingPostgres = () => Boolean(process.env.TEST_DATABASE_URL);

export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  let database: Database;
  let url: string | null = null;
  let drop = async () => {};
  if (base) {
    const name = `motcua_t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    url = u.toString();
    database = await openDatabase({ kind: 'postgres', url, poolSize: 5 });
    drop = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    database = await openDatabase({ kind: 'pglite', dataDir: null, now: new Date() });
  }
  if (opts.migrate !== false) await migrate(database);
  return {
    database,
    url,
    async drop() {
      await database.close().catch(() => {});
      await drop();
    },
  };
}
