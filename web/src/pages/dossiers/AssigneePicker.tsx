import type { RoleCode } from '@contract';
import { ApiError } from '../../api/client';
import { unitsApi } from '../../api/units';
import { SelectField } from '../../components/Field';
import { ROLE_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/useApi';

/** Roles that hold workflow steps, in the order they are offered. */
const STEP_ROLES: RoleCode[] = [
  'processing_officer',
  'department_head',
  'signing_leader',
  'clerk',
  'receiving_officer',
];

/**
 * Officers of the unit who hold a step role (loaded from /api/units/:code/officers, filtered here).
 * `optional` adds "let the next step's role take it" (forward).
 */
export function AssigneePicker({
  unitCode,
  label,
  value,
  onValue,
  roles: wanted,
  optional,
  error,
}: {
  unitCode: string;
  label: string;
  value: string;
  onValue: (id: string) => void;
  /** Roles to offer (e.g. the next step's role); null or empty: every step role. */
  roles?: readonly RoleCode[] | null;
  optional?: boolean;
  error?: string | undefined;
}) {
  const roles: readonly RoleCode[] = wanted?.length ? wanted : STEP_ROLES;
  const users = useApi((signal) => unitsApi.officers(unitCode, signal), `officers:${unitCode}`);
  const officers = (users.data?.items ?? [])
    .filter((u) => u.roles.some((r) => roles.includes(r)))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
  const hint = users.error
    ? users.error instanceof ApiError && users.error.status === 403
      ? optional
        ? 'Tài khoản của bạn không được xem danh sách cán bộ: hồ sơ sẽ chuyển cho cán bộ giữ vai trò của bước tiếp theo.'
        : 'Tài khoản của bạn không được xem danh sách cán bộ của đơn vị.'
      : 'Không tải được danh sách cán bộ của đơn vị.'
    : users.loading
      ? 'Đang tải danh sách cán bộ…'
      : officers.length === 0
        ? 'Đơn vị chưa có cán bộ phù hợp.'
        : undefined;
  return (
    <SelectField label={label} value={value} onValue={onValue} error={error} hint={hint} required={!optional}>
      <option value="">{optional ? '— Theo vai trò của bước tiếp theo —' : '— Chọn cán bộ —'}</option>
      {officers.map((u) => (
        <option key={u.id} value={u.id}>
          {u.fullName} —{' '}
          {u.roles
            .filter((r) => roles.includes(r))
            .map((r) => ROLE_LABELS[r])
            .join(', ')}
          {u.departmentName ? ` (${u.departmentName})` : ''}
        </option>
      ))}
    </SelectField>
  );
}
