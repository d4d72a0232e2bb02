import type { ImportJob, IntegrationSource, sourceMapping } from '@contract';
import type { z } from 'zod';
import { api, uploadFile } from './client';

export type SourceMapping = z.infer<typeof sourceMapping>;
export type MappingInput = SourceMapping['mapping'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importsApi = {
  sources: (signal?: AbortSignal) =>
    api.get<{ items: IntegrationSource[] }>('/api/integrations/sources', undefined, signal),
  mapping: (code: string, signal?: AbortSignal) =>
    api.get<SourceMapping>(
      `/api/integrations/sources/${encodeURIComponent(code)}/import-mapping`,
      undefined,
      signal,
    ),
  saveMapping: (code: string, mapping: MappingInput) =>
    api.put<SourceMapping>(`/api/integrations/sources/${encodeURIComponent(code)}/import-mapping`, mapping),
  upload: (code: string, file: File) =>
    uploadFile<ImportJob>(
      `/api/integrations/sources/${encodeURIComponent(code)}/imports`,
      file,
      /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv',
      { name: file.name },
    ),
  job: (id: string) => api.get<ImportJob>(`/api/integrations/imports/${encodeURIComponent(id)}`),
  errorsUrl: (id: string, format: 'csv' | 'xlsx') =>
    `/api/integrations/imports/${encodeURIComponent(id)}/errors?format=${format}`,
};
