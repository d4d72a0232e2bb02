// Biểu II.06a/VPCP/KSTT as a file: the dossier-results report of the request, drawn by the xlsx or
// docx renderer. The table has one row per group, so it is built in the request.
import { buildII06a } from '../../domain/reports/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { type DossierResultsInput, dossierResults } from './dossier-results.js';
import { type ExportExtension, renderForm, superiorName } from './form-file.js';

export { EXPORT_FORMATS, type ExportExtension } from './form-file.js';

export async function exportDossierResults(
  deps: Deps,
  ctx: RequestContext,
  extension: ExportExtension,
  input: DossierResultsInput,
): Promise<{ name: string; content: Buffer }> {
  const report = await dossierResults(deps, ctx, input);
  const model = buildII06a({
    unitName: report.unitName,
    superiorName: await superiorName(deps.database.db, report.unitCode),
    period: report,
    groupBy: report.groupBy,
    rows: report.rows,
    total: report.total,
  });
  return {
    name: `bieu-II06a-${report.unitCode}-${report.from}-${report.to}.${extension}`,
    content: await renderForm(model, extension),
  };
}
