import type { RoleCode, User } from '@contract';
import { type FormEvent, useState } from 'react';
import { usersApi } from '../../api/users';
import { ErrorAlert } from '../../components/Alert';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { Checkbox, CheckboxGroup, TextField } from '../../components/Field';
import { ROLE_CODES, ROLE_LABELS } from '../../lib/labels';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';

const FIELDS = ['fullName', 'email', 'phone', 'departmentId', 'roles', 'active'];

export function UserEditForm({ user, onSaved }: { user: User; onSaved: (user: User) => void }) {
  const submit = useSubmit();
  const [fullName, setFullName] = useState(user.fullName);
  const [email, setEmail] = useState(user.email ?? '');
  const [phone, setPhone] = useState(user.phone ?? '');
  const [departmentId, setDepartmentId] = useState(user.departmentId ?? '');
  const [roles, setRoles] = useState<RoleCode[]>(user.roles);
  const [active, setActive] = useState(user.active);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (roles.length === 0) {
      submit.setError('Vui lòng kiểm tra lại thông tin.', { roles: 'Chọn ít nhất một vai trò' });
      return;
    }
    const saved = await submit.run(() =>
      usersApi.update(user.id, {
        fullName: fullName.trim(),
        email: email.trim() || null,
        phone: phone.trim() || null,
        departmentId: departmentId || null,
        roles,
        active,
      }),
    );
    if (saved) onSaved(saved);
  };

  const fe = submit.fieldErrors;
  return (
    <form className="panel form" onSubmit={onSubmit} noValidate aria-labelledby="user-edit-title">
      <h2 id="user-edit-title">Thông tin tài khoản</h2>
      <ErrorAlert message={submit.error} items={otherFieldErrors(fe, FIELDS)} />
      <div className="form-grid">
        <TextField
          label="Họ và tên"
          value={fullName}
          onValue={setFullName}
          error={fieldError(fe, 'fullName')}
          required
        />
        <TextField
          label="Thư điện tử"
          type="email"
          value={email}
          onValue={setEmail}
          error={fieldError(fe, 'email')}
        />
        <TextField
          label="Số điện thoại"
          type="tel"
          value={phone}
          onValue={setPhone}
          error={fieldError(fe, 'phone')}
        />
        <DepartmentSelect
          label="Thuộc phòng chuyên môn"
          unitCode={user.unitCode}
          value={departmentId}
          onValue={setDepartmentId}
          keep={user.departmentId}
          error={fieldError(fe, 'departmentId')}
        />
      </div>
      <CheckboxGroup
        legend="Vai trò"
        options={ROLE_CODES}
        labels={ROLE_LABELS}
        value={roles}
        onChange={setRoles}
        error={fieldError(fe, 'roles')}
        required
      />
      <Checkbox label="Tài khoản đang hoạt động" checked={active} onChange={setActive} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
          {submit.submitting ? 'Đang lưu…' : 'Lưu thay đổi'}
        </button>
      </div>
    </form>
  );
}
