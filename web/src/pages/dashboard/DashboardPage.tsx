import { Link } from 'react-router-dom';
import { useUnitScope } from '../../auth/UnitScope';
import { LoadError, Loading } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatLocalDate } from '../../lib/format';
import { LateTable, LiveFigures } from './LiveFigures';
import { CommuneComparison, IntakeByField, OnTimeTrend } from './PeriodCharts';
import { useDashboard } from './useDashboard';
import './dashboard.css';

/** Bảng điều hành: the leaders' dashboard of the chosen unit (a province covers its communes). */
export function DashboardPage() {
  const scope = useUnitScope();
  const { overview, trends, live, updatedAt } = useDashboard(scope.unitCode);
  const o = overview.data;
  const t = trends.data;
  return (
    <div className="dashboard-page">
      <PageHeader
        title="Bảng điều hành"
        description={
          <>
            {o ? o.unitName : scope.unit?.name}
            {o?.includesChildren ? ' và các xã, phường trực thuộc' : ''} ·{' '}
            <span className={`dashboard-live${live ? ' on' : ''}`} role="status">
              {live ? 'Cập nhật trực tiếp' : 'Đang kết nối…'} (lúc{' '}
              {formatDateTime(new Date(updatedAt).toISOString())})
            </span>
          </>
        }
        actions={
          <Link
            className="button"
            to={`/man-hinh-trung-tam${scope.unitCode ? `?unitCode=${scope.unitCode}` : ''}`}
          >
            Màn hình trung tâm
          </Link>
        }
      />
      <LoadError error={overview.error} onRetry={overview.reload} />
      {o ? <LiveFigures o={o} /> : overview.loading ? <Loading /> : null}
      {o ? (
        <div className="dashboard-grid">
          <LateTable o={o} by="department" />
          <LateTable o={o} by="officer" />
        </div>
      ) : null}
      <LoadError error={trends.error} onRetry={trends.reload} />
      {t ? (
        <>
          <div className="dashboard-grid">
            <section className="panel dashboard-panel" aria-labelledby="trend">
              <h2 id="trend">Tỷ lệ giải quyết đúng hạn theo tuần</h2>
              <OnTimeTrend t={t} />
            </section>
            <section className="panel dashboard-panel" aria-labelledby="intake">
              <h2 id="intake">
                Tiếp nhận theo lĩnh vực và kênh ({formatLocalDate(t.from)} – {formatLocalDate(t.to)})
              </h2>
              <IntakeByField t={t} />
            </section>
          </div>
          {t.includesChildren ? (
            <section className="panel dashboard-panel" aria-labelledby="communes">
              <h2 id="communes">
                So sánh các xã, phường ({formatLocalDate(t.from)} – {formatLocalDate(t.to)})
              </h2>
              <CommuneComparison t={t} />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
