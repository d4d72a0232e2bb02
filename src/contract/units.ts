import { z } from 'zod';
import { roleCode } from './auth.js';
import { clockTime, localDate, pageQuery, unitKind, uuid } from './common.js';

export const unitCodeParam = z.object({
  code: z.string().regex(/^\d{2}(\d{3})?$/, 'Mã đơn vị gồm 2 hoặc 5 chữ số'),
});

export const officeHours = z
  .object({
    sessions: z
      .array(z.object({ start: clockTime, end: clockTime }))
      .min(1)
      .max(4)
      .describe('Office sessions of a working day, in order, not overlapping'),
  })
  .describe('Office hours used for counting working time (giờ hành chính)');
export type OfficeHours = z.infer<typeof officeHours>;

export const unit = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  kind: unitKind,
  parentCode: z.string().nullable(),
  validFrom: localDate,
  validTo: localDate.nullable(),
  successorCode: z.string().nullable(),
  centerName: z.string().nullable().describe('Trung tâm Phục vụ hành chính công of this unit'),
  officeHours: officeHours.nullable().describe('null = default 07:30–11:30, 13:30–17:00'),
});
export type Unit = z.infer<typeof unit>;

export const createUnitBody = z.object({
  code: z.string().trim(),
  name: z.string().trim().min(2).max(200),
  kind: unitKind,
  parentCode: z.string().trim().nullable().optional(),
  validFrom: localDate.optional(),
  centerName: z.string().trim().min(2).max(200).optional(),
});

export const updateUnitBody = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  centerName: z.string().trim().min(2).max(200).optional(),
  validTo: localDate.nullable().optional(),
  successorCode: z.string().trim().nullable().optional(),
  officeHours: officeHours.nullable().optional(),
});

export const listUnitsQuery = pageQuery.extend({
  parentCode: z.string().optional(),
  q: z.string().max(100).optional(),
  includeInactive: z.coerce.boolean().default(false),
});

export const department = z.object({
  id: uuid,
  unitCode: z.string(),
  code: z.string(),
  name: z.string(),
  active: z.boolean(),
});
export type Department = z.infer<typeof department>;
export const createDepartmentBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_-]{1,20}$/, 'Mã phòng gồm chữ in hoa, số, gạch (tối đa 20 ký tự)'),
  name: z.string().trim().min(2).max(200),
});
export const updateDepartmentBody = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  active: z.boolean().optional(),
});

export const counter = z.object({
  id: uuid,
  unitCode: z.string(),
  number: z.number().int(),
  name: z.string(),
  active: z.boolean(),
});
export type Counter = z.infer<typeof counter>;
export const createCounterBody = z.object({
  number: z.number().int().min(1).max(999),
  name: z.string().trim().min(2).max(200),
});
export const updateCounterBody = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  active: z.boolean().optional(),
});
export const idParam = z.object({ id: uuid });

export const officerItem = z.object({
  id: uuid,
  fullName: z.string(),
  roles: z.array(roleCode),
  departmentCode: z.string().nullable(),
  departmentName: z.string().nullable(),
});
export type OfficerItem = z.infer<typeof officerItem>;
