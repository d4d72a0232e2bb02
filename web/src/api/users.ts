import type { createUserBody, transferUserBody, User, updateUserBody } from '@contract';
import type { z } from 'zod';
import { api } from './client';
import type { Page } from './units';

export type CreateUserInput = z.input<typeof createUserBody>;
export type UpdateUserInput = z.input<typeof updateUserBody>;
export type TransferUserInput = z.input<typeof transferUserBody>;
export type ListUsersParams = { unitCode?: string; q?: string; cursor?: string; limit?: number };

const enc = encodeURIComponent;

export const usersApi = {
  list: (params: ListUsersParams, signal?: AbortSignal) => api.get<Page<User>>('/api/users', params, signal),
  get: (id: string, signal?: AbortSignal) => api.get<User>(`/api/users/${enc(id)}`, undefined, signal),
  create: (body: CreateUserInput) => api.post<User>('/api/users', body),
  update: (id: string, body: UpdateUserInput) => api.patch<User>(`/api/users/${enc(id)}`, body),
  resetPassword: (id: string, newPassword: string) =>
    api.post<void>(`/api/users/${enc(id)}/reset-password`, { newPassword }),
  transfer: (id: string, body: TransferUserInput) => api.post<User>(`/api/users/${enc(id)}/transfer`, body),
};
