import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page } from '../../contract/common.js';
import {
  dashboardDossiersQuery,
  dashboardOverview as dashboardOverviewSchema,
  dashboardQuery,
  dashboardTrendsQuery,
  dashboardTrends as dashboardTrendsSchema,
} from '../../contract/dashboard.js';
import { dossierSummary } from '../../contract/dossiers.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { createChangeFeed } from './change-feed.js';
import { openChangeStream } from './change-stream.js';
import { dashboardUnits } from './dashboard-units.js';
import { listDashboardDossiers } from './list-figure-dossiers.js';
import { dashboardOverview } from './overview.js';
import { dashboardTrends } from './trends.js';

const tags = ['Bảng điều hành'];

export async function dashboardRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const feed = createChangeFeed(deps.database);
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of streams) end();
    await feed.close();
  });

  r.get(
    '/api/dashboard/overview',
    {
      schema: {
        tags,
        summary: 'Số liệu tức thời: tiếp nhận hôm nay, sắp đến hạn, quá hạn (theo phòng, theo cán bộ)',
        querystring: dashboardQuery,
        response: { 200: dashboardOverviewSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => dashboardOverview(deps, requireActor(req, 'reports:read'), req.query),
  );
  r.get(
    '/api/dashboard/trends',
    {
      schema: {
        tags,
        summary: 'Tỷ lệ đúng hạn theo tuần, tiếp nhận theo lĩnh vực và kênh, so sánh các xã (cấp tỉnh)',
        querystring: dashboardTrendsQuery,
        response: { 200: dashboardTrendsSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => dashboardTrends(deps, requireActor(req, 'reports:read'), req.query),
  );
  r.get(
    '/api/dashboard/dossiers',
    {
      schema: {
        tags,
        summary: 'Danh sách hồ sơ của một số liệu tức thời (theo kênh, cán bộ hoặc phòng), phân trang keyset',
        querystring: dashboardDossiersQuery,
        response: { 200: page(dossierSummary), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listDashboardDossiers(deps, requireActor(req, 'reports:read'), req.query),
  );
  r.get(
    '/api/dashboard/events',
    {
      schema: {
        tags,
        summary:
          'Luồng sự kiện (text/event-stream): "changed" với các đơn vị có hồ sơ thay đổi, trong vài giây sau thay đổi',
        querystring: dashboardQuery,
        response: { 200: z.any().describe('text/event-stream'), ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const ctx = requireActor(req, 'reports:read');
      const { covered } = await dashboardUnits(deps.database.db, ctx, req.query.unitCode);
      await openChangeStream(req, reply, feed, covered, streams);
    },
  );
}
