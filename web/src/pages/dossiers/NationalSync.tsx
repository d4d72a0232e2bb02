// "Đồng bộ Cổng DVCQG: đã gửi / đang chờ gửi / lỗi, đang thử lại …" on the dossier page (ADR 0012).
// Reloaded whenever the dossier's version changes; hidden if the caller may not read it.
import { outboundApi } from '../../api/outbound';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';

export function NationalSyncItem({ dossierId, version }: { dossierId: string; version: number }) {
  const sync = useApi(
    (signal) => outboundApi.dossier(dossierId, signal),
    `national-sync:${dossierId}:${version}`,
  );
  const s = sync.data;
  if (!s) return null;
  let detail = '';
  if (s.state === 'delivered' && s.lastDeliveredAt)
    detail = ` (${formatNumber(s.delivered)} thay đổi, lần gần nhất ${formatDateTime(s.lastDeliveredAt)})`;
  else if (s.state === 'pending' || s.state === 'not_configured')
    detail = s.pending ? ` (${formatNumber(s.pending)} thay đổi chờ gửi)` : '';
  else if (s.state === 'failing')
    detail = ` (${formatNumber(s.pending)} thay đổi chờ gửi, đã thử ${formatNumber(s.attempts)} lần${
      s.nextAttemptAt ? `, thử lại lúc ${formatDateTime(s.nextAttemptAt)}` : ''
    })`;
  return (
    <div>
      <dt>Đồng bộ Cổng DVCQG</dt>
      <dd data-sync-state={s.state}>
        {s.state === 'failing' ? <span className="badge badge-warn">{s.label}</span> : s.label}
        {detail}
        {s.state === 'failing' && s.lastError ? (
          <span className="block muted small">{s.lastError}</span>
        ) : null}
      </dd>
    </div>
  );
}
