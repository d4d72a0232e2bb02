import { z } from 'zod';
import { uuid } from './common.js';

export const apiPermission = z.enum(['dossiers:ingest', 'dossiers:read', 'reports:read', 'catalog:read']);
export type ApiPermission = z.infer<typeof apiPermission>;

export const apiToken = z.object({
  id: uuid,
  name: z.string(),
  unitCode: z.string(),
  permissions: z.array(apiPermission),
  tokenPrefix: z.string().describe('First characters of the token, to recognise it'),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;

export const createApiTokenBody = z.object({
  name: z.string().trim().min(2).max(200),
  unitCode: z.string().trim(),
  permissions: z.array(apiPermission).min(1),
});
export const createdApiToken = apiToken.extend({
  token: z.string().describe('The secret, shown once; only a hash is stored'),
});
