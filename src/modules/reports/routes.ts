import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page } from '../../contract/common.js';
import { dossierSummary } from '../../contract/dossiers.js';
import {
  dossierResultsDrillDownQuery,
  dossierResultsQuery,
  dossierResults as dossierResultsSchema,
  periodPresetsQuery,
  periodPresets as periodPresetsSchema,
} from '../../contract/reports.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { dossierResults } from './dossier-results.js';
import { EXPORT_FORMATS, exportDossierResults } from './export-dossier-results.js';
import { listFigureDossiers } from './list-figure-dossiers.js';
import { listPeriodPresets } from './list-period-presets.js';

const tags = ['Báo cáo thống kê'];

export async function reportRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/reports/dossier-results',
    {
      schema: {
        tags,
        summary: 'Tình hình, kết quả giải quyết hồ sơ trong kỳ (cơ sở của Biểu II.06a/b), theo nhóm',
        querystring: dossierResultsQuery,
        response: { 200: dossierResultsSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) =>
      dossierResults(deps, requireActor(req, 'reports:read'), {
        ...req.query,
        includeChildren: req.query.includeChildren === 'true',
      }),
  );
  r.get(
    '/api/reports/dossier-results/dossiers',
    {
      schema: {
        tags,
        summary:
          'Danh sách hồ sơ tạo nên một số liệu của báo cáo (một dòng hoặc tổng cộng), phân trang keyset',
        querystring: dossierResultsDrillDownQuery,
        response: { 200: page(dossierSummary), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) =>
      listFigureDossiers(deps, requireActor(req, 'reports:read'), {
        ...req.query,
        includeChildren: req.query.includeChildren === 'true',
      }),
  );
  r.get(
    '/api/reports/periods',
    {
      schema: {
        tags,
        summary: 'Các kỳ báo cáo gợi ý cho một ngày: theo lịch và theo kỳ số liệu (15 → 14), kèm kỳ trước',
        querystring: periodPresetsQuery,
        response: { 200: periodPresetsSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      requireActor(req, 'reports:read');
      return listPeriodPresets(req.query.date);
    },
  );
  for (const format of EXPORT_FORMATS) {
    r.get(
      `/api/reports/dossier-results.${format.extension}`,
      {
        schema: {
          tags,
          summary: `Biểu II.06a/VPCP/KSTT dạng ${format.extension} (cùng tham số với báo cáo JSON)`,
          querystring: dossierResultsQuery,
          response: { 200: z.any().describe(format.mime), ...errors(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        const ctx = requireActor(req, 'reports:read');
        const file = await exportDossierResults(deps, ctx, format.extension, {
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
