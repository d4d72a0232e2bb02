import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { demoProgress } from '../../contract/demo.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { demoProgressOf } from './progress.js';

export async function demoRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/demo/progress',
    {
      schema: {
        tags: ['Dữ liệu mẫu'],
        summary: 'Tiến độ tạo lịch sử hồ sơ mẫu (chạy nền khi khởi động lần đầu)',
        response: { 200: demoProgress, ...errors(401) },
      },
    },
    async (req) => {
      requireActor(req);
      return demoProgressOf(deps.database);
    },
  );
}
