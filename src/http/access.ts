// Authorization in one place: every route calls requireActor with the permission it needs
// before calling its use case. Unit scope is then enforced by the data layer (404 outside).
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access/actor.js';
import type { Permission } from '../domain/access/permissions.js';
import type { SessionAuth } from '../modules/auth/authenticate.js';
import type { RequestContext } from '../platform/deps.js';
import { DomainError, forbidden } from '../platform/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionAuth | null;
  }
}

export function requireActor(req: FastifyRequest, permission?: Permission): RequestContext {
  const actor = req.actor;
  if (!actor) throw new DomainError('unauthenticated', 'AUTH_REQUIRED', 'Vui lòng đăng nhập để tiếp tục');
  if (permission && !actor.permissions.has(permission)) throw forbidden();
  return { actor, ip: req.ip ?? null, requestId: String(req.id) };
}

export function requireSession(req: FastifyRequest): { ctx: RequestContext; session: SessionAuth } {
  const ctx = requireActor(req);
  if (!req.session)
    throw new DomainError('forbidden', 'SESSION_REQUIRED', 'Chức năng này cần đăng nhập bằng tài khoản');
  return { ctx, session: req.session };
}
