import type { changePasswordBody, loginBody, Session } from '@contract';
import type { z } from 'zod';
import { api } from './client';

export type LoginInput = z.input<typeof loginBody>;
export type ChangePasswordInput = z.input<typeof changePasswordBody>;

export const authApi = {
  me: () => api.get<Session>('/api/auth/me'),
  login: (body: LoginInput) => api.post<Session>('/api/auth/login', body),
  logout: () => api.post<void>('/api/auth/logout'),
  logoutAll: () => api.post<void>('/api/auth/logout-all'),
  changePassword: (body: ChangePasswordInput) => api.post<void>('/api/auth/change-password', body),
};
