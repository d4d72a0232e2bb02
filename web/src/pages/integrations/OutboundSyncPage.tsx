// Đồng bộ Cổng DVCQG: health of the outbound sync over the officer's units (ADR 0012) — whether the
// connection is configured, what waits and since when, failing changes, last success and last error.
import type { OutboundDestination } from '../../api/outbound';
import { outboundApi } from '../../api/outbound';
import { LoadError, Loading } from '../../components/Alert';
import { EmptyRow, PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';

const when = (iso: string | null) => (iso ? formatDateTime(iso) : '—');

function Destination({ d }: { d: OutboundDestination }) {
  return (
    <section className="panel" aria-labelledby={`dest-${d.destination}`}>
      <h2 id={`dest-${d.destination}`}>{d.name}</h2>
      <dl className="info-list">
        <div>
          <dt>Kết nối</dt>
          <dd>
            {d.configured ? (
              'đã cấu hình'
            ) : (
              <span className="badge badge-warn">chưa cấu hình — các thay đổi được giữ lại, chưa gửi</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Thay đổi đang chờ gửi</dt>
          <dd>
            {formatNumber(d.pending)}
            {d.failing ? ` (${formatNumber(d.failing)} đang lỗi, thử lại tự động)` : ''}
          </dd>
        </div>
        <div>
          <dt>Hồ sơ bị Cổng từ chối</dt>
          <dd>
            {d.refused ? (
              <span className="badge badge-warn">
                {formatNumber(d.refused)} hồ sơ — sửa hồ sơ rồi bấm “Gửi lại lên Cổng DVCQG” trên trang hồ sơ
              </span>
            ) : (
              '0'
            )}
          </dd>
        </div>
        <div>
          <dt>Chờ lâu nhất từ</dt>
          <dd>{when(d.oldestPendingAt)}</dd>
        </div>
        <div>
          <dt>Gửi được gần nhất</dt>
          <dd>{when(d.lastSuccessAt)}</dd>
        </div>
        <div>
          <dt>Lỗi gần nhất</dt>
          <dd>{d.lastError ? `${d.lastError} (${when(d.lastErrorAt)})` : '—'}</dd>
        </div>
      </dl>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Tình trạng đồng bộ theo đơn vị</caption>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Đang chờ</th>
              <th scope="col">Đang lỗi</th>
              <th scope="col">Bị từ chối</th>
              <th scope="col">Chờ từ</th>
              <th scope="col">Đã gửi</th>
              <th scope="col">Gửi được gần nhất</th>
              <th scope="col">Lỗi gần nhất</th>
            </tr>
          </thead>
          <tbody>
            {d.units.map((u) => (
              <tr key={u.unitCode}>
                <td>
                  {u.unitName} <span className="muted small mono">({u.unitCode})</span>
                </td>
                <td className="num">{formatNumber(u.pending)}</td>
                <td className="num">{formatNumber(u.failing)}</td>
                <td className="num">{formatNumber(u.refused)}</td>
                <td>{when(u.oldestPendingAt)}</td>
                <td className="num">{formatNumber(u.deliveredCount)}</td>
                <td>{when(u.lastSuccessAt)}</td>
                <td>{u.lastError ? `${u.lastError} (${when(u.lastErrorAt)})` : '—'}</td>
              </tr>
            ))}
            {d.units.length === 0 ? (
              <EmptyRow colSpan={8}>Chưa có thay đổi hồ sơ nào cần gửi.</EmptyRow>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function OutboundSyncPage() {
  const list = useApi((signal) => outboundApi.destinations(signal), 'outbound-destinations');
  return (
    <section>
      <PageHeader
        title="Đồng bộ Cổng DVCQG"
        description="Mọi thay đổi của hồ sơ (tiếp nhận, chuyển bước, trạng thái, kết quả) được gửi lên Cổng Dịch vụ công quốc gia theo thứ tự, tự động gửi lại khi Cổng gián đoạn. Thay đổi Cổng từ chối vì dữ liệu không hợp lệ được để riêng, không gửi lại tự động."
      />
      <LoadError error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data?.items.map((d) => (
        <Destination key={d.destination} d={d} />
      ))}
    </section>
  );
}
