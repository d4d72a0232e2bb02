import type { DossierNationalSync, OutboundDestination } from '@contract';
import { api } from './client';

export type { DossierNationalSync, OutboundDestination };

const enc = encodeURIComponent;

export const outboundApi = {
  dossier: (id: string, signal?: AbortSignal) =>
    api.get<DossierNationalSync>(`/api/dossiers/${enc(id)}/national-sync`, undefined, signal),
  resend: (id: string) => api.post<DossierNationalSync>(`/api/dossiers/${enc(id)}/national-sync/resend`),
  destinations: (signal?: AbortSignal) =>
    api.get<{ items: OutboundDestination[] }>('/api/integrations/outbound', undefined, signal),
};
