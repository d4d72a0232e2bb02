import type { RoleCode } from '../../contract/auth.js';
import type { accounts } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { permissionsForRoles } from '../../domain/access/permissions.js';

type AccountRow = typeof accounts.$inferSelect;

export function actorFromAccount(account: AccountRow, _unitKind: string | null, scope: Set<string>): Actor {
  const roles = (account.kind === 'officer' ? account.roles : []) as RoleCode[];
  const isSystem = roles.includes('system_admin');
  return {
    kind: account.kind,
    id: account.id,
    name: account.fullName,
    roles,
    permissions: new Set(permissionsForRoles(roles)),
    unitId: account.unitId,
    scope: isSystem ? 'all' : scope,
  };
}
