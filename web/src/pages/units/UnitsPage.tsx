import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { unitsApi } from '../../api/units';
import { LoadError } from '../../components/Alert';
import { Checkbox, TextField } from '../../components/Field';
import { LoadMore } from '../../components/LoadMore';
import { EmptyRow, PageHeader } from '../../components/PageHeader';
import { formatLocalDate } from '../../lib/format';
import { UNIT_KIND_LABELS } from '../../lib/labels';
import { usePaged } from '../../lib/usePaged';
import { UnitCreateDialog } from './UnitCreateDialog';

export function UnitsPage() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [filter, setFilter] = useState({ q: '', includeInactive: false });
  const [creating, setCreating] = useState(false);

  const list = usePaged(
    (cursor, signal) =>
      unitsApi.list({ q: filter.q || undefined, includeInactive: filter.includeInactive, cursor }, signal),
    `units:${filter.q}:${filter.includeInactive}`,
  );

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === filter.q && includeInactive === filter.includeInactive) list.reload();
    else setFilter({ q: text.trim(), includeInactive });
  };

  return (
    <section>
      <PageHeader
        title="Đơn vị hành chính"
        description="Tỉnh/thành phố, xã, phường, đặc khu và Trung tâm Phục vụ hành chính công của từng đơn vị."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            Thêm đơn vị
          </button>
        }
      />
      <form className="filter-bar" onSubmit={onSearch}>
        <TextField
          label="Tìm kiếm đơn vị"
          type="search"
          value={text}
          onValue={setText}
          placeholder="Tên hoặc mã đơn vị"
        />
        <Checkbox
          label="Hiển thị cả đơn vị đã hết hiệu lực"
          checked={includeInactive}
          onChange={setIncludeInactive}
        />
        <button type="submit" className="btn btn-secondary">
          Tìm kiếm
        </button>
      </form>

      <LoadError error={list.error} onRetry={list.reload} />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Danh sách đơn vị hành chính</caption>
          <thead>
            <tr>
              <th scope="col">Mã</th>
              <th scope="col">Tên đơn vị</th>
              <th scope="col">Loại</th>
              <th scope="col">Trực thuộc</th>
              <th scope="col">Trung tâm PVHCC</th>
              <th scope="col">Hiệu lực</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((u) => (
              <tr key={u.id}>
                <td className="mono">{u.code}</td>
                <td>
                  <Link to={`/quan-tri/don-vi/${u.code}`}>{u.name}</Link>
                </td>
                <td>{UNIT_KIND_LABELS[u.kind]}</td>
                <td className="mono">{u.parentCode ?? '—'}</td>
                <td>{u.centerName ?? '—'}</td>
                <td>
                  {formatLocalDate(u.validFrom)}
                  {u.validTo ? ` – ${formatLocalDate(u.validTo)}` : ''}
                </td>
              </tr>
            ))}
            {!list.loading && !list.error && list.items.length === 0 ? (
              <EmptyRow colSpan={6}>Không có đơn vị nào phù hợp.</EmptyRow>
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

      {creating ? (
        <UnitCreateDialog
          onClose={() => setCreating(false)}
          onCreated={(code) => {
            setCreating(false);
            navigate(`/quan-tri/don-vi/${code}`, { state: { created: true } });
          }}
        />
      ) : null}
    </section>
  );
}
