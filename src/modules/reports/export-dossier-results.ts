// Biểu II.06a/VPCP/KSTT as a file: the dossier-results report of the request, drawn by the xlsx or
// docx renderer. The table has one row per group, so it is built in the request.
import { eq } from 'drizzle-orm';
import { units } from '../../db/schema.js';
import { renderII06aDocx } from '../../documents/reports/ii06a-docx.js';
import { renderII06aXlsx } from '../../documents/reports/ii06a-xlsx.js';
import { buildII06a } from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { type DossierResultsInput, dossierResults } from './dossier-results.js';

export const EXPORT_FORMATS = [
  { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
] as const;
export type ExportExtension = (typeof EXPORT_FORMATS)[number]['extension'];

export async function exportDossierResults(
  deps: Deps,
  ctx: RequestContext,
  extension: ExportExtension,
  input: DossierResultsInput,
): Promise<{ name: string; content: Buffer }> {
  const report = await dossierResults(deps, ctx, input);
  const [unit] = await deps.database.db.select().from(units).where(eq(units.code, report.unitCode));
  const [parent] = unit?.parentId
    ? await deps.database.db.select().from(units).where(eq(units.id, unit.parentId))
    : [];
  const model = buildII06a({
    unitName: report.unitName,
    superiorName: parent?.name ?? null,
    period: report,
    groupBy: report.groupBy,
    rows: report.rows,
    total: report.total,
  });
  const content = extension === 'xlsx' ? await renderII06aXlsx(model) : await renderII06aDocx(model);
  return { name: `bieu-II06a-${report.unitCode}-${report.from}-${report.to}.${extension}`, content };
}
