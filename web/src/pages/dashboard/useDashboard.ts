// Loads the dashboard's live and period figures for a unit and keeps them fresh: the server's change
// stream (EventSource on /api/dashboard/events) says when dossiers of the unit changed; live figures
// are refetched at once, period figures at most once a minute. Without the stream (it closed because
// the session ended, or a proxy cut it) the figures are refetched every minute anyway.
import { useEffect, useRef, useState } from 'react';
import { dashboardApi } from '../../api/dashboard';
import { useApi } from '../../lib/useApi';

const TRENDS_EVERY_MS = 60_000;

export function useDashboard(unitCode: string | null) {
  const overview = useApi(
    (signal) => (unitCode ? dashboardApi.overview(unitCode, signal) : Promise.resolve(undefined)),
    unitCode ? `overview:${unitCode}` : null,
  );
  const trends = useApi(
    (signal) => (unitCode ? dashboardApi.trends(unitCode, signal) : Promise.resolve(undefined)),
    unitCode ? `trends:${unitCode}` : null,
  );
  const [live, setLive] = useState(false);
  const [updatedAt, setUpdatedAt] = useState<number>(() => Date.now());
  const lastTrends = useRef(Date.now());
  const reloadOverview = useRef(overview.reload);
  const reloadTrends = useRef(trends.reload);
  reloadOverview.current = overview.reload;
  reloadTrends.current = trends.reload;

  useEffect(() => {
    if (!unitCode) return;
    const refresh = (force: boolean) => {
      reloadOverview.current();
      if (force || Date.now() - lastTrends.current >= TRENDS_EVERY_MS) {
        lastTrends.current = Date.now();
        reloadTrends.current();
      }
      setUpdatedAt(Date.now());
    };
    const source = new EventSource(dashboardApi.eventsUrl(unitCode));
    source.addEventListener('ready', () => setLive(true));
    source.addEventListener('changed', () => refresh(false));
    source.onerror = () => setLive(source.readyState === EventSource.OPEN);
    const timer = window.setInterval(() => refresh(true), TRENDS_EVERY_MS);
    return () => {
      source.close();
      window.clearInterval(timer);
      setLive(false);
    };
  }, [unitCode]);

  return { overview, trends, live, updatedAt };
}
