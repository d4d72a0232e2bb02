import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createdSource,
  createSourceBody,
  ingestBody,
  ingestResponse,
  integrationSource,
} from '../../contract/integrations.js';
import {
  reconciliation,
  reconciliationDifferences,
  reconciliationDifferencesQuery,
  reconciliationQuery,
} from '../../contract/reconciliation.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { createSource } from './create-source.js';
import { ingestDossiers } from './ingest-dossiers.js';
import { listReconciliationDifferences } from './list-reconciliation-differences.js';
import { listSources } from './list-sources.js';
import { reconcileSources } from './reconcile-sources.js';

const tags = ['Tích hợp hệ thống nguồn'];

export async function integrationRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/integrations/sources',
    {
      schema: {
        tags,
        summary: 'Hệ thống nguồn và tình trạng kết nối',
        response: { 200: z.object({ items: z.array(integrationSource) }), ...errors(401, 403) },
      },
    },
    async (req) => listSources(deps, requireActor(req, 'tokens:manage')),
  );
  r.post(
    '/api/integrations/sources',
    {
      schema: {
        tags,
        summary: 'Đăng ký hệ thống nguồn (mã truy cập chỉ hiển thị một lần)',
        body: createSourceBody,
        response: { 201: createdSource, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createSource(deps, requireActor(req, 'tokens:manage'), req.body)),
  );
  r.post(
    '/api/integrations/dossiers',
    {
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Nhận hồ sơ từ hệ thống nguồn (định dạng đồng bộ Cổng DVCQG), kết quả theo từng hồ sơ',
        body: ingestBody,
        response: { 200: ingestResponse, ...errors(400, 401, 403) },
      },
    },
    async (req) => ingestDossiers(deps, requireActor(req, 'dossiers:ingest'), req.body),
  );
  r.get(
    '/api/integrations/reconciliation',
    {
      schema: {
        tags,
        summary: 'Đối soát dữ liệu: số hồ sơ theo trạng thái ở hệ thống nguồn, Một cửa và Cổng DVCQG',
        querystring: reconciliationQuery,
        response: { 200: reconciliation, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) =>
      reconcileSources(deps, requireActor(req, 'reports:read'), {
        ...req.query,
        includeChildren: req.query.includeChildren === 'true',
      }),
  );
  r.get(
    '/api/integrations/reconciliation/differences',
    {
      schema: {
        tags,
        summary: 'Đối soát dữ liệu: hồ sơ chênh lệch của một hệ thống nguồn và lý do',
        querystring: reconciliationDifferencesQuery,
        response: { 200: reconciliationDifferences, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) =>
      listReconciliationDifferences(deps, requireActor(req, 'reports:read'), {
        ...req.query,
        includeChildren: req.query.includeChildren === 'true',
      }),
  );
}
