import { z } from 'zod';
import { roleCode } from './auth.js';
import { pageQuery, uuid } from './common.js';

export const user = z.object({
  id: uuid,
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  unitCode: z.string(),
  unitName: z.string(),
  departmentId: uuid.nullable(),
  departmentName: z.string().nullable(),
  roles: z.array(roleCode),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof user>;

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,50}$/, 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch');
const password = z.string().min(10, 'Mật khẩu phải có ít nhất 10 ký tự').max(200);

export const createUserBody = z.object({
  username,
  fullName: z.string().trim().min(2).max(200),
  email: z.string().trim().max(200).nullable().optional(),
  phone: z.string().trim().max(20).nullable().optional(),
  unitCode: z.string().trim(),
  departmentId: uuid.nullable().optional(),
  roles: z.array(roleCode).min(1, 'Chọn ít nhất một vai trò'),
  password,
});

export const updateUserBody = z.object({
  fullName: z.string().trim().min(2).max(200).optional(),
  email: z.string().trim().max(200).nullable().optional(),
  phone: z.string().trim().max(20).nullable().optional(),
  departmentId: uuid.nullable().optional(),
  roles: z.array(roleCode).min(1).optional(),
  active: z.boolean().optional(),
});

export const resetPasswordBody = z.object({ newPassword: password });

export const transferUserBody = z.object({
  unitCode: z.string().trim(),
  departmentId: uuid.nullable().optional(),
  roles: z.array(roleCode).min(1).optional(),
  successorUserId: uuid
    .nullable()
    .optional()
    .describe('Officer who takes over the open work of the moved officer'),
});

export const listUsersQuery = pageQuery.extend({
  unitCode: z.string().optional(),
  q: z.string().max(100).optional(),
});

export const citizen = z.object({
  id: uuid,
  kind: z.enum(['citizen', 'organisation']),
  fullName: z.string(),
  citizenId: z.string().nullable(),
  taxCode: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  username: z.string().nullable(),
});
export type Citizen = z.infer<typeof citizen>;

export const registerCitizenBody = z.object({
  kind: z.enum(['citizen', 'organisation']),
  fullName: z.string().trim().min(2).max(200),
  citizenId: z.string().trim().optional(),
  taxCode: z.string().trim().optional(),
  phone: z.string().trim().optional(),
  email: z.string().trim().optional(),
  password,
});
