import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiToken, createApiTokenBody, createdApiToken } from '../../contract/tokens.js';
import { idParam } from '../../contract/units.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { createApiToken } from './create-api-token.js';
import { listApiTokens } from './list-api-tokens.js';
import { revokeApiToken } from './revoke-api-token.js';

const tags = ['Mã truy cập API'];

export async function tokenRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/api-tokens',
    {
      schema: {
        tags,
        summary: 'Mã truy cập của hệ thống bên ngoài',
        querystring: z.object({ unitCode: z.string().optional() }),
        response: { 200: z.object({ items: z.array(apiToken) }), ...errors(401, 403, 404) },
      },
    },
    async (req) => listApiTokens(deps, requireActor(req, 'tokens:manage'), req.query.unitCode),
  );
  r.post(
    '/api/api-tokens',
    {
      schema: {
        tags,
        summary: 'Cấp mã truy cập (chỉ hiển thị một lần)',
        body: createApiTokenBody,
        response: { 201: createdApiToken, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createApiToken(deps, requireActor(req, 'tokens:manage'), req.body)),
  );
  r.delete(
    '/api/api-tokens/:id',
    {
      schema: {
        tags,
        summary: 'Thu hồi mã truy cập',
        params: idParam,
        response: { 204: z.null(), ...errors(401, 403, 404) },
      },
    },
    async (req, reply) => {
      await revokeApiToken(deps, requireActor(req, 'tokens:manage'), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
