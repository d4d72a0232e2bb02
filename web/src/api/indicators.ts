import type { Index766Dto, Index766RankingDto, IndicatorReport } from '@contract';
import { api, withQuery } from './client';

export type { Index766Dto, Index766RankingDto, IndicatorReport };

type Params = { unitCode: string; from: string; to: string; includeChildren: 'true' | 'false' };

export const indicatorsApi = {
  report: (p: Params, signal?: AbortSignal) => api.get<IndicatorReport>('/api/reports/indicators', p, signal),
  docxUrl: (p: Params) => withQuery('/api/reports/indicators.docx', p),
  index766: (p: Params, signal?: AbortSignal) => api.get<Index766Dto>('/api/reports/index-766', p, signal),
  ranking: (p: { provinceCode: string; from: string; to: string }, signal?: AbortSignal) =>
    api.get<Index766RankingDto>('/api/reports/index-766/ranking', p, signal),
};
