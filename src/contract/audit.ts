import { z } from 'zod';
import { pageQuery, uuid } from './common.js';

export const auditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: uuid.nullable(), name: z.string(), kind: z.string() }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  unitCode: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const listAuditQuery = pageQuery.extend({
  unitCode: z.string().optional(),
  entityType: z.string().optional(),
  entityId: z.string().optional(),
});
