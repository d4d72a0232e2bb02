import type {
  Counter,
  createCounterBody,
  createDepartmentBody,
  createUnitBody,
  Department,
  OfficerItem,
  Unit,
  updateCounterBody,
  updateDepartmentBody,
  updateUnitBody,
} from '@contract';
import type { z } from 'zod';
import { api } from './client';

export type Page<T> = { items: T[]; nextCursor: string | null };
export type CreateUnitInput = z.input<typeof createUnitBody>;
export type UpdateUnitInput = z.input<typeof updateUnitBody>;
export type CreateDepartmentInput = z.input<typeof createDepartmentBody>;
export type UpdateDepartmentInput = z.input<typeof updateDepartmentBody>;
export type CreateCounterInput = z.input<typeof createCounterBody>;
export type UpdateCounterInput = z.input<typeof updateCounterBody>;

export type ListUnitsParams = {
  parentCode?: string;
  q?: string;
  cursor?: string;
  limit?: number;
  includeInactive?: boolean;
};

const enc = encodeURIComponent;

export const unitsApi = {
  officers: (unitCode: string, signal?: AbortSignal) =>
    api.get<{ items: OfficerItem[] }>(`/api/units/${encodeURIComponent(unitCode)}/officers`, {}, signal),
  list: (params: ListUnitsParams, signal?: AbortSignal) =>
    api.get<Page<Unit>>(
      '/api/units',
      // includeInactive is coerced with Boolean() on the server: send it only when true.
      { ...params, includeInactive: params.includeInactive ? 'true' : undefined },
      signal,
    ),
  get: (code: string, signal?: AbortSignal) => api.get<Unit>(`/api/units/${enc(code)}`, undefined, signal),
  create: (body: CreateUnitInput) => api.post<Unit>('/api/units', body),
  update: (code: string, body: UpdateUnitInput) => api.patch<Unit>(`/api/units/${enc(code)}`, body),

  departments: (code: string, signal?: AbortSignal) =>
    api.get<{ items: Department[] }>(`/api/units/${enc(code)}/departments`, undefined, signal),
  createDepartment: (code: string, body: CreateDepartmentInput) =>
    api.post<Department>(`/api/units/${enc(code)}/departments`, body),
  updateDepartment: (id: string, body: UpdateDepartmentInput) =>
    api.patch<Department>(`/api/departments/${enc(id)}`, body),

  counters: (code: string, signal?: AbortSignal) =>
    api.get<{ items: Counter[] }>(`/api/units/${enc(code)}/counters`, undefined, signal),
  createCounter: (code: string, body: CreateCounterInput) =>
    api.post<Counter>(`/api/units/${enc(code)}/counters`, body),
  updateCounter: (id: string, body: UpdateCounterInput) =>
    api.patch<Counter>(`/api/counters/${enc(id)}`, body),
};
