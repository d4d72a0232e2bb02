import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dossierIdParam } from '../../../contract/dossiers.js';
import { dossierNationalSync, outboundDestination } from '../../../contract/outbound-sync.js';
import { requireActor } from '../../../http/access.js';
import { errors } from '../../../http/responses.js';
import type { Deps } from '../../../platform/deps.js';
import { getDossierNationalSync } from './get-dossier-sync.js';
import { listOutboundDestinations } from './list-destinations.js';
import { resendNationalSync } from './resend-national-sync.js';

const tags = ['Đồng bộ Cổng DVCQG'];

export async function outboundSyncRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/dossiers/:id/national-sync',
    {
      schema: {
        tags,
        summary: 'Tình trạng đồng bộ hồ sơ lên Cổng DVCQG: đã gửi, đang chờ, lỗi',
        params: dossierIdParam,
        response: { 200: dossierNationalSync, ...errors(401, 403, 404) },
      },
    },
    async (req) => getDossierNationalSync(deps, requireActor(req, 'dossiers:read'), req.params.id),
  );
  r.post(
    '/api/dossiers/:id/national-sync/resend',
    {
      schema: {
        tags,
        summary:
          'Gửi lại hồ sơ lên Cổng DVCQG sau khi Cổng từ chối (đã sửa hồ sơ): xếp bản ghi hiện tại vào hàng đợi gửi',
        params: dossierIdParam,
        response: { 200: dossierNationalSync, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => resendNationalSync(deps, requireActor(req, 'dossiers:read'), req.params.id),
  );
  r.get(
    '/api/integrations/outbound',
    {
      schema: {
        tags,
        summary:
          'Tình trạng gửi dữ liệu đi theo nơi nhận và đơn vị: đang chờ, cũ nhất, lỗi gần nhất, lần gửi được gần nhất',
        response: { 200: z.object({ items: z.array(outboundDestination) }), ...errors(401, 403) },
      },
    },
    async (req) => listOutboundDestinations(deps, requireActor(req, 'dossiers:read')),
  );
}
