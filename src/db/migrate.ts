// Applies migrations/*.sql in order, each in its own transaction, recording them in
// schema_migrations. On PostgreSQL an advisory lock keeps several processes from racing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../platform/paths.js';
import type { Database } from './database.js';

const MIGRATION_LOCK_KEY = 7_245_001;

export type MigrationResult = { applied: string[]; total: number };

export function listMigrations(dir = path.join(projectRoot(), 'migrations')) {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = fs.readFileSync(path.join(dir, f), 'utf8');
      return {
        version: f.replace(/\.sql$/, ''),
        sql,
        checksum: crypto.createHash('sha256').update(sql).digest('hex'),
      };
    });
}

export async function migrate(database: Database): Promise<MigrationResult> {
  const migrations = listMigrations();
  return database.withSession(async (conn) => {
    await conn.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    if (database.kind === 'postgres') await conn.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const rows = await conn.query<{ version: string; checksum: string }>(
        'SELECT version, checksum FROM schema_migrations',
      );
      const done = new Map(rows.map((r) => [r.version, r.checksum]));
      const applied: string[] = [];
      for (const m of migrations) {
        const seen = done.get(m.version);
        if (seen) {
          if (seen !== m.checksum) {
            throw new Error(
              `Migration ${m.version} was changed after it was applied; add a new migration instead.`,
            );
          }
          continue;
        }
        // A multi-statement simple query runs as one implicit transaction: all or nothing.
        await conn.exec(
          `${m.sql}\n;INSERT INTO schema_migrations (version, checksum) VALUES ('${m.version}', '${m.checksum}');`,
        );
        applied.push(m.version);
      }
      return { applied, total: migrations.length };
    } finally {
      if (database.kind === 'postgres')
        await conn.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}
