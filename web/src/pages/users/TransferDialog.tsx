import type { RoleCode, User } from '@contract';
import { type FormEvent, useState } from 'react';
import { usersApi } from '../../api/users';
import { useUnitScope } from '../../auth/UnitScope';
import { ErrorAlert } from '../../components/Alert';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { Dialog } from '../../components/Dialog';
import { CheckboxGroup, SelectField } from '../../components/Field';
import { UnitSelect } from '../../components/UnitSelect';
import { ROLE_CODES, ROLE_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';

const FIELDS = ['unitCode', 'departmentId', 'roles', 'successorUserId'];

/** Staff rotation: moves the officer to another unit and hands their open work to a successor. */
export function TransferDialog({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: (user: User) => void;
}) {
  const scope = useUnitScope();
  const submit = useSubmit();
  const firstOther = scope.options.find((u) => u.code !== user.unitCode)?.code;
  const [unitCode, setUnitCode] = useState(firstOther ?? '');
  const [departmentId, setDepartmentId] = useState('');
  const [roles, setRoles] = useState<RoleCode[]>([]);
  const [successorUserId, setSuccessor] = useState('');

  const colleagues = useApi(
    (signal) => usersApi.list({ unitCode: user.unitCode, limit: 200 }, signal),
    `colleagues:${user.unitCode}`,
  );
  const successors = (colleagues.data?.items ?? []).filter((u) => u.id !== user.id && u.active);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!unitCode.trim()) {
      submit.setError('Vui lòng chọn đơn vị chuyển đến.', { unitCode: 'Chọn đơn vị chuyển đến' });
      return;
    }
    const moved = await submit.run(() =>
      usersApi.transfer(user.id, {
        unitCode: unitCode.trim(),
        departmentId: departmentId || null,
        roles: roles.length ? roles : undefined,
        successorUserId: successorUserId || null,
      }),
    );
    if (moved) onDone(moved);
  };

  const fe = submit.fieldErrors;
  return (
    <Dialog title={`Điều chuyển cán bộ ${user.fullName}`} onClose={onClose} size="wide">
      <form className="form" onSubmit={onSubmit} noValidate>
        <p>
          Hiện công tác tại <strong>{user.unitName}</strong>
          {user.departmentName ? ` — ${user.departmentName}` : ''}. Hồ sơ và công việc đang xử lý được chuyển
          giao cho cán bộ tiếp nhận bạn chọn.
        </p>
        <ErrorAlert message={submit.error} items={otherFieldErrors(fe, FIELDS)} />
        <div className="form-grid">
          <UnitSelect
            label="Đơn vị chuyển đến"
            value={unitCode}
            onValue={(code) => {
              setUnitCode(code);
              setDepartmentId('');
            }}
            error={fieldError(fe, 'unitCode')}
            required
          />
          <DepartmentSelect
            label="Phòng chuyên môn tại đơn vị mới"
            unitCode={unitCode}
            value={departmentId}
            onValue={setDepartmentId}
            error={fieldError(fe, 'departmentId')}
          />
        </div>
        <CheckboxGroup
          legend="Vai trò tại đơn vị mới"
          hint="Để trống nếu giữ nguyên vai trò hiện tại."
          options={ROLE_CODES}
          labels={ROLE_LABELS}
          value={roles}
          onChange={setRoles}
          error={fieldError(fe, 'roles')}
        />
        <SelectField
          label="Cán bộ tiếp nhận công việc"
          value={successorUserId}
          onValue={setSuccessor}
          error={fieldError(fe, 'successorUserId')}
          hint={
            colleagues.loading
              ? 'Đang tải danh sách cán bộ…'
              : `Cán bộ của ${user.unitName} nhận lại hồ sơ, công việc đang xử lý.`
          }
        >
          <option value="">— Không chuyển giao —</option>
          {successors.map((u) => (
            <option key={u.id} value={u.id}>
              {u.fullName} ({u.username})
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            {submit.submitting ? 'Đang điều chuyển…' : 'Điều chuyển'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}
