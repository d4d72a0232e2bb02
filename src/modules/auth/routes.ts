import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBody, loginBody, session } from '../../contract/auth.js';
import { requireActor, requireSession } from '../../http/access.js';
import { SESSION_COOKIE } from '../../http/cookies.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import { authenticateSession } from './authenticate.js';
import { changePassword } from './change-password.js';
import { getMe } from './get-me.js';
import { login } from './login.js';
import { logout } from './logout.js';

const tags = ['Xác thực'];

export async function authRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = (req: FastifyRequest) =>
    deps.config.cookieSecure === 'true' || (deps.config.cookieSecure === 'auto' && req.protocol === 'https');
  const clearCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' });

  r.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu; đặt cookie phiên',
        body: loginBody,
        response: { 200: session, ...errors(400, 401, 403, 429) },
        security: [],
      },
    },
    async (req, reply) => {
      const result = await login(deps, {
        ...req.body,
        ip: req.ip ?? null,
        userAgent: req.headers['user-agent'] ?? null,
        requestId: String(req.id),
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(req),
        path: '/',
        expires: result.expiresAt,
      });
      const auth = await authenticateSession(deps, result.sessionToken);
      if (!auth) throw new DomainError('unauthenticated', 'AUTH_REQUIRED', 'Vui lòng đăng nhập');
      return { user: await getMe(deps, auth), csrfToken: auth.csrfToken };
    },
  );

  r.get(
    '/api/auth/me',
    {
      schema: {
        tags,
        summary: 'Tài khoản đang đăng nhập và mã CSRF',
        response: { 200: session, ...errors(401, 403) },
      },
    },
    async (req) => {
      const { session: auth } = requireSession(req);
      return { user: await getMe(deps, auth), csrfToken: auth.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      schema: { tags, summary: 'Đăng xuất phiên hiện tại', response: { 204: z.null(), ...errors(401, 403) } },
    },
    async (req, reply) => {
      const { ctx, session: auth } = requireSession(req);
      await logout(deps, ctx, auth.sessionId, false);
      clearCookie(reply);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/logout-all',
    {
      schema: {
        tags,
        summary: 'Đăng xuất khỏi mọi thiết bị',
        response: { 204: z.null(), ...errors(401, 403) },
      },
    },
    async (req, reply) => {
      const { ctx, session: auth } = requireSession(req);
      await logout(deps, ctx, auth.sessionId, true);
      clearCookie(reply);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/change-password',
    {
      schema: {
        tags,
        summary: 'Đổi mật khẩu của chính mình (các phiên khác bị đăng xuất)',
        body: changePasswordBody,
        response: { 204: z.null(), ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const { ctx, session: auth } = requireSession(req);
      requireActor(req);
      await changePassword(deps, ctx, auth.sessionId, req.body);
      return reply.status(204).send(null);
    },
  );
}
