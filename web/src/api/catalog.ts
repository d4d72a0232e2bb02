import type {
  fieldItem,
  ProcedureDetail,
  ProcedureSummary,
  ProcedureVersionItem,
  ProcedureVersions,
  PublishVersionInput,
} from '@contract';
import type { z } from 'zod';
import { api } from './client';
import type { Page } from './units';

export type FieldItem = z.infer<typeof fieldItem>;
export type {
  ProcedureDetail,
  ProcedureSummary,
  ProcedureVersionItem,
  ProcedureVersions,
  PublishVersionInput,
};
export type ListProceduresParams = { q?: string; fieldCode?: string; cursor?: string; limit?: number };

const enc = encodeURIComponent;

export const catalogApi = {
  fields: (signal?: AbortSignal) => api.get<{ items: FieldItem[] }>('/api/fields', undefined, signal),
  procedures: (params: ListProceduresParams, signal?: AbortSignal) =>
    api.get<Page<ProcedureSummary>>('/api/procedures', params, signal),
  procedure: (code: string, signal?: AbortSignal) =>
    api.get<ProcedureDetail>(`/api/procedures/${enc(code)}`, undefined, signal),
  publicProcedure: (code: string, signal?: AbortSignal) =>
    api.get<ProcedureDetail>(`/api/public/procedures/${enc(code)}`, undefined, signal),
  versions: (code: string, signal?: AbortSignal) =>
    api.get<ProcedureVersions>(`/api/procedures/${enc(code)}/versions`, undefined, signal),
  publishVersion: (code: string, body: PublishVersionInput) =>
    api.post<ProcedureVersionItem>(`/api/procedures/${enc(code)}/versions`, body),
};
