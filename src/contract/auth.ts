import { z } from 'zod';
import { unitRef, uuid } from './common.js';

export const roleCode = z.enum([
  'receiving_officer',
  'processing_officer',
  'department_head',
  'signing_leader',
  'clerk',
  'procedure_controller',
  'center_director',
  'unit_admin',
  'province_viewer',
  'system_admin',
]);
export type RoleCode = z.infer<typeof roleCode>;

export const accountKind = z.enum(['officer', 'citizen', 'organisation']);
export type AccountKind = z.infer<typeof accountKind>;

export const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const me = z.object({
  id: uuid,
  username: z.string(),
  fullName: z.string(),
  kind: accountKind,
  roles: z.array(roleCode),
  permissions: z.array(z.string()),
  unit: unitRef.nullable(),
  department: z.object({ id: uuid, name: z.string() }).nullable(),
  scopeUnits: z
    .array(unitRef)
    .describe('Units this account may act on (own unit, plus child units for province users)'),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof me>;

export const session = z.object({
  user: me,
  csrfToken: z.string().describe('Send back as the x-csrf-token header on every state-changing request'),
});
export type Session = z.infer<typeof session>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, 'Mật khẩu mới phải có ít nhất 10 ký tự').max(200),
});
