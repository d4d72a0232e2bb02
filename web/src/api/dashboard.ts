import type {
  DashboardDossiersQuery,
  DashboardFigure,
  DashboardOverview,
  DashboardTrends,
  DashboardTrendsQuery,
  DossierSummary,
} from '@contract';
import { api, withQuery } from './client';
import type { Page } from './units';

export type { DashboardFigure, DashboardOverview, DashboardTrends };

/** Filters of a live figure's dossier list, as they live in the address. */
export type DashboardListParams = {
  unitCode: string;
  figure: DashboardFigure;
  channel?: 'direct' | 'online' | 'postal' | undefined;
  officerId?: string | undefined;
  departmentId?: string | undefined;
};

export const dashboardApi = {
  overview: (unitCode: string, signal?: AbortSignal) =>
    api.get<DashboardOverview>('/api/dashboard/overview', { unitCode }, signal),
  trends: (unitCode: string, signal?: AbortSignal) =>
    api.get<DashboardTrends>(
      '/api/dashboard/trends',
      { unitCode, weeks: 8 } satisfies DashboardTrendsQuery,
      signal,
    ),
  dossiers: (params: DashboardListParams & { cursor?: string | undefined }, signal?: AbortSignal) =>
    api.get<Page<DossierSummary>>(
      '/api/dashboard/dossiers',
      { ...params, limit: 50 } satisfies DashboardDossiersQuery,
      signal,
    ),
  eventsUrl: (unitCode: string) => withQuery('/api/dashboard/events', { unitCode }),
};
