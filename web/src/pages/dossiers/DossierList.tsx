import { Link } from 'react-router-dom';
import type { DossierSummary } from '../../api/dossiers';
import { formatDate, formatDateTime } from '../../lib/format';
import { DeadlineBadge, StateBadge } from './badges';

/**
 * The dossier table. Under 700px each row is laid out as a card (CSS), so a phone never scrolls
 * sideways; every cell carries its column name in data-label for that layout.
 */
export function DossierList({ items, empty }: { items: DossierSummary[]; empty: string | null }) {
  return (
    <div className="table-wrap dossier-table-wrap">
      <table className="table dossier-table">
        <caption className="visually-hidden">Danh sách hồ sơ</caption>
        <thead>
          <tr>
            <th scope="col">Mã hồ sơ</th>
            <th scope="col">Chủ hồ sơ</th>
            <th scope="col">Thủ tục</th>
            <th scope="col">Ngày nhận</th>
            <th scope="col">Hạn xử lý</th>
            <th scope="col">Tình trạng hạn</th>
            <th scope="col">Bước hiện tại</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id}>
              <td data-label="Mã hồ sơ" className="dossier-code-cell">
                <Link to={`/ho-so/${d.id}`} className="mono">
                  {d.code}
                </Link>
                <span className="block">
                  <StateBadge state={d.state} />
                </span>
                {d.sources?.length ? (
                  <span className="block muted small" title="Hệ thống nguồn đã gửi hồ sơ này">
                    Nguồn: {d.sources.map((s) => s.name).join(', ')}
                  </span>
                ) : null}
              </td>
              <td data-label="Chủ hồ sơ">
                {d.ownerName}
                {d.ownerIdNumber ? <span className="block muted small mono">{d.ownerIdNumber}</span> : null}
              </td>
              <td data-label="Thủ tục" className="procedure-cell">
                <span className="clamp-2" title={d.procedureName}>
                  {d.procedureName}
                </span>
                <span className="block muted small mono">{d.procedureCode}</span>
              </td>
              <td data-label="Ngày nhận" className="nowrap">
                {d.receivedAt ? formatDate(d.receivedAt) : '—'}
              </td>
              <td data-label="Hạn xử lý" className="nowrap">
                {d.dueAt ? formatDateTime(d.dueAt) : '—'}
              </td>
              <td data-label="Tình trạng hạn">
                <DeadlineBadge status={d.deadlineStatus} />
              </td>
              <td data-label="Bước hiện tại">
                {d.stepName ?? '—'}
                {d.assigneeName ? <span className="block muted small">{d.assigneeName}</span> : null}
              </td>
            </tr>
          ))}
          {empty ? (
            <tr>
              <td colSpan={7} className="empty">
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
