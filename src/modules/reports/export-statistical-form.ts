// Biểu II.06b and II.07b as files: the form's layout model from its use case, drawn as xlsx or docx.
import type { Deps, RequestContext } from '../../platform/deps.js';
import { type ExportExtension, renderForm } from './form-file.js';
import { formII06b, type StatisticalFormInput } from './form-ii06b.js';
import { formII07b } from './form-ii07b.js';

export const STATISTICAL_FORMS = {
  ii06b: { build: formII06b, file: 'bieu-II06b', title: 'Biểu II.06b/VPCP/KSTT' },
  ii07b: { build: formII07b, file: 'bieu-II07b', title: 'Biểu II.07b/VPCP/KSTT' },
} as const;
export type StatisticalFormId = keyof typeof STATISTICAL_FORMS;

export async function exportStatisticalForm(
  deps: Deps,
  ctx: RequestContext,
  form: StatisticalFormId,
  extension: ExportExtension,
  input: StatisticalFormInput,
): Promise<{ name: string; content: Buffer }> {
  const spec = STATISTICAL_FORMS[form];
  const report = await spec.build(deps, ctx, input);
  return {
    name: `${spec.file}-${report.unitCode}-${report.from}-${report.to}.${extension}`,
    content: await renderForm(report.form, extension),
  };
}
