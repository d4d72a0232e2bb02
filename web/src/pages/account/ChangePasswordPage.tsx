import { type FormEvent, useState } from 'react';
import { authApi } from '../../api/auth';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Notice } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';

const MIN_LENGTH = 10;

/** Change one's own password. `forced` when the account must change it before doing anything else. */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { refresh } = useAuth();
  const submit = useSubmit();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const fields: Record<string, string> = {};
    if (!currentPassword) fields.currentPassword = 'Vui lòng nhập mật khẩu hiện tại.';
    if (newPassword.length < MIN_LENGTH)
      fields.newPassword = `Mật khẩu mới phải có ít nhất ${MIN_LENGTH} ký tự.`;
    else if (newPassword === currentPassword)
      fields.newPassword = 'Mật khẩu mới phải khác mật khẩu hiện tại.';
    if (confirm !== newPassword) fields.confirm = 'Mật khẩu nhập lại không khớp với mật khẩu mới.';
    if (Object.keys(fields).length) {
      submit.setError('Vui lòng kiểm tra lại các trường được đánh dấu.', fields);
      return;
    }
    const ok = await submit.run(async () => {
      await authApi.changePassword({ currentPassword, newPassword });
      return true;
    });
    if (!ok) return;
    setCurrent('');
    setNew('');
    setConfirm('');
    setDone(true);
    await refresh();
  };

  const fe = submit.fieldErrors;
  return (
    <section className="narrow">
      <PageHeader
        title="Đổi mật khẩu"
        description={
          forced
            ? 'Bạn cần đổi mật khẩu được cấp trước khi bắt đầu làm việc.'
            : 'Mật khẩu có ít nhất 10 ký tự; nên kết hợp chữ hoa, chữ thường, chữ số và ký hiệu.'
        }
      />
      {forced ? (
        <div className="alert alert-warning" role="alert">
          Tài khoản của bạn đang dùng mật khẩu do quản trị viên cấp hoặc mật khẩu đã hết hạn. Vui lòng đặt mật
          khẩu mới để tiếp tục.
        </div>
      ) : null}
      {done ? <Notice>Đã đổi mật khẩu thành công.</Notice> : null}
      <form className="panel form" onSubmit={onSubmit} noValidate>
        <ErrorAlert
          message={submit.error}
          items={otherFieldErrors(fe, ['currentPassword', 'newPassword', 'confirm'])}
        />
        <TextField
          label="Mật khẩu hiện tại"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onValue={setCurrent}
          error={fieldError(fe, 'currentPassword')}
          required
        />
        <TextField
          label="Mật khẩu mới"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onValue={setNew}
          error={fieldError(fe, 'newPassword')}
          hint="Ít nhất 10 ký tự."
          required
        />
        <TextField
          label="Nhập lại mật khẩu"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onValue={setConfirm}
          error={fieldError(fe, 'confirm')}
          required
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            {submit.submitting ? 'Đang lưu…' : 'Đổi mật khẩu'}
          </button>
        </div>
      </form>
    </section>
  );
}
