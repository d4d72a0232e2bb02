import { Link, useSearchParams } from 'react-router-dom';
import { dashboardApi } from '../../api/dashboard';
import { LoadError } from '../../components/Alert';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { usePaged } from '../../lib/usePaged';
import { DossierList } from '../dossiers/DossierList';
import { LIVE_FIGURE_LABELS, readListParams } from './dashboardLinks';

const CHANNELS = { direct: 'trực tiếp', online: 'trực tuyến', postal: 'qua bưu chính' } as const;

/** /bang-dieu-hanh/ho-so: the dossiers behind one live figure of the dashboard. */
export function DashboardDossiersPage() {
  const [params] = useSearchParams();
  const query = readListParams(params);
  const list = usePaged(
    (cursor, signal) =>
      query
        ? dashboardApi.dossiers({ ...query, cursor }, signal)
        : Promise.resolve({ items: [], nextCursor: null }),
    query ? JSON.stringify(query) : null,
  );
  if (!query) {
    return (
      <section className="panel">
        <h1>Không đọc được số liệu cần xem</h1>
        <p>
          <Link to="/bang-dieu-hanh">← Bảng điều hành</Link>
        </p>
      </section>
    );
  }
  const detail = [
    query.channel ? `Kênh ${CHANNELS[query.channel]}` : null,
    query.officerId === 'none' ? 'Chưa phân công' : query.officerId ? 'Theo cán bộ' : null,
    query.departmentId ? 'Theo phòng chuyên môn' : null,
  ].filter(Boolean);
  return (
    <div className="report-page">
      <p>
        <Link to="/bang-dieu-hanh">← Bảng điều hành</Link>
      </p>
      <PageHeader
        title={`Hồ sơ: ${LIVE_FIGURE_LABELS[query.figure]}`}
        description={detail.join(' · ') || undefined}
      />
      <LoadError error={list.error} onRetry={list.reload} />
      <DossierList
        items={list.items}
        empty={!list.loading && !list.error && list.items.length === 0 ? 'Không có hồ sơ nào.' : null}
      />
      <LoadMore
        count={list.items.length}
        hasMore={list.hasMore}
        loading={list.loading}
        onMore={list.loadMore}
      />
    </div>
  );
}
