import type { DossierDetail } from '../../api/dossiers';
import { formatDateTime } from '../../lib/format';
import { DOSSIER_STATE_LABELS } from '../../lib/labels';
import { StepStatusBadge } from './badges';

const stateLabel = (s: string | null) =>
  s ? (DOSSIER_STATE_LABELS[s as keyof typeof DOSSIER_STATE_LABELS] ?? s) : '—';

/** Quá trình xử lý: one row per step held (Mẫu 05), with its deadline result. */
export function StepsTable({ steps }: { steps: DossierDetail['steps'] }) {
  return (
    <div className="table-wrap dossier-table-wrap">
      <table className="table dossier-table steps-table">
        <caption className="visually-hidden">Quá trình xử lý hồ sơ</caption>
        <thead>
          <tr>
            <th scope="col">Bước</th>
            <th scope="col">Người xử lý</th>
            <th scope="col">Nhận lúc</th>
            <th scope="col">Hạn</th>
            <th scope="col">Hoàn thành lúc</th>
            <th scope="col">Kết quả</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={`${s.stepIndex}-${s.openedAt}`}>
              <td data-label="Bước">
                {s.stepIndex + 1}. {s.stepName}
              </td>
              <td data-label="Người xử lý">{s.closedByName ?? s.assigneeName ?? '—'}</td>
              <td data-label="Nhận lúc" className="nowrap">
                {formatDateTime(s.openedAt)}
              </td>
              <td data-label="Hạn" className="nowrap">
                {formatDateTime(s.dueAt)}
              </td>
              <td data-label="Hoàn thành lúc" className="nowrap">
                {s.closedAt ? formatDateTime(s.closedAt) : '—'}
              </td>
              <td data-label="Kết quả">
                <StepStatusBadge status={s.status} />
              </td>
            </tr>
          ))}
          {steps.length === 0 ? (
            <tr>
              <td colSpan={6} className="empty">
                Hồ sơ chưa qua bước xử lý nào.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

/** Nhật ký hồ sơ: every action with who, when and the change of state. */
export function EventsList({ events }: { events: DossierDetail['events'] }) {
  if (events.length === 0) return <p className="muted">Chưa có thao tác nào.</p>;
  return (
    <ol className="event-list">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at} className="event-time">
            {formatDateTime(e.at)}
          </time>
          <div>
            <p className="event-title">
              <strong>{e.actionLabel}</strong> — {e.actorName}
            </p>
            <p className="muted small">
              {e.fromState ? `${stateLabel(e.fromState)} → ` : ''}
              {stateLabel(e.toState)}
            </p>
            {e.note ? <p className="event-note">{e.note}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
