// Biểu II.05a/b as xlsx or docx: the report of the request drawn by the shared statistical-form renderers.
import type { FeedbackReportQuery } from '../../contract/feedback.js';
import { renderStatisticalFormDocx } from '../../documents/reports/form-docx.js';
import { renderStatisticalFormXlsx } from '../../documents/reports/form-xlsx.js';
import { buildII05 } from '../../domain/feedback/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import type { ExportExtension } from '../reports/export-dossier-results.js';
import { feedbackReport } from './feedback-report.js';

export async function exportFeedbackReport(
  deps: Deps,
  ctx: RequestContext,
  extension: ExportExtension,
  input: FeedbackReportQuery,
): Promise<{ name: string; content: Buffer }> {
  const report = await feedbackReport(deps, ctx, input);
  const model = buildII05({
    form: report.form,
    unitName: report.unitName,
    superiorName: report.superiorName,
    period: report,
    rows: report.rows,
    total: report.total,
  });
  const content =
    extension === 'xlsx' ? await renderStatisticalFormXlsx(model) : await renderStatisticalFormDocx(model);
  const code = report.form === 'ii05a' ? 'II05a' : 'II05b';
  return { name: `bieu-${code}-${report.unitCode}-${report.from}-${report.to}.${extension}`, content };
}
