// The authenticated party of a request, with its unit scope resolved once at authentication.
import type { RoleCode } from '../../contract/auth.js';
import type { Permission } from './permissions.js';

export type ActorKind = 'officer' | 'citizen' | 'organisation' | 'api_token' | 'system';

export type Actor = {
  kind: ActorKind;
  id: string | null;
  name: string;
  roles: RoleCode[];
  permissions: ReadonlySet<Permission>;
  /** Home unit of an officer or token; null for citizens and the system. */
  unitId: string | null;
  /** Units whose records the actor may see: 'all' for system administrators. */
  scope: 'all' | ReadonlySet<string>;
};

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

export function inScope(actor: Actor, unitId: string | null | undefined): boolean {
  if (!unitId) return false;
  return actor.scope === 'all' || actor.scope.has(unitId);
}

/** Unit ids for SQL filters; null means unrestricted. */
export function scopeIds(actor: Actor): string[] | null {
  return actor.scope === 'all' ? null : [...actor.scope];
}

export const SYSTEM_ACTOR: Actor = {
  kind: 'system',
  id: null,
  name: 'Hệ thống',
  roles: [],
  permissions: new Set(),
  unitId: null,
  scope: 'all',
};
