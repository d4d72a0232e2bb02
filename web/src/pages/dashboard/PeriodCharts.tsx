import { Link, useNavigate } from 'react-router-dom';
import type { DashboardTrends } from '../../api/dashboard';
import { formatLocalDate, formatNumber } from '../../lib/format';
import { figurePath } from '../reports/reportQuery';
import { formatRate, periodParams } from './dashboardLinks';
import { EChart } from './EChart';

const COLORS = { direct: '#1d4ed8', online: '#0f766e', postal: '#b45309', late: '#b91c1c' };
const weekLabel = (w: { from: string }) => formatLocalDate(w.from).slice(0, 5);

/** Weekly on-time rate (line) over resolved dossiers (bars); a click opens that week's resolved list. */
export function OnTimeTrend({ t, height }: { t: DashboardTrends; height?: number }) {
  const navigate = useNavigate();
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { data: ['Đã giải quyết', 'Tỷ lệ đúng hạn (%)'] },
    grid: { left: 48, right: 48, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: t.onTime.map(weekLabel) },
    yAxis: [
      { type: 'value', name: 'Hồ sơ', minInterval: 1 },
      { type: 'value', name: '%', min: 0, max: 100 },
    ],
    series: [
      { name: 'Đã giải quyết', type: 'bar', data: t.onTime.map((w) => w.resolved), color: COLORS.direct },
      {
        name: 'Tỷ lệ đúng hạn (%)',
        type: 'line',
        yAxisIndex: 1,
        data: t.onTime.map((w) => (w.rate === null ? null : Math.round(w.rate * 1000) / 10)),
        color: COLORS.online,
      },
    ],
  };
  return (
    <EChart
      option={option}
      height={height ?? 280}
      label={`Tỷ lệ giải quyết đúng hạn ${t.onTime.length} tuần gần nhất: ${t.onTime
        .map((w) => `tuần từ ${formatLocalDate(w.from)} ${formatRate(w.rate)}`)
        .join('; ')}`}
      onClickIndex={(i) => {
        const w = t.onTime[i];
        if (w) navigate(figurePath({ ...periodParams(t), from: w.from, to: w.to }, 'resolved.total'));
      }}
    />
  );
}

/** Intake of the period by field, stacked by channel, with the table of the same figures as links. */
export function IntakeByField({ t }: { t: DashboardTrends }) {
  const navigate = useNavigate();
  const p = periodParams(t);
  const rows = t.intakeByField.slice(0, 10);
  const channels = [
    { key: 'direct', figure: 'received.direct', label: 'Trực tiếp' },
    { key: 'online', figure: 'received.online', label: 'Trực tuyến' },
    { key: 'postal', figure: 'received.postal', label: 'Bưu chính' },
  ] as const;
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: channels.map((c) => c.label) },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      inverse: true,
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: channels.map((c) => ({
      name: c.label,
      type: 'bar',
      stack: 'kenh',
      color: COLORS[c.key],
      data: rows.map((r) => r[c.key]),
    })),
  };
  return (
    <>
      {rows.length ? (
        <EChart
          option={option}
          height={Math.max(160, 48 + rows.length * 36)}
          label={`Hồ sơ tiếp nhận theo lĩnh vực: ${rows.map((r) => `${r.label} ${r.total}`).join('; ')}`}
          onClickIndex={(i, s) => {
            const r = rows[i];
            const c = channels[s];
            if (r && c) navigate(figurePath(p, c.figure, { key: r.fieldCode, label: r.label }));
          }}
        />
      ) : (
        <p>Chưa tiếp nhận hồ sơ nào trong kỳ.</p>
      )}
      <p className="dashboard-channels">
        {t.intakeByChannel.map((c) => (
          <Link key={c.channel} to={figurePath({ ...p, groupBy: 'channel' }, `received.${c.channel}`)}>
            {c.label}: {formatNumber(c.count)}
          </Link>
        ))}
      </p>
    </>
  );
}

/** A province's communes: on-time rate and overdue dossiers, each figure a link to the report's list. */
export function CommuneComparison({ t }: { t: DashboardTrends }) {
  const p = { ...periodParams(t), groupBy: 'unit' as const };
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Xã, phường</th>
            <th scope="col" className="num">
              Tiếp nhận mới
            </th>
            <th scope="col" className="num">
              Đã giải quyết
            </th>
            <th scope="col" className="num">
              Đúng hạn
            </th>
            <th scope="col" className="num">
              Đang quá hạn
            </th>
          </tr>
        </thead>
        <tbody>
          {t.communes.map((c) => {
            const row = { key: c.unitCode, label: c.unitName };
            return (
              <tr key={c.unitCode}>
                <th scope="row">{c.unitName}</th>
                <td className="num">
                  <Link to={figurePath(p, 'received.new', row)}>{formatNumber(c.received)}</Link>
                </td>
                <td className="num">
                  <Link to={figurePath(p, 'resolved.total', row)}>{formatNumber(c.resolved)}</Link>
                </td>
                <td className="num">{formatRate(c.rate)}</td>
                <td className="num">
                  <Link to={figurePath(p, 'inProgress.overdue', row)}>{formatNumber(c.overdue)}</Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
