import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { catalogApi } from '../../api/catalog';
import { LoadError } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { LoadMore } from '../../components/LoadMore';
import { EmptyRow, PageHeader } from '../../components/PageHeader';
import { formatLocalDate } from '../../lib/format';
import { levelLabel } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { usePaged } from '../../lib/usePaged';
import './procedures.css';

/** Danh mục thủ tục: procedures in force today, searched by code or name and filtered by field. */
export function ProceduresAdminPage() {
  const [text, setText] = useState('');
  const [fieldCode, setFieldCode] = useState('');
  const [filter, setFilter] = useState({ q: '', fieldCode: '' });
  const fields = useApi((signal) => catalogApi.fields(signal), 'fields');
  const list = usePaged(
    (cursor, signal) =>
      catalogApi.procedures(
        { q: filter.q || undefined, fieldCode: filter.fieldCode || undefined, cursor },
        signal,
      ),
    `procedures:${filter.q}:${filter.fieldCode}`,
  );

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    const next = { q: text.trim(), fieldCode };
    if (next.q === filter.q && next.fieldCode === filter.fieldCode) list.reload();
    else setFilter(next);
  };

  return (
    <section>
      <PageHeader
        title="Danh mục thủ tục"
        description="Thủ tục hành chính đang có hiệu lực. Chọn một thủ tục để xem các phiên bản và ban hành quy trình xử lý mới."
      />
      <form className="filter-bar" onSubmit={onSearch}>
        <TextField
          label="Tìm thủ tục"
          type="search"
          value={text}
          onValue={setText}
          placeholder="Mã hoặc tên thủ tục, có thể gõ không dấu"
        />
        <SelectField
          label="Lĩnh vực"
          value={fieldCode}
          onValue={setFieldCode}
          hint={fields.error ? 'Không tải được danh sách lĩnh vực.' : undefined}
        >
          <option value="">Tất cả lĩnh vực</option>
          {(fields.data?.items ?? []).map((f) => (
            <option key={f.code} value={f.code}>
              {f.name} ({f.procedures})
            </option>
          ))}
        </SelectField>
        <button type="submit" className="btn btn-secondary">
          Tìm kiếm
        </button>
      </form>

      <LoadError error={list.error} onRetry={list.reload} />
      <div className="table-wrap procedure-admin-table-wrap">
        <table className="table procedure-admin-table">
          <caption className="visually-hidden">Danh sách thủ tục hành chính</caption>
          <thead>
            <tr>
              <th scope="col">Mã thủ tục</th>
              <th scope="col">Tên thủ tục</th>
              <th scope="col">Lĩnh vực</th>
              <th scope="col">Cấp thực hiện</th>
              <th scope="col">Phiên bản</th>
              <th scope="col">Áp dụng từ ngày</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((p) => (
              <tr key={p.id}>
                <td data-label="Mã thủ tục" className="mono">
                  {p.code}
                </td>
                <td data-label="Tên thủ tục">
                  <Link to={`/quan-tri/thu-tuc/${p.code}`}>{p.name}</Link>
                </td>
                <td data-label="Lĩnh vực">{p.fieldName}</td>
                <td data-label="Cấp thực hiện">{levelLabel(p.level)}</td>
                <td data-label="Phiên bản">{p.version}</td>
                <td data-label="Áp dụng từ ngày" className="nowrap">
                  {formatLocalDate(p.effectiveFrom)}
                </td>
              </tr>
            ))}
            {!list.loading && !list.error && list.items.length === 0 ? (
              <EmptyRow colSpan={6}>Không có thủ tục nào phù hợp.</EmptyRow>
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
