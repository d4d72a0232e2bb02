// Builds the HTTP application: plugins, authentication hook, routes, errors, web app.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticateSession, authenticateToken } from '../modules/auth/authenticate.js';
import { safeEqual } from '../modules/auth/secrets.js';
import type { Deps } from '../platform/deps.js';
import { errorHandler, sendError } from './errors.js';
import { registerMetrics } from './metrics.js';
import { registerRoutes } from './routes.js';

z.config(z.locales.vi());

import { SESSION_COOKIE } from './cookies.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_EXEMPT = new Set(['/api/auth/login']);
/** Paths with these extensions are files: a missing one is a 404, never the web app's page. */
const ASSET_EXTENSIONS = new Set([
  '.js',
  '.mjs',
  '.css',
  '.map',
  '.json',
  '.svg',
  '.png',
  '.jpg',
  '.ico',
  '.webp',
  '.woff',
  '.woff2',
  '.txt',
  '.webmanifest',
  '.pdf',
]);

export type AppOptions = { webDist?: string | null; logger?: boolean | object };

export async function buildApp(deps: Deps, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: deps.config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
            ...(typeof opts.logger === 'object' ? opts.logger : {}),
          },
    trustProxy: deps.config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : crypto.randomUUID();
    },
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: deps.config.cookieSecure === 'true',
  });
  await app.register(fastifyCookie);
  registerMetrics(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'MotCua API',
        description:
          'API của hệ thống một cửa MotCua (tiếp nhận, xử lý, trả kết quả hồ sơ thủ tục hành chính).',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // Authentication: a bearer API token, or the session cookie (with CSRF check on writes).
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      req.actor = await authenticateToken(deps, header.slice(7).trim());
      if (!req.actor)
        return sendError(reply, 401, 'AUTH_INVALID_TOKEN', 'Mã truy cập không hợp lệ hoặc đã bị thu hồi');
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await authenticateSession(deps, cookie);
    if (!session) return;
    if (STATE_CHANGING.has(req.method) && !CSRF_EXEMPT.has(req.routeOptions.url ?? '')) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
        return sendError(reply, 403, 'CSRF_INVALID', 'Phiên làm việc không hợp lệ. Vui lòng tải lại trang.');
      }
    }
    req.session = session;
    req.actor = session.actor;
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await deps.database.query('SELECT 1');
      return { status: 'ok', database: deps.database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: deps.database.kind });
    }
  });

  await app.register(async (api) => registerRoutes(api, deps));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webDist = opts.webDist;
  if (webDist && fs.existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, maxAge: '1h' });
    const indexHtml = fs.readFileSync(path.join(webDist, 'index.html'));
    app.setNotFoundHandler((req, reply) => {
      if (
        req.method === 'GET' &&
        !req.url.startsWith('/api/') &&
        !ASSET_EXTENSIONS.has(path.extname(req.url.split('?')[0] ?? '').toLowerCase())
      ) {
        return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
      }
      return sendError(reply, 404, 'NOT_FOUND', 'Không tìm thấy địa chỉ yêu cầu');
    });
  } else {
    app.setNotFoundHandler((_req, reply) =>
      sendError(reply, 404, 'NOT_FOUND', 'Không tìm thấy địa chỉ yêu cầu'),
    );
  }
  return app;
}
