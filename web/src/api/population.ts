import type { CitizenLookup } from '@contract';
import { api } from './client';

export type { CitizenLookup };

export const populationApi = {
  /** The CCCD goes in the body, not the URL, so it stays out of access logs. */
  lookup: (idNumber: string) => api.post<CitizenLookup>('/api/population/citizens/lookup', { idNumber }),
};
