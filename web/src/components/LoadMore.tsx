import { formatNumber } from '../lib/format';
import { Loading } from './Alert';

/** Keyset paging footer: how many rows are shown and a "Xem thêm" button while more exist. */
export function LoadMore({
  count,
  hasMore,
  loading,
  onMore,
}: {
  count: number;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  if (loading && count === 0) return <Loading />;
  return (
    <div className="load-more">
      <span className="muted">Đang hiển thị {formatNumber(count)} dòng</span>
      {hasMore ? (
        <button type="button" className="btn btn-secondary" onClick={onMore} disabled={loading}>
          {loading ? 'Đang tải…' : 'Xem thêm'}
        </button>
      ) : null}
    </div>
  );
}
