// Which roles an administrator may grant at which unit.
import type { RoleCode } from '../../contract/auth.js';
import type { Actor } from '../../domain/access/actor.js';
import { ROLE_LABELS } from '../../domain/access/permissions.js';
import { forbidden, invalid } from '../../platform/errors.js';

export function checkGrantableRoles(actor: Actor, roles: readonly RoleCode[], unitKind: string) {
  if (roles.includes('system_admin') && !actor.roles.includes('system_admin')) {
    throw forbidden('Chỉ quản trị hệ thống được cấp vai trò Quản trị hệ thống');
  }
  if (roles.includes('province_viewer') && unitKind !== 'province') {
    throw invalid(
      'ROLE_NOT_ALLOWED_AT_UNIT',
      `Vai trò "${ROLE_LABELS.province_viewer}" chỉ dành cho đơn vị cấp tỉnh`,
    );
  }
}
