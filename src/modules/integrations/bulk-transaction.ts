// One transaction for set-based bulk writes, on either database: on PostgreSQL a dedicated connection
// whose loads use COPY … FROM STDIN; on PGlite a Drizzle transaction (PGlite serializes transactions,
// so requests running at the same time never interleave with it) whose loads are multi-row INSERTs
// from a JSON array. The SQL is otherwise the same.
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';

export type BulkCell = string | number | boolean | null;

export type BulkTx = {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Appends rows (values in `columns` order) to a table. */
  load(table: string, columns: readonly string[], rows: readonly (readonly BulkCell[])[]): Promise<void>;
};

const copyText = (v: BulkCell): string => {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = String(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
};

function* copyLines(rows: readonly (readonly BulkCell[])[]) {
  const size = 2000;
  for (let i = 0; i < rows.length; i += size) {
    let text = '';
    for (const row of rows.slice(i, i + size)) text += `${row.map(copyText).join('\t')}\n`;
    yield text;
  }
}

/** `$1`-style SQL text and parameters as a Drizzle query. */
function rawSql(text: string, params: unknown[] = []): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  for (let i = 0; i < parts.length; i++)
    chunks.push(i % 2 === 0 ? sql.raw(parts[i]!) : sql`${params[Number(parts[i]) - 1]}`);
  return sql.join(chunks);
}

export async function inBulkTransaction<T>(database: Database, fn: (tx: BulkTx) => Promise<T>): Promise<T> {
  if (database.kind === 'postgres')
    return database.withSession(async (session) => {
      const copyFrom = session.copyFrom!;
      await session.exec('BEGIN');
      try {
        const result = await fn({
          query: (text, params) => session.query(text, params),
          async load(table, columns, rows) {
            if (rows.length)
              await copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, copyLines(rows));
          },
        });
        await session.exec('COMMIT');
        return result;
      } catch (e) {
        await session.exec('ROLLBACK').catch(() => {});
        throw e;
      }
    });
  return database.db.transaction(async (tx) =>
    fn({
      async query<R>(text: string, params?: unknown[]) {
        const r = (await tx.execute(rawSql(text, params))) as unknown as { rows: R[] };
        return r.rows;
      },
      async load(table, columns, rows) {
        const list = columns.join(', ');
        for (let i = 0; i < rows.length; i += 1000) {
          const json = JSON.stringify(
            rows.slice(i, i + 1000).map((row) => Object.fromEntries(columns.map((c, k) => [c, row[k]]))),
          );
          await tx.execute(
            rawSql(
              `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`,
              [json],
            ),
          );
        }
      },
    }),
  );
}
