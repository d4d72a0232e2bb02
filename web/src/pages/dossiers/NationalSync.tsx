// "Đồng bộ Cổng DVCQG: đã gửi / đang chờ gửi / lỗi, đang thử lại / bị từ chối …" on the dossier page
// (ADR 0012). Reloaded whenever the dossier's version changes; hidden if the caller may not read it.
// When the portal refused a change for good, an officer of the dossier's unit who receives or processes
// dossiers can send the corrected dossier again.
import { useState } from 'react';
import { outboundApi } from '../../api/outbound';
import { hasAny, useAuth } from '../../auth/AuthContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';

export function NationalSyncItem({
  dossierId,
  unitCode,
  version,
}: {
  dossierId: string;
  unitCode: string;
  version: number;
}) {
  const { me } = useAuth();
  const [confirming, setConfirming] = useState(false);
  const sync = useApi(
    (signal) => outboundApi.dossier(dossierId, signal),
    `national-sync:${dossierId}:${version}`,
  );
  const s = sync.data;
  if (!s) return null;
  const mayResend = me?.unit?.code === unitCode && hasAny(me, ['dossiers:receive', 'dossiers:process']);
  let detail = '';
  if (s.state === 'delivered' && s.lastDeliveredAt)
    detail = ` (${formatNumber(s.delivered)} thay đổi, lần gần nhất ${formatDateTime(s.lastDeliveredAt)})`;
  else if (s.state === 'pending' || s.state === 'not_configured')
    detail = s.pending ? ` (${formatNumber(s.pending)} thay đổi chờ gửi)` : '';
  else if (s.state === 'failing')
    detail = ` (${formatNumber(s.pending)} thay đổi chờ gửi, đã thử ${formatNumber(s.attempts)} lần${
      s.nextAttemptAt ? `, thử lại lúc ${formatDateTime(s.nextAttemptAt)}` : ''
    })`;
  else if (s.state === 'refused' && s.lastRefusal) detail = ` (lúc ${formatDateTime(s.lastRefusal.at)})`;
  const warn = s.state === 'failing' || s.state === 'refused';
  return (
    <div>
      <dt>Đồng bộ Cổng DVCQG</dt>
      <dd data-sync-state={s.state}>
        {warn ? <span className="badge badge-warn">{s.label}</span> : s.label}
        {detail}
        {s.state === 'failing' && s.lastError ? (
          <span className="block muted small">{s.lastError}</span>
        ) : null}
        {s.state === 'refused' && s.lastRefusal ? (
          <span className="block muted small">Lý do: {s.lastRefusal.reason}</span>
        ) : null}
        {s.state === 'refused' && mayResend ? (
          <button type="button" className="btn btn-small" onClick={() => setConfirming(true)}>
            Gửi lại lên Cổng DVCQG
          </button>
        ) : null}
        {confirming ? (
          <ConfirmDialog
            title="Gửi lại hồ sơ lên Cổng DVCQG"
            confirmLabel="Gửi lại"
            onConfirm={() => outboundApi.resend(dossierId)}
            onDone={() => {
              setConfirming(false);
              sync.reload();
            }}
            onClose={() => setConfirming(false)}
          >
            Cổng DVCQG đã từ chối thay đổi của hồ sơ này. Sau khi đã sửa thông tin theo lý do Cổng nêu, bản
            ghi hiện tại của hồ sơ sẽ được xếp vào hàng đợi và gửi lại.
          </ConfirmDialog>
        ) : null}
      </dd>
    </div>
  );
}
