import { type FormEvent, useState } from 'react';
import { auditApi } from '../../api/audit';
import { useUnitScope } from '../../auth/UnitScope';
import { LoadError } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { LoadMore } from '../../components/LoadMore';
import { EmptyRow, PageHeader } from '../../components/PageHeader';
import { ENTITY_TYPE_LABELS } from '../../lib/labels';
import { usePaged } from '../../lib/usePaged';
import { AUDIT_COLUMNS, AuditRow } from './AuditRow';

export function AuditPage() {
  const scope = useUnitScope();
  const unitCode = scope.unitCode ?? undefined;
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  const [filter, setFilter] = useState({ entityType: '', entityId: '' });
  const [expanded, setExpanded] = useState<Set<string>>(new Set());

  const list = usePaged(
    (cursor, signal) =>
      auditApi.list(
        {
          unitCode,
          entityType: filter.entityType || undefined,
          entityId: filter.entityId || undefined,
          cursor,
        },
        signal,
      ),
    `audit:${unitCode ?? ''}:${filter.entityType}:${filter.entityId}`,
  );

  const onFilter = (e: FormEvent) => {
    e.preventDefault();
    setExpanded(new Set());
    if (entityType === filter.entityType && entityId.trim() === filter.entityId) list.reload();
    else setFilter({ entityType, entityId: entityId.trim() });
  };

  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section>
      <PageHeader
        title="Nhật ký hệ thống"
        description={`Mọi thay đổi dữ liệu được ghi lại: ai thực hiện, lúc nào, từ địa chỉ nào${scope.unit ? ` — ${scope.unit.name}` : ''}.`}
      />
      <form className="filter-bar" onSubmit={onFilter}>
        <SelectField label="Loại đối tượng" value={entityType} onValue={setEntityType}>
          <option value="">Tất cả</option>
          {Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField label="Mã đối tượng" value={entityId} onValue={setEntityId} placeholder="Không bắt buộc" />
        <button type="submit" className="btn btn-secondary">
          Lọc
        </button>
      </form>

      <LoadError error={list.error} onRetry={list.reload} />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Nhật ký thay đổi</caption>
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Người thực hiện</th>
              <th scope="col">Hành động</th>
              <th scope="col">Đối tượng</th>
              <th scope="col">Địa chỉ IP</th>
              <th scope="col">
                <span className="visually-hidden">Chi tiết</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((event) => (
              <AuditRow
                key={event.id}
                event={event}
                expanded={expanded.has(event.id)}
                onToggle={() => toggle(event.id)}
              />
            ))}
            {!list.loading && !list.error && list.items.length === 0 ? (
              <EmptyRow colSpan={AUDIT_COLUMNS}>Không có sự kiện nào.</EmptyRow>
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
