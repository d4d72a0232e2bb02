import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page } from '../../contract/common.js';
import { idParam } from '../../contract/units.js';
import {
  createUserBody,
  listUsersQuery,
  resetPasswordBody,
  transferUserBody,
  updateUserBody,
  user,
} from '../../contract/users.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { createUser } from './create-user.js';
import { getUser, listUsers } from './list-users.js';
import { resetPassword } from './reset-password.js';
import { transferUser } from './transfer-user.js';
import { updateUser } from './update-user.js';

const tags = ['Người dùng'];

export async function userRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Danh sách cán bộ trong phạm vi quản lý',
        querystring: listUsersQuery,
        response: { 200: page(user), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listUsers(deps, requireActor(req, 'users:manage'), req.query),
  );
  r.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Tạo tài khoản cán bộ (mật khẩu tạm, bắt buộc đổi khi đăng nhập lần đầu)',
        body: createUserBody,
        response: { 201: user, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createUser(deps, requireActor(req, 'users:manage'), req.body)),
  );
  r.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết cán bộ',
        params: idParam,
        response: { 200: user, ...errors(401, 403, 404) },
      },
    },
    async (req) => getUser(deps, requireActor(req, 'users:manage'), req.params.id),
  );
  r.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Cập nhật cán bộ (thông tin, vai trò, phòng, khóa/mở)',
        params: idParam,
        body: updateUserBody,
        response: { 200: user, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => updateUser(deps, requireActor(req, 'users:manage'), req.params.id, req.body),
  );
  r.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu (quản trị)',
        params: idParam,
        body: resetPasswordBody,
        response: { 204: z.null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await resetPassword(deps, requireActor(req, 'users:manage'), req.params.id, req.body.newPassword);
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/api/users/:id/transfer',
    {
      schema: {
        tags,
        summary: 'Điều chuyển cán bộ sang đơn vị/phòng khác, bàn giao công việc cho người kế nhiệm',
        params: idParam,
        body: transferUserBody,
        response: { 200: user, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => transferUser(deps, requireActor(req, 'users:manage'), req.params.id, req.body),
  );
}
