import type { ProcedureVersionItem } from '../../api/catalog';
import { formatDateTime, formatLocalDate } from '../../lib/format';
import { ROLE_LABELS, STEP_KIND_LABELS, VERSION_STATUS_LABELS } from '../../lib/labels';
import { hoursText } from './processDraft';

const BADGE: Record<ProcedureVersionItem['status'], string> = {
  in_force: 'badge-ok',
  scheduled: 'badge-warn',
  superseded: 'badge-muted',
};

/** Every version of the procedure with its dates and status. */
export function VersionsTable({ items }: { items: readonly ProcedureVersionItem[] }) {
  return (
    <div className="table-wrap procedure-admin-table-wrap">
      <table className="table procedure-admin-table">
        <caption className="visually-hidden">Các phiên bản của thủ tục</caption>
        <thead>
          <tr>
            <th scope="col">Phiên bản</th>
            <th scope="col">Áp dụng từ ngày</th>
            <th scope="col">Hết hiệu lực từ ngày</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Ban hành lúc</th>
          </tr>
        </thead>
        <tbody>
          {items.map((v) => (
            <tr key={v.id} data-testid={`phien-ban-${v.version}`}>
              <td data-label="Phiên bản">Phiên bản {v.version}</td>
              <td data-label="Áp dụng từ ngày" className="nowrap">
                {formatLocalDate(v.effectiveFrom)}
              </td>
              <td data-label="Hết hiệu lực từ ngày" className="nowrap">
                {v.effectiveTo ? formatLocalDate(v.effectiveTo) : '—'}
              </td>
              <td data-label="Trạng thái">
                <span className={`badge ${BADGE[v.status]}`}>{VERSION_STATUS_LABELS[v.status]}</span>
              </td>
              <td data-label="Ban hành lúc" className="nowrap">
                {formatDateTime(v.publishedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A version's processes, read only (for versions that can no longer be edited). */
export function ProcessView({ version }: { version: ProcedureVersionItem }) {
  return (
    <>
      {version.cases.map((c) => (
        <div key={c.code} className="process-view">
          <h3>
            Trường hợp: {c.name} <span className="muted mono">({c.code})</span>
          </h3>
          <ol>
            {c.process.map((s) => {
              const agency = c.agencies.find((a) => a.code === s.agencyCode);
              return (
                <li key={s.code}>
                  <strong>{s.name}</strong> — {STEP_KIND_LABELS[s.kind]};{' '}
                  {agency ? `Cơ quan phối hợp: ${agency.name}` : s.role ? ROLE_LABELS[s.role] : '—'};{' '}
                  {hoursText(s.allotted.amount)}{' '}
                  {s.allotted.unit === 'working_days' ? 'ngày làm việc' : 'giờ làm việc'}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </>
  );
}
