import type { AuditEvent } from '@contract';
import { api } from './client';
import type { Page } from './units';

export type ListAuditParams = {
  unitCode?: string;
  entityType?: string;
  entityId?: string;
  cursor?: string;
  limit?: number;
};

export const auditApi = {
  list: (params: ListAuditParams, signal?: AbortSignal) =>
    api.get<Page<AuditEvent>>('/api/audit-events', params, signal),
};
