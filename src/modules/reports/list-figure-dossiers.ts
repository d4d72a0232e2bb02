// Drill-down of the dossier-results report: the dossiers behind one figure of one row (or of the
// total), as the console's dossier page. The placement is the report's own CTE and figure filter
// (dossier-results-sql.ts), so the list length always equals the figure.
import { and, eq, inArray } from 'drizzle-orm';
import type { DossierSummary } from '../../contract/dossiers.js';
import type { ReportFigure } from '../../contract/reports.js';
import { accounts, dossiers, units } from '../../db/schema.js';
import { periodBounds } from '../../domain/reports/index.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { presentSummary } from '../dossiers/present.js';
import { dossierScope } from '../dossiers/repository.js';
import { type DossierResultsInput, reportUnits, validatePeriod } from './dossier-results.js';
import { figureDossiersSql } from './dossier-results-sql.js';
import { runReportQuery } from './report-query.js';

export type FigureDossiersInput = DossierResultsInput & {
  figure: ReportFigure;
  key?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

export async function listFigureDossiers(
  deps: Deps,
  ctx: RequestContext,
  input: FigureDossiersInput,
): Promise<{ items: DossierSummary[]; nextCursor: string | null }> {
  validatePeriod(input);
  const { db } = deps.database;
  const { covered } = await reportUnits(db, ctx, input.unitCode, input.includeChildren);
  let key = input.key ?? null;
  if (key !== null && input.groupBy === 'unit') {
    // The report names a unit row by its code; the query groups by the unit id.
    const unit = covered.find((u) => u.code === key);
    if (!unit) throw notFound('Không tìm thấy đơn vị');
    key = unit.id;
  }
  const after = decodeCursor<{ t: string; id: string }>(input.cursor);
  const { start, end } = periodBounds(input);
  const placed = await runReportQuery<{ id: string; cursor_at: string }>(
    deps,
    figureDossiersSql(input.groupBy, input.figure),
    [
      covered.map((u) => u.id),
      new Date(start).toISOString(),
      new Date(end).toISOString(),
      input.to,
      key,
      after ? String(after.t) : null,
      after ? after.id : null,
      input.limit + 1,
    ],
  );
  const page = placed.slice(0, input.limit);
  const rows = page.length
    ? await db
        .select({ d: dossiers, unitCode: units.code, assignee: accounts.fullName })
        .from(dossiers)
        .innerJoin(units, eq(units.id, dossiers.unitId))
        .leftJoin(accounts, eq(accounts.id, dossiers.assigneeId))
        .where(
          and(
            inArray(
              dossiers.id,
              page.map((p) => p.id),
            ),
            dossierScope(ctx.actor),
          ),
        )
    : [];
  const byId = new Map(rows.map((r) => [r.d.id, r]));
  const calendar = covered.length === 1 ? await unitCalendar(db, covered[0]!) : null;
  const now = deps.clock.now().getTime();
  const items = page.flatMap((p) => {
    const r = byId.get(p.id);
    return r ? [presentSummary(r.d, r.unitCode, { assignee: r.assignee }, calendar, now)] : [];
  });
  const last = placed.length > input.limit ? page[page.length - 1] : undefined;
  return {
    items,
    nextCursor: last ? encodeCursor({ t: last.cursor_at, id: last.id }) : null,
  };
}
