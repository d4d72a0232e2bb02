// Catalog browsing: procedures in force today, by field and words of the name (diacritics optional),
// keyset-paginated by code; and the list of fields with their procedure counts.
import { and, asc, eq, gt, like, sql } from 'drizzle-orm';
import { procedures } from '../../db/schema.js';
import { escapeLike, foldVietnamese } from '../../domain/format/search.js';
import { localDateOf } from '../../domain/time/local-date.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps } from '../../platform/deps.js';
import { inForceOn, presentProcedureSummary } from './repository.js';

export type ListProceduresInput = {
  q?: string | undefined;
  fieldCode?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

export async function listProcedures(deps: Deps, input: ListProceduresInput) {
  const today = localDateOf(deps.clock.now().getTime());
  const after = decodeCursor<{ code: string }>(input.cursor);
  const words = input.q ? foldVietnamese(input.q).split(' ').filter(Boolean) : [];
  const rows = await deps.database.db
    .select()
    .from(procedures)
    .where(
      and(
        inForceOn(today),
        input.fieldCode ? eq(procedures.fieldCode, input.fieldCode) : undefined,
        after ? gt(procedures.code, String(after.code)) : undefined,
        ...words.map((w) => like(procedures.nameSearch, `%${escapeLike(w)}%`)),
      ),
    )
    .orderBy(asc(procedures.code))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit).map(presentProcedureSummary);
  const last = rows.length > input.limit ? items[items.length - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor({ code: last.code }) : null };
}

export async function listFields(deps: Deps) {
  const today = localDateOf(deps.clock.now().getTime());
  const rows = await deps.database.db
    .select({
      code: procedures.fieldCode,
      name: procedures.fieldName,
      procedures: sql<number>`count(*)::int`,
    })
    .from(procedures)
    .where(inForceOn(today))
    .groupBy(procedures.fieldCode, procedures.fieldName)
    .orderBy(asc(procedures.fieldName));
  return { items: rows.map((r) => ({ ...r, procedures: Number(r.procedures) })) };
}
