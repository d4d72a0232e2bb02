import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formII06b, formII07b, statisticalFormQuery } from '../../contract/statistical-forms.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import {
  exportStatisticalForm,
  STATISTICAL_FORMS,
  type StatisticalFormId,
} from './export-statistical-form.js';
import { EXPORT_FORMATS } from './form-file.js';

const tags = ['Báo cáo thống kê'];
const RESPONSES = { ii06b: formII06b, ii07b: formII07b } as const;
const SUMMARIES: Record<StatisticalFormId, string> = {
  ii06b: 'Biểu II.06b/VPCP/KSTT: tình hình, kết quả giải quyết TTHC theo cấp và lĩnh vực',
  ii07b: 'Biểu II.07b/VPCP/KSTT: số TTHC theo cơ chế một cửa, liên thông, "4 tại chỗ", mức trực tuyến',
};

/** Biểu II.06b and II.07b: JSON (figures and layout) and the xlsx / docx files, reports:read, scoped. */
export async function statisticalFormRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const form of Object.keys(STATISTICAL_FORMS) as StatisticalFormId[]) {
    r.get(
      `/api/reports/forms/${form}`,
      {
        schema: {
          tags,
          summary: SUMMARIES[form],
          querystring: statisticalFormQuery,
          response: { 200: RESPONSES[form], ...errors(400, 401, 403, 404) },
        },
      },
      async (req) =>
        STATISTICAL_FORMS[form].build(deps, requireActor(req, 'reports:read'), {
          ...req.query,
          includeChildren: req.query.includeChildren === 'true',
        }),
    );
    for (const format of EXPORT_FORMATS) {
      r.get(
        `/api/reports/forms/${form}.${format.extension}`,
        {
          schema: {
            tags,
            summary: `${STATISTICAL_FORMS[form].title} dạng ${format.extension} (cùng tham số với bản JSON)`,
            querystring: statisticalFormQuery,
            response: { 200: z.any().describe(format.mime), ...errors(400, 401, 403, 404) },
          },
        },
        async (req, reply) => {
          const ctx = requireActor(req, 'reports:read');
          const file = await exportStatisticalForm(deps, ctx, form, format.extension, {
            ...req.query,
            includeChildren: req.query.includeChildren === 'true',
          });
          return reply
            .header('content-type', format.mime)
            .header('content-disposition', `attachment; filename="${file.name}"`)
            .header('cache-control', 'no-store')
            .send(file.content);
        },
      );
    }
  }
}
