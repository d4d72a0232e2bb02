import type {
  allowedAction,
  CreateDossierInput,
  DossierActionInput,
  DossierDetail,
  DossierQueue,
  DossierStateCode,
  DossierSummary,
  deadlineStatus,
  dossierChannel,
  dossierStep,
  publicTracking,
  queueCounts,
  returnChannel,
} from '@contract';
import type { z } from 'zod';
import { api } from './client';
import type { Page } from './units';

export type DeadlineStatus = z.infer<typeof deadlineStatus>;
export type DossierChannel = z.infer<typeof dossierChannel>;
export type ReturnChannel = z.infer<typeof returnChannel>;
export type FeePayment = DossierDetail['feePayment'];
export type OwnerKind = DossierDetail['ownerKind'];
export type DossierStep = z.infer<typeof dossierStep>;
export type StepStatus = DossierStep['status'];
export type AllowedAction = z.infer<typeof allowedAction>;
export type QueueCounts = z.infer<typeof queueCounts>;
export type PublicTracking = z.infer<typeof publicTracking>;
export type { CreateDossierInput, DossierActionInput, DossierDetail, DossierQueue, DossierSummary };

export type ListDossiersParams = {
  unitCode?: string | undefined;
  queue?: DossierQueue | undefined;
  q?: string | undefined;
  state?: DossierStateCode | undefined;
  procedureCode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit?: number;
};

/** The printable forms: Mẫu 01 receipt … Mẫu 05 process control slip. */
export type FormCode = 'mau_01' | 'mau_02' | 'mau_03' | 'mau_04' | 'mau_05';

const enc = encodeURIComponent;

export const dossiersApi = {
  list: (params: ListDossiersParams, signal?: AbortSignal) =>
    api.get<Page<DossierSummary>>('/api/dossiers', params, signal),
  queues: (unitCode: string | undefined, signal?: AbortSignal) =>
    api.get<QueueCounts>('/api/dossiers/queues', { unitCode }, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<DossierDetail>(`/api/dossiers/${enc(id)}`, undefined, signal),
  create: (body: CreateDossierInput) => api.post<DossierDetail>('/api/dossiers', body),
  act: (id: string, body: DossierActionInput) =>
    api.post<DossierDetail>(`/api/dossiers/${enc(id)}/actions`, body),
  formUrl: (id: string, form: FormCode) => `/api/dossiers/${enc(id)}/forms/${form}.pdf`,
  tracking: (code: string, key: string | null, signal?: AbortSignal) =>
    api.get<PublicTracking>(`/api/public/tracking/${enc(code)}`, { k: key }, signal),
};
