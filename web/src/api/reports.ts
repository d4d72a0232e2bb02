import type {
  DossierResults,
  DossierResultsDrillDownQuery,
  DossierResultsQuery,
  DossierSummary,
  PeriodPresets,
  ReportFigure,
  ReportGroupByValue,
} from '@contract';
import { api, withQuery } from './client';
import type { Page } from './units';

export type { DossierResults, PeriodPresets, ReportFigure, ReportGroupByValue };

/** The report query as the page keeps it: every parameter a string, as in the address. */
export type ReportParams = {
  unitCode: string;
  from: string;
  to: string;
  groupBy: ReportGroupByValue;
  includeChildren: 'true' | 'false';
};

export const reportsApi = {
  results: (params: ReportParams, signal?: AbortSignal) =>
    api.get<DossierResults>('/api/reports/dossier-results', params satisfies DossierResultsQuery, signal),
  figureDossiers: (
    params: ReportParams & { figure: ReportFigure; key?: string | undefined; cursor?: string | undefined },
    signal?: AbortSignal,
  ) =>
    api.get<Page<DossierSummary>>(
      '/api/reports/dossier-results/dossiers',
      { ...params, limit: 50 } satisfies DossierResultsDrillDownQuery,
      signal,
    ),
  periods: (date: string, signal?: AbortSignal) =>
    api.get<PeriodPresets>('/api/reports/periods', { date }, signal),
  exportUrl: (params: ReportParams, extension: 'xlsx' | 'docx') =>
    withQuery(`/api/reports/dossier-results.${extension}`, params),
};
