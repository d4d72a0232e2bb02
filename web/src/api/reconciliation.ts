import type { DifferenceKindValue, Reconciliation, ReconciliationDifference } from '@contract';
import { api } from './client';
import type { Page } from './units';

export type { DifferenceKindValue, Reconciliation, ReconciliationDifference };

export type ReconciliationParams = {
  unitCode: string;
  from: string;
  to: string;
  includeChildren: 'true' | 'false';
};

export const reconciliationApi = {
  summary: (params: ReconciliationParams, signal?: AbortSignal) =>
    api.get<Reconciliation>('/api/integrations/reconciliation', params, signal),
  differences: (
    params: ReconciliationParams & {
      source: string;
      kind?: DifferenceKindValue | undefined;
      cursor?: string | undefined;
    },
    signal?: AbortSignal,
  ) =>
    api.get<Page<ReconciliationDifference>>(
      '/api/integrations/reconciliation/differences',
      { ...params, limit: 50 },
      signal,
    ),
};
