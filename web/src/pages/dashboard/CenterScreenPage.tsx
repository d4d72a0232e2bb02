import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../auth/AuthContext';
import { formatNumber } from '../../lib/format';
import { formatRate } from './dashboardLinks';
import { LiveFigures } from './LiveFigures';
import { OnTimeTrend } from './PeriodCharts';
import { useDashboard } from './useDashboard';
import './dashboard.css';

function useClock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = window.setInterval(() => setNow(new Date()), 15_000);
    return () => window.clearInterval(t);
  }, []);
  return now;
}

/**
 * /man-hinh-trung-tam: the full-screen view for the TV of the service center — large type, no
 * navigation, refreshed live by the change stream. It runs under a signed-in read-only account
 * (ADR 0018); ?unitCode= picks the unit, otherwise the account's own.
 */
export function CenterScreenPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const unitCode = params.get('unitCode') ?? me.unit?.code ?? null;
  const { overview, trends, live } = useDashboard(unitCode);
  const now = useClock();
  const o = overview.data;
  const t = trends.data;
  const week = t?.onTime[t.onTime.length - 1];
  const time = now.toLocaleTimeString('vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const date = now.toLocaleDateString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  return (
    <main className="center-screen">
      <header className="center-screen-header">
        <h1>{o?.unitName ?? 'Trung tâm Phục vụ hành chính công'}</h1>
        <p>
          <span className="center-screen-clock">{time}</span> · {date}
          <span className={`dashboard-live${live ? ' on' : ''}`}>
            {live ? ' · Trực tiếp' : ' · Đang kết nối…'}
          </span>
        </p>
      </header>
      {o ? <LiveFigures o={o} large /> : <p className="center-screen-wait">Đang tải số liệu…</p>}
      {t && week ? (
        <section className="center-screen-trend" aria-label="Tỷ lệ đúng hạn">
          <h2>
            Tỷ lệ giải quyết đúng hạn tuần này: <strong>{formatRate(week.rate)}</strong> (
            {formatNumber(week.resolved)} hồ sơ đã giải quyết)
          </h2>
          <OnTimeTrend t={t} height={360} />
        </section>
      ) : null}
    </main>
  );
}
