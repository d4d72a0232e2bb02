import { Link } from 'react-router-dom';
import type { DashboardOverview } from '../../api/dashboard';
import { formatNumber } from '../../lib/format';
import { LIVE_FIGURE_LABELS, livePath } from './dashboardLinks';

/** The four live figures as cards, each a link to its dossiers; today's receipts also by channel. */
export function LiveFigures({ o, large = false }: { o: DashboardOverview; large?: boolean }) {
  const unitCode = o.unitCode;
  const cards = [
    {
      figure: 'received_today' as const,
      value: o.receivedToday.total,
      note: o.receivedToday.byChannel.map((c) => (
        <Link key={c.channel} to={livePath({ unitCode, figure: 'received_today', channel: c.channel })}>
          {c.label}: {formatNumber(c.count)}
        </Link>
      )),
    },
    {
      figure: 'due_soon' as const,
      value: o.dueSoon,
      note: [<span key="n">Đến hạn trong {o.dueSoonWorkingDays} ngày làm việc tới</span>],
    },
    { figure: 'overdue' as const, value: o.overdue, note: [<span key="n">Đã quá hạn giải quyết</span>] },
    {
      figure: 'step_overdue' as const,
      value: o.stepOverdue,
      note: [<span key="n">Còn trong hạn, nhưng bước hiện tại đã trễ</span>],
    },
  ];
  return (
    <ul className={`dashboard-cards${large ? ' dashboard-cards-large' : ''}`}>
      {cards.map((c) => (
        <li key={c.figure} className={`dashboard-card dashboard-card-${c.figure}`}>
          <Link
            className="dashboard-card-figure"
            to={livePath({ unitCode, figure: c.figure })}
            aria-label={`${LIVE_FIGURE_LABELS[c.figure]}: ${formatNumber(c.value)} hồ sơ`}
          >
            <span className="dashboard-card-label">{LIVE_FIGURE_LABELS[c.figure]}</span>
            <span className="dashboard-card-value">{formatNumber(c.value)}</span>
          </Link>
          <span className="dashboard-card-note">{c.note}</span>
        </li>
      ))}
    </ul>
  );
}

/** Late open dossiers by department or by officer, each number a link to its dossiers. */
export function LateTable({ o, by }: { o: DashboardOverview; by: 'department' | 'officer' }) {
  const rows =
    by === 'department'
      ? o.byDepartment.map((r) => ({
          key: r.departmentId ?? 'none',
          label: r.label,
          sub: '',
          filter: { departmentId: r.departmentId ?? 'none' },
          overdue: r.overdue,
          stepOverdue: r.stepOverdue,
        }))
      : o.byOfficer.map((r) => ({
          key: r.officerId ?? 'none',
          label: r.label,
          sub: r.departmentLabel,
          filter: { officerId: r.officerId ?? 'none' },
          overdue: r.overdue,
          stepOverdue: r.stepOverdue,
        }));
  const title = by === 'department' ? 'Hồ sơ trễ hạn theo phòng chuyên môn' : 'Hồ sơ trễ hạn theo cán bộ';
  return (
    <section className="panel dashboard-panel" aria-labelledby={`late-${by}`}>
      <h2 id={`late-${by}`}>{title}</h2>
      {rows.length === 0 ? (
        <p>Không có hồ sơ trễ hạn.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{by === 'department' ? 'Phòng' : 'Cán bộ'}</th>
                <th scope="col" className="num">
                  Quá hạn
                </th>
                <th scope="col" className="num">
                  Trễ ở bước xử lý
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">
                    {r.label}
                    {r.sub ? <span className="muted"> · {r.sub}</span> : null}
                  </th>
                  <td className="num">
                    <Link to={livePath({ unitCode: o.unitCode, figure: 'overdue', ...r.filter })}>
                      {formatNumber(r.overdue)}
                    </Link>
                  </td>
                  <td className="num">
                    <Link to={livePath({ unitCode: o.unitCode, figure: 'step_overdue', ...r.filter })}>
                      {formatNumber(r.stepOverdue)}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
