import type { ApiPermission } from '@contract';
import { type FormEvent, useState } from 'react';
import { type CreatedApiToken, tokensApi } from '../../api/tokens';
import { ErrorAlert } from '../../components/Alert';
import { CheckboxGroup, TextField } from '../../components/Field';
import { API_PERMISSION_LABELS, API_PERMISSIONS } from '../../lib/labels';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';

export function TokenCreateForm({
  unitCode,
  unitName,
  onCreated,
}: {
  unitCode: string;
  unitName: string;
  onCreated: (token: CreatedApiToken) => void;
}) {
  const submit = useSubmit();
  const [name, setName] = useState('');
  const [permissions, setPermissions] = useState<ApiPermission[]>([]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (permissions.length === 0) {
      submit.setError('Vui lòng kiểm tra lại thông tin.', { permissions: 'Chọn ít nhất một quyền' });
      return;
    }
    const created = await submit.run(() => tokensApi.create({ name: name.trim(), unitCode, permissions }));
    if (!created) return;
    setName('');
    setPermissions([]);
    onCreated(created);
  };

  const fe = submit.fieldErrors;
  return (
    <form className="panel form" onSubmit={onSubmit} noValidate aria-labelledby="token-create-title">
      <h2 id="token-create-title">Tạo mã truy cập mới</h2>
      <p className="muted">
        Mã được cấp cho {unitName}; chỉ chọn những quyền mà hệ thống kết nối thực sự cần.
      </p>
      <ErrorAlert message={submit.error} items={otherFieldErrors(fe, ['name', 'permissions', 'unitCode'])} />
      <TextField
        label="Tên mã truy cập"
        value={name}
        onValue={setName}
        placeholder="VD: Kết nối Cổng Dịch vụ công quốc gia"
        hint="Đặt tên theo hệ thống sử dụng mã để dễ nhận biết khi cần thu hồi."
        error={fieldError(fe, 'name')}
        required
      />
      <CheckboxGroup
        legend="Quyền được cấp"
        options={API_PERMISSIONS}
        labels={API_PERMISSION_LABELS}
        value={permissions}
        onChange={setPermissions}
        error={fieldError(fe, 'permissions')}
        required
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
          {submit.submitting ? 'Đang tạo…' : 'Tạo mã truy cập'}
        </button>
      </div>
    </form>
  );
}
