// Who may do what: role → permissions. Pure data; checked in one place (src/http/access.ts)
// before every use case, while the unit scope is enforced in every query of the data layer.
import type { RoleCode } from '../../contract/auth.js';

export const PERMISSIONS = [
  'units:read',
  'units:manage',
  'units:create_province',
  'users:manage',
  'tokens:manage',
  'audit:read',
  'calendar:read',
  'calendar:manage',
  'calendar:manage_national',
  'dossiers:receive',
  'dossiers:process',
  'dossiers:read',
  'reports:read',
  'dossiers:ingest',
  'catalog:read',
  'catalog:manage',
  'population:lookup',
  'feedback:handle',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const OFFICER_BASE: Permission[] = ['units:read', 'calendar:read', 'catalog:read'];

export const ROLE_PERMISSIONS: Record<RoleCode, readonly Permission[]> = {
  receiving_officer: [...OFFICER_BASE, 'dossiers:receive', 'dossiers:read', 'population:lookup'],
  processing_officer: [...OFFICER_BASE, 'dossiers:process', 'dossiers:read'],
  department_head: [...OFFICER_BASE, 'dossiers:process', 'dossiers:read', 'reports:read', 'feedback:handle'],
  signing_leader: [...OFFICER_BASE, 'dossiers:process', 'dossiers:read', 'reports:read', 'feedback:handle'],
  clerk: [...OFFICER_BASE, 'dossiers:process', 'dossiers:read'],
  procedure_controller: [...OFFICER_BASE, 'dossiers:read', 'reports:read', 'audit:read', 'feedback:handle'],
  center_director: [...OFFICER_BASE, 'dossiers:read', 'reports:read', 'audit:read', 'feedback:handle'],
  unit_admin: [
    ...OFFICER_BASE,
    'units:manage',
    'users:manage',
    'tokens:manage',
    'audit:read',
    'calendar:manage',
  ],
  province_viewer: [...OFFICER_BASE, 'dossiers:read', 'reports:read'],
  system_admin: [...PERMISSIONS.filter((p) => p !== 'dossiers:ingest' && p !== 'population:lookup')],
};

export const ROLE_LABELS: Record<RoleCode, string> = {
  receiving_officer: 'Cán bộ tiếp nhận',
  processing_officer: 'Chuyên viên xử lý',
  department_head: 'Trưởng phòng chuyên môn',
  signing_leader: 'Lãnh đạo ký duyệt',
  clerk: 'Văn thư',
  procedure_controller: 'Cán bộ kiểm soát TTHC',
  center_director: 'Giám đốc Trung tâm PVHCC',
  unit_admin: 'Quản trị đơn vị',
  province_viewer: 'Cán bộ theo dõi cấp tỉnh',
  system_admin: 'Quản trị hệ thống',
};

/** Roles that only make sense at province level or above. */
export const PROVINCE_ONLY_ROLES: readonly RoleCode[] = ['province_viewer'];

export function permissionsForRoles(roles: readonly RoleCode[]): Permission[] {
  const set = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r]) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}
