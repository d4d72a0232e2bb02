import type { User } from '@contract';
import { type FormEvent, useState } from 'react';
import { usersApi } from '../../api/users';
import { ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { fieldError, useSubmit } from '../../lib/useSubmit';
import { NewPasswordField } from './NewPasswordField';

export function ResetPasswordDialog({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: () => void;
}) {
  const submit = useSubmit();
  const [password, setPassword] = useState('');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (password.length < 10) {
      submit.setError('Vui lòng kiểm tra lại mật khẩu.', {
        newPassword: 'Mật khẩu phải có ít nhất 10 ký tự',
      });
      return;
    }
    const ok = await submit.run(async () => {
      await usersApi.resetPassword(user.id, password);
      return true;
    });
    if (ok) onDone();
  };
  return (
    <Dialog title={`Đặt lại mật khẩu cho ${user.fullName}`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <p>
          Mật khẩu cũ sẽ không dùng được nữa. Hãy thông báo mật khẩu mới cho cán bộ qua kênh an toàn (trực
          tiếp hoặc điện thoại), không gửi qua nhóm chat.
        </p>
        <ErrorAlert message={submit.error} />
        <NewPasswordField
          label="Mật khẩu mới"
          value={password}
          onValue={setPassword}
          error={fieldError(submit.fieldErrors, 'newPassword')}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            Đặt lại mật khẩu
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}
