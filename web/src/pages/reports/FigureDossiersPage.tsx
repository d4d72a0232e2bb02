import { Link, useSearchParams } from 'react-router-dom';
import { reportsApi } from '../../api/reports';
import { LoadError } from '../../components/Alert';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { formatLocalDate } from '../../lib/format';
import { usePaged } from '../../lib/usePaged';
import { DossierList } from '../dossiers/DossierList';
import { FIGURE_LABELS, readFigure, readReportParams, reportPath } from './reportQuery';

/** /bao-cao/ho-so: the dossiers behind one figure of the report (one row, or Tổng cộng). */
export function FigureDossiersPage() {
  const [params] = useSearchParams();
  const report = readReportParams(params);
  const figure = readFigure(params);
  const key = params.get('key') ?? undefined;
  const rowLabel = params.get('rowLabel') ?? (key ? key : 'Tổng cộng');
  const query = report && figure ? { ...report, figure, key } : null;
  const list = usePaged(
    (cursor, signal) =>
      query
        ? reportsApi.figureDossiers({ ...query, cursor }, signal)
        : Promise.resolve({ items: [], nextCursor: null }),
    query ? JSON.stringify(query) : null,
  );
  if (!report || !figure) {
    return (
      <section className="panel">
        <h1>Không đọc được số liệu cần xem</h1>
        <p>
          <Link to="/bao-cao">← Báo cáo</Link>
        </p>
      </section>
    );
  }
  return (
    <div className="report-page">
      <p>
        <Link to={reportPath(report)}>← Báo cáo</Link>
      </p>
      <PageHeader
        title={`Hồ sơ: ${FIGURE_LABELS[figure]}`}
        description={`${rowLabel} · từ ${formatLocalDate(report.from)} đến ${formatLocalDate(report.to)}`}
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
