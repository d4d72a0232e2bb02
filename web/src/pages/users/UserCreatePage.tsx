import type { RoleCode } from '@contract';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { usersApi } from '../../api/users';
import { useUnitScope } from '../../auth/UnitScope';
import { ErrorAlert } from '../../components/Alert';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { CheckboxGroup, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { ROLE_CODES, ROLE_LABELS } from '../../lib/labels';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';
import { NewPasswordField } from './NewPasswordField';

const FIELDS = ['username', 'fullName', 'email', 'phone', 'unitCode', 'departmentId', 'roles', 'password'];

export function UserCreatePage() {
  const navigate = useNavigate();
  const scope = useUnitScope();
  const submit = useSubmit();
  const [unitCode, setUnitCode] = useState(scope.unitCode ?? '');
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [roles, setRoles] = useState<RoleCode[]>([]);
  const [password, setPassword] = useState('');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (roles.length === 0) {
      submit.setError('Vui lòng kiểm tra lại thông tin.', { roles: 'Chọn ít nhất một vai trò' });
      return;
    }
    const created = await submit.run(() =>
      usersApi.create({
        username: username.trim().toLowerCase(),
        fullName: fullName.trim(),
        email: email.trim() || null,
        phone: phone.trim() || null,
        unitCode: unitCode.trim(),
        departmentId: departmentId || null,
        roles,
        password,
      }),
    );
    if (created) navigate(`/quan-tri/nguoi-dung/${created.id}`, { state: { created: true } });
  };

  const fe = submit.fieldErrors;
  return (
    <section>
      <p className="breadcrumb">
        <Link to="/quan-tri/nguoi-dung">← Danh sách người dùng</Link>
      </p>
      <PageHeader title="Thêm người dùng" description="Tạo tài khoản cho cán bộ, công chức của đơn vị." />
      <form className="panel form" onSubmit={onSubmit} noValidate>
        <ErrorAlert message={submit.error} items={otherFieldErrors(fe, FIELDS)} />
        <div className="form-grid">
          <TextField
            label="Họ và tên"
            value={fullName}
            onValue={setFullName}
            autoComplete="off"
            error={fieldError(fe, 'fullName')}
            required
          />
          <TextField
            label="Tên đăng nhập"
            value={username}
            onValue={setUsername}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            hint="3–50 ký tự: chữ không dấu, số, dấu chấm, gạch. Ví dụ: nguyenvana.tamthanh"
            error={fieldError(fe, 'username')}
            required
          />
          <TextField
            label="Thư điện tử"
            type="email"
            value={email}
            onValue={setEmail}
            autoComplete="off"
            error={fieldError(fe, 'email')}
          />
          <TextField
            label="Số điện thoại"
            type="tel"
            value={phone}
            onValue={setPhone}
            autoComplete="off"
            error={fieldError(fe, 'phone')}
          />
          <UnitSelect
            label="Đơn vị công tác"
            value={unitCode}
            onValue={(code) => {
              setUnitCode(code);
              setDepartmentId('');
            }}
            error={fieldError(fe, 'unitCode')}
            required
          />
          <DepartmentSelect
            label="Thuộc phòng chuyên môn"
            unitCode={unitCode}
            value={departmentId}
            onValue={setDepartmentId}
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
        <NewPasswordField
          label="Mật khẩu ban đầu"
          value={password}
          onValue={setPassword}
          error={fieldError(fe, 'password')}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            {submit.submitting ? 'Đang lưu…' : 'Tạo người dùng'}
          </button>
          <Link to="/quan-tri/nguoi-dung" className="btn btn-secondary">
            Hủy
          </Link>
        </div>
      </form>
    </section>
  );
}
