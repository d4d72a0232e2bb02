import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { usersApi } from '../../api/users';
import { useUnitScope } from '../../auth/UnitScope';
import { LoadError } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { LoadMore } from '../../components/LoadMore';
import { EmptyRow, PageHeader } from '../../components/PageHeader';
import { roleList } from '../../lib/labels';
import { usePaged } from '../../lib/usePaged';
import { UserStatus } from './userStatus';

export function UsersPage() {
  const scope = useUnitScope();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  // Accounts without a scope (system administrator) filter by typing a unit code.
  const [typedUnit, setTypedUnit] = useState('');
  const [appliedUnit, setAppliedUnit] = useState('');
  const unitCode = scope.unitCode ?? (appliedUnit || undefined);

  const list = usePaged(
    (cursor, signal) => usersApi.list({ unitCode, q: q || undefined, cursor }, signal),
    `users:${unitCode ?? ''}:${q}`,
  );

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    // Searching again with the same words refreshes the list.
    if (text.trim() === q && typedUnit.trim() === appliedUnit) list.reload();
    setQ(text.trim());
    setAppliedUnit(typedUnit.trim());
  };

  return (
    <section>
      <PageHeader
        title="Người dùng"
        description={
          scope.unit ? `Tài khoản cán bộ của ${scope.unit.name}.` : 'Tài khoản cán bộ của các đơn vị.'
        }
        actions={
          <Link to="/quan-tri/nguoi-dung/them-moi" className="btn btn-primary">
            Thêm người dùng
          </Link>
        }
      />
      <form className="filter-bar" onSubmit={onSearch}>
        {scope.unitCode ? null : (
          <TextField label="Mã đơn vị" value={typedUnit} onValue={setTypedUnit} inputMode="numeric" />
        )}
        <TextField
          label="Tìm kiếm người dùng"
          type="search"
          value={text}
          onValue={setText}
          placeholder="Họ tên hoặc tên đăng nhập"
        />
        <button type="submit" className="btn btn-secondary">
          Tìm kiếm
        </button>
      </form>

      <LoadError error={list.error} onRetry={list.reload} />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Danh sách người dùng</caption>
          <thead>
            <tr>
              <th scope="col">Họ và tên</th>
              <th scope="col">Tên đăng nhập</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Phòng chuyên môn</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link to={`/quan-tri/nguoi-dung/${u.id}`}>{u.fullName}</Link>
                </td>
                <td className="mono">{u.username}</td>
                <td>{u.unitName}</td>
                <td>{u.departmentName ?? '—'}</td>
                <td>{roleList(u.roles)}</td>
                <td>
                  <UserStatus user={u} />
                </td>
              </tr>
            ))}
            {!list.loading && !list.error && list.items.length === 0 ? (
              <EmptyRow colSpan={6}>Không có người dùng nào phù hợp.</EmptyRow>
            ) : null}
          </tbody>
        </table>
      </div>
      <LoadMore
        count={list.items.length}
        hasMore={list.hasMore}
        loading={list.loading}
        onMore={list.loadMore}
      />
    </section>
  );
}
