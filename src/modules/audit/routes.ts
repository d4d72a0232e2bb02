import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditEvent, listAuditQuery } from '../../contract/audit.js';
import { page } from '../../contract/common.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { listAuditEvents } from './list-audit-events.js';

export async function auditRoutes(app: FastifyInstance, deps: Deps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit-events',
    {
      schema: {
        tags: ['Nhật ký'],
        summary: 'Nhật ký thao tác (chỉ đọc, mới nhất trước)',
        querystring: listAuditQuery,
        response: { 200: page(auditEvent), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listAuditEvents(deps, requireActor(req, 'audit:read'), req.query),
  );
}
