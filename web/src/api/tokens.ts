import type { ApiToken, createApiTokenBody, createdApiToken } from '@contract';
import type { z } from 'zod';
import { api } from './client';

export type CreateApiTokenInput = z.input<typeof createApiTokenBody>;
export type CreatedApiToken = z.infer<typeof createdApiToken>;

export const tokensApi = {
  list: (unitCode: string | undefined, signal?: AbortSignal) =>
    api.get<{ items: ApiToken[] }>('/api/api-tokens', { unitCode }, signal),
  create: (body: CreateApiTokenInput) => api.post<CreatedApiToken>('/api/api-tokens', body),
  revoke: (id: string) => api.del(`/api/api-tokens/${encodeURIComponent(id)}`),
};
