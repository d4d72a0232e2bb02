import type { AuditEvent } from '@contract';
import { Fragment } from 'react';
import { formatDateTime } from '../../lib/format';
import { entityTypeLabel } from '../../lib/labels';

function json(value: unknown): string {
  if (value === null || value === undefined) return '(không có)';
  return JSON.stringify(value, null, 2);
}

export const AUDIT_COLUMNS = 6;

export function AuditRow({
  event,
  expanded,
  onToggle,
}: {
  event: AuditEvent;
  expanded: boolean;
  onToggle: () => void;
}) {
  const detailId = `audit-detail-${event.id}`;
  const hasDetail = event.before != null || event.after != null || !!event.requestId;
  return (
    <Fragment>
      <tr className={expanded ? 'is-expanded' : undefined}>
        <td className="nowrap">{formatDateTime(event.at)}</td>
        <td>
          {event.actor.name}
          {event.actor.kind !== 'officer' ? <span className="muted"> ({event.actor.kind})</span> : null}
        </td>
        <td className="mono">{event.action}</td>
        <td>
          {entityTypeLabel(event.entityType)}
          <span className="muted mono small"> {event.entityId}</span>
        </td>
        <td className="mono">{event.ip ?? '—'}</td>
        <td>
          {hasDetail ? (
            <button
              type="button"
              className="btn btn-secondary btn-small"
              aria-expanded={expanded}
              aria-controls={expanded ? detailId : undefined}
              onClick={onToggle}
            >
              {expanded ? 'Ẩn chi tiết' : 'Chi tiết'}
            </button>
          ) : null}
        </td>
      </tr>
      {expanded ? (
        <tr className="detail-row" id={detailId}>
          <td colSpan={AUDIT_COLUMNS}>
            <div className="diff">
              <div>
                <h3>Trước thay đổi</h3>
                <pre>{json(event.before)}</pre>
              </div>
              <div>
                <h3>Sau thay đổi</h3>
                <pre>{json(event.after)}</pre>
              </div>
            </div>
            {event.requestId ? <p className="muted small">Mã yêu cầu: {event.requestId}</p> : null}
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}
