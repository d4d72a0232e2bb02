// Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite stored on
// disk (or in memory for tests). Only the data layer imports the database clients.
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Extensions the migrations use, bundled with PGlite (on PostgreSQL they come with the server). */
const PGLITE_EXTENSIONS = { pg_trgm, btree_gin };

import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import pgCopy from 'pg-copy-streams';
import { listenPostgres } from './listen.js';
import { acquireLock, type Lock } from './lock.js';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

/** Text-format COPY data (tab-separated columns, `\\N` for null, one row per line), in chunks. */
export type CopySource = AsyncIterable<string> | Iterable<string>;

/** One dedicated connection. `copyFrom` runs `COPY … FROM STDIN` (PostgreSQL only; null on PGlite). */
export type Session = Pick<Database, 'query' | 'exec'> & {
  copyFrom: ((sql: string, source: CopySource) => Promise<number>) | null;
};

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs raw SQL with positional parameters; used by migrations and health checks. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** Runs fn on one dedicated connection (session-level locks, multi-statement scripts). */
  withSession<T>(fn: (session: Session) => Promise<T>): Promise<T>;
  /** LISTEN: calls onPayload for each notice on the channel ('*' after a lost connection came back). */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  lock: Lock | null;
  close(): Promise<void>;
};

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null; now: Date };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle pooled connection can be cut by the server (restart, failover, administrator): node-postgres
    // then emits 'error' on the pool, which would crash the process without a listener. The pool drops
    // that connection and opens a new one on the next query, so logging is all that is needed.
    pool.on('error', (err) => {
      process.emitWarning(
        `PostgreSQL: kết nối rảnh bị ngắt (${(err as { code?: string }).code ?? err.message})`,
      );
    });
    // Fail fast with a clear message if the server is unreachable.
    const client = await pool.connect();
    client.release();
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      kind: 'postgres',
      db,
      lock: null,
      async query(sql, params) {
        return (await pool.query(sql, params as unknown[])).rows;
      },
      async exec(sql) {
        await pool.query(sql);
      },
      async withSession(fn) {
        const c = await pool.connect();
        try {
          return await fn({
            query: async (sql, params) => (await c.query(sql, params as unknown[])).rows,
            exec: async (sql) => {
              await c.query(sql);
            },
            copyFrom: async (sql, source) => {
              const stream = c.query(pgCopy.from(sql));
              await pipeline(Readable.from(source), stream);
              return stream.rowCount;
            },
          });
        } finally {
          c.release();
        }
      },
      listen: (channel, onPayload) => listenPostgres(opts.url, channel, onPayload),
      close: () => pool.end(),
    };
  }
  let lock: Lock | null = null;
  let client: PGlite;
  if (opts.dataDir) {
    lock = acquireLock(path.join(opts.dataDir, 'motcua.lock'), opts.now);
    try {
      client = await PGlite.create(path.join(opts.dataDir, 'pglite'), { extensions: PGLITE_EXTENSIONS });
    } catch (e) {
      lock.release();
      throw e;
    }
  } else {
    client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const session: Session = {
    copyFrom: null,
    async query(sql, params) {
      return (await client.query(sql, params)).rows as never[];
    },
    async exec(sql) {
      await client.exec(sql);
    },
  };
  return {
    kind: 'pglite',
    db,
    lock,
    ...session,
    withSession: (fn) => fn(session),
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}
