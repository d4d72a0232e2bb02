import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../src/db/migrate.js';
import * as schema from '../../src/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ migrate: false });
}, 60_000);
afterAll(() => t?.drop());

describe('migrations', () => {
  it('apply once, then are a no-op', async () => {
    const first = await migrate(t.database);
    expect(first.applied).toEqual(listMigrations().map((m) => m.version));
    const second = await migrate(t.database);
    expect(second.applied).toEqual([]);
  });

  it('refuse to run when an applied migration was edited', async () => {
    await t.database.query("UPDATE schema_migrations SET checksum = 'x' WHERE version = '0001_foundation'");
    await expect(migrate(t.database)).rejects.toThrow(/was changed after it was applied/);
    const m = listMigrations().find((x) => x.version === '0001_foundation')!;
    await t.database.query('UPDATE schema_migrations SET checksum = $1 WHERE version = $2', [
      m.checksum,
      m.version,
    ]);
  });

  it('match the Drizzle table definitions column for column', async () => {
    const rows = await t.database.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
    );
    const inDb = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    const tables = (Object.values(schema) as unknown[]).filter(
      (v): v is PgTable => typeof v === 'object' && v !== null && 'getSQL' in v,
    );
    expect(tables.length).toBeGreaterThan(5);
    const missing: string[] = [];
    for (const table of tables) {
      for (const col of Object.values(getTableColumns(table))) {
        const key = `${getTableName(table)}.${col.name}`;
        if (!inDb.has(key)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('audit trail', () => {
  it('is append-only: updates, deletes and truncation are refused', async () => {
    await t.database.query(
      "INSERT INTO audit_events (at, actor_kind, actor_name, action, entity_type, entity_id) VALUES (now(), 'system', 'test', 'unit.created', 'unit', 'x')",
    );
    await expect(t.database.query("UPDATE audit_events SET action = 'forged'")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(t.database.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    const rows = await t.database.query<{ action: string }>('SELECT action FROM audit_events');
    expect(rows.map((r) => r.action)).toEqual(['unit.created']);
  });
});
