// Runs a report query (the wide placement CASE) without JIT: compiling it costs seconds on
// PostgreSQL and buys nothing for a row-bound scan.
import type { Deps } from '../../platform/deps.js';

export async function runReportQuery<T>(deps: Deps, sql: string, params: unknown[]): Promise<T[]> {
  return deps.database.withSession(async (session) => {
    await session.exec('SET jit = off');
    try {
      return await session.query<T>(sql, params);
    } finally {
      await session.exec('RESET jit');
    }
  });
}
