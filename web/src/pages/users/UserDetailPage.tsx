import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { usersApi } from '../../api/users';
import { LoadError, Loading, Notice } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { TransferDialog } from './TransferDialog';
import { UserEditForm } from './UserEditForm';
import { UserStatus } from './userStatus';

type Open = 'reset' | 'transfer' | null;

export function UserDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created ?? false;
  const {
    data: user,
    error,
    loading,
    reload,
    setData,
  } = useApi((signal) => usersApi.get(id, signal), `user:${id}`);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(created ? 'Đã tạo người dùng.' : null);
  // Remount the edit form after a transfer so it shows the new unit's values.
  const [formVersion, setFormVersion] = useState(0);

  const back = (
    <p className="breadcrumb">
      <Link to="/quan-tri/nguoi-dung">← Danh sách người dùng</Link>
    </p>
  );
  if (loading && !user)
    return (
      <>
        {back}
        <Loading />
      </>
    );
  if (error || !user) {
    return (
      <>
        {back}
        <LoadError error={error} onRetry={reload} />
      </>
    );
  }

  return (
    <section>
      {back}
      <PageHeader
        title={user.fullName}
        description={`${user.username} · ${user.unitName}${user.departmentName ? ` · ${user.departmentName}` : ''}`}
        actions={
          <>
            <button type="button" className="btn btn-secondary" onClick={() => setOpen('reset')}>
              Đặt lại mật khẩu
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setOpen('transfer')}>
              Điều chuyển
            </button>
          </>
        }
      />
      {notice ? <Notice onClose={() => setNotice(null)}>{notice}</Notice> : null}
      <div className="panel">
        <dl className="info-list">
          <div>
            <dt>Trạng thái</dt>
            <dd>
              <UserStatus user={user} />
            </dd>
          </div>
          <div>
            <dt>Đơn vị</dt>
            <dd>{user.unitName}</dd>
          </div>
          <div>
            <dt>Ngày tạo</dt>
            <dd>{formatDateTime(user.createdAt)}</dd>
          </div>
        </dl>
      </div>
      <UserEditForm
        key={`${user.id}:${formVersion}`}
        user={user}
        onSaved={(saved) => {
          setData(() => saved);
          setNotice('Đã lưu thông tin người dùng.');
        }}
      />

      {open === 'reset' ? (
        <ResetPasswordDialog
          user={user}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            setNotice('Đã đặt lại mật khẩu. Hãy thông báo mật khẩu mới cho cán bộ qua kênh an toàn.');
          }}
        />
      ) : null}
      {open === 'transfer' ? (
        <TransferDialog
          user={user}
          onClose={() => setOpen(null)}
          onDone={(moved) => {
            setOpen(null);
            setData(() => moved);
            setFormVersion((v) => v + 1);
            setNotice(`Đã điều chuyển cán bộ sang ${moved.unitName}.`);
          }}
        />
      ) : null}
    </section>
  );
}
