import crypto from 'node:crypto';
import type { Database } from '../../src/db/database.js';

const TABLES = [
  'units',
  'departments',
  'counters',
  'accounts',
  'officer_assignments',
  'api_tokens',
  'audit_events',
];

/** A hash of every business table's rows: equal before and after means nothing was written. */
export async function fingerprint(database: Database, extraTables: string[] = []): Promise<string> {
  const h = crypto.createHash('sha256');
  for (const t of [...TABLES, ...extraTables]) {
    const rows = await database.query(`SELECT to_jsonb(x) AS j FROM ${t} x ORDER BY 1::text`);
    const sorted = rows.map((r) => JSON.stringify((r as { j: unknown }).j)).sort();
    h.update(`${t}:${sorted.join('\n')}`);
  }
  return h.digest('hex');
}
