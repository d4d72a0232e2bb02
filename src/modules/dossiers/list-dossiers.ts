// Console lists: a queue or a search over the dossiers of the actor's units, keyset-paginated — by due
// date for work queues, newest received first otherwise — so pages stay fast with millions of rows.
import { and, asc, desc, eq, gt, gte, inArray, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { DossierQueue, DossierSummary } from '../../contract/dossiers.js';
import type { Executor } from '../../db/database.js';
import { accounts, dossierSources, dossiers, integrationSources, units } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { escapeLike, foldVietnamese } from '../../domain/format/search.js';
import { startOfLocalDate } from '../../domain/time/local-date.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { presentSummary } from './present.js';
import { BY_DUE, queueCondition } from './queues.js';
import { dossierScope } from './repository.js';

export type ListDossiersInput = {
  unitCode?: string | undefined;
  queue: DossierQueue;
  q?: string | undefined;
  state?: string | undefined;
  procedureCode?: string | undefined;
  source?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

/** The unit rows a console request covers: the named unit, or the officer's own unit. */
export async function consoleUnits(db: Executor, actor: Actor, unitCode: string | undefined) {
  if (unitCode) return [await resolveScopedUnit(db, actor, unitCode)];
  if (actor.unitId) {
    const [own] = await db.select().from(units).where(eq(units.id, actor.unitId));
    return own ? [own] : [];
  }
  return [];
}

function searchCondition(q: string): SQL {
  const text = q.trim();
  if (/^[\dA-Za-z]{2,12}-\d{6}-\d{4,}$/.test(text)) return eq(dossiers.code, text);
  if (/^\d{9,13}(-\d{3})?$/.test(text)) return eq(dossiers.ownerIdNumber, text);
  const folded = escapeLike(foldVietnamese(text));
  const byName = or(like(dossiers.ownerSearch, `${folded}%`), like(dossiers.ownerSearch, `% ${folded}%`))!;
  // A partial dossier code has digits; a name has none (keeps the name search on its indexes).
  return /\d/.test(text) ? or(byName, like(dossiers.code, `${escapeLike(text)}%`))! : byName;
}

/** Dossiers of a source system: its own code, or linked to it (dossier_sources). */
function sourceCondition(code: string): SQL {
  return or(
    eq(dossiers.source, code),
    sql`EXISTS (SELECT 1 FROM ${dossierSources} JOIN ${integrationSources} ON ${integrationSources.id} = ${dossierSources.sourceId} WHERE ${dossierSources.dossierId} = ${dossiers.id} AND ${integrationSources.code} = ${code})`,
  )!;
}

/** The source systems linked to each dossier of a page (one query), ordered by source code. */
async function sourcesOf(db: Executor, ids: string[]) {
  const out = new Map<string, { code: string; name: string; externalCode: string }[]>();
  if (!ids.length) return out;
  const rows = await db
    .select({
      dossierId: dossierSources.dossierId,
      code: integrationSources.code,
      name: integrationSources.name,
      externalCode: dossierSources.externalCode,
    })
    .from(dossierSources)
    .innerJoin(integrationSources, eq(integrationSources.id, dossierSources.sourceId))
    .where(inArray(dossierSources.dossierId, ids))
    .orderBy(asc(integrationSources.code));
  for (const { dossierId, ...s } of rows) out.set(dossierId, [...(out.get(dossierId) ?? []), s]);
  return out;
}

export async function listDossiers(deps: Deps, ctx: RequestContext, input: ListDossiersInput) {
  const { db } = deps.database;
  const now = deps.clock.now().getTime();
  const citizen = ctx.actor.kind === 'citizen' || ctx.actor.kind === 'organisation';
  const scopeUnits = citizen ? [] : await consoleUnits(db, ctx.actor, input.unitCode);
  const calendar = scopeUnits.length === 1 ? await unitCalendar(db, scopeUnits[0]!) : null;
  const byDue = BY_DUE.has(input.queue) && !input.q;
  const after = decodeCursor<{ t: number | null; id: string }>(input.cursor);

  const where: (SQL | undefined)[] = [
    dossierScope(ctx.actor),
    citizen
      ? undefined
      : inArray(
          dossiers.unitId,
          scopeUnits.length ? scopeUnits.map((u) => u.id) : ['00000000-0000-0000-0000-000000000000'],
        ),
    queueCondition(input.queue, { actorId: ctx.actor.id, now, calendar }),
    input.q ? searchCondition(input.q) : undefined,
    input.state ? eq(dossiers.state, input.state as never) : undefined,
    input.procedureCode ? eq(dossiers.procedureCode, input.procedureCode) : undefined,
    input.source ? sourceCondition(input.source) : undefined,
    input.from ? gte(dossiers.receivedAt, startOfLocalDate(input.from)) : undefined,
    input.to
      ? lt(dossiers.receivedAt, new Date(startOfLocalDate(input.to).getTime() + 86_400_000))
      : undefined,
  ];
  if (after) {
    const t = after.t === null ? null : new Date(after.t);
    if (byDue) {
      where.push(
        t === null
          ? and(sql`${dossiers.dueAt} IS NULL`, gt(dossiers.id, after.id))
          : or(
              gt(dossiers.dueAt, t),
              and(eq(dossiers.dueAt, t), gt(dossiers.id, after.id)),
              sql`${dossiers.dueAt} IS NULL`,
            ),
      );
    } else {
      where.push(
        t === null
          ? and(sql`${dossiers.receivedAt} IS NULL`, lt(dossiers.id, after.id))
          : or(
              lt(dossiers.receivedAt, t),
              and(eq(dossiers.receivedAt, t), lt(dossiers.id, after.id)),
              sql`${dossiers.receivedAt} IS NULL`,
            ),
      );
    }
  }
  const rows = await db
    .select({ d: dossiers, unitCode: units.code, assignee: accounts.fullName })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .leftJoin(accounts, eq(accounts.id, dossiers.assigneeId))
    .where(and(...where))
    .orderBy(
      ...(byDue
        ? [sql`${dossiers.dueAt} ASC NULLS LAST`, asc(dossiers.id)]
        : [sql`${dossiers.receivedAt} DESC NULLS LAST`, desc(dossiers.id)]),
    )
    .limit(input.limit + 1);
  const pageRows = rows.slice(0, input.limit);
  const links = await sourcesOf(
    db,
    pageRows.map((r) => r.d.id),
  );
  const items: DossierSummary[] = pageRows.map((r) => ({
    ...presentSummary(r.d, r.unitCode, { assignee: r.assignee }, calendar, now),
    sources: links.get(r.d.id) ?? [],
  }));
  const last = rows.length > input.limit ? rows[input.limit - 1]!.d : undefined;
  const key = last ? (byDue ? last.dueAt : last.receivedAt) : null;
  return {
    items,
    nextCursor: last ? encodeCursor({ t: key ? key.getTime() : null, id: last.id }) : null,
  };
}
