// HTTP contract of catalog administration: the versions of one procedure, and publishing a new version
// (a copy of the latest with its case processes, durations, cut-off, fees or components changed).
import { z } from 'zod';
import { roleCode } from './auth.js';
import { clockTime, isoInstant, localDate, uuid } from './common.js';

export const stepKind = z.enum(['receive', 'assign', 'appraise', 'consult', 'approve', 'issue', 'return']);
export type StepKindCode = z.infer<typeof stepKind>;
export const allotmentUnit = z.enum(['working_days', 'working_hours']);
export type AllotmentUnitCode = z.infer<typeof allotmentUnit>;

const allotment = z.object({ amount: z.number().min(0).max(10_000), unit: allotmentUnit });
const duration = z.object({
  amount: z.number().min(0).max(10_000),
  unit: z.enum(['working_days', 'working_hours', 'calendar_days']),
});
const durations = z.object({ counter: duration, online: duration.optional() });
const code = z.string().trim().min(1).max(40);

export const processStepInput = z.object({
  code,
  name: z.string().trim().min(1, 'Tên bước không được để trống').max(200),
  kind: stepKind,
  role: roleCode.nullable(),
  agencyCode: code.nullable().default(null),
  allotted: allotment,
});
export type ProcessStepInput = z.input<typeof processStepInput>;

const feeInput = z.object({
  code,
  kind: z.enum(['fee', 'charge']),
  name: z.string().trim().min(1).max(500),
  amount: z.number().int().min(0),
  onlineAmount: z.number().int().min(0).nullable().default(null),
  per: z.string().max(100).nullable().default(null),
  description: z.string().max(2000).nullable().default(null),
  exemptions: z.string().max(2000).nullable().default(null),
});
const componentInput = z.object({
  code,
  name: z.string().trim().min(1).max(1000),
  kind: z.enum(['original', 'copy', 'certified_copy', 'template_form']),
  templateCode: z.string().max(40).nullable().default(null),
  quantity: z.number().int().min(1).max(100),
  required: z.boolean(),
  caseCodes: z.array(code).nullable().default(null),
});

export const publishVersionBody = z.object({
  effectiveFrom: localDate.describe('First day in force (Vietnam date): today or later, never retroactive'),
  cases: z
    .array(
      z.object({
        code: code.describe('Case (trường hợp) of the latest version; cases not listed are copied unchanged'),
        durations: durations.optional(),
        process: z.array(processStepInput).min(1, 'Quy trình phải có ít nhất một bước').max(40),
      }),
    )
    .max(50),
  cutoff: clockTime.nullable().optional(),
  fees: z.array(feeInput).max(50).optional(),
  components: z.array(componentInput).max(100).optional(),
});
export type PublishVersionInput = z.input<typeof publishVersionBody>;

export const versionStatus = z.enum(['superseded', 'in_force', 'scheduled']);
export type VersionStatus = z.infer<typeof versionStatus>;

export const procedureVersionItem = z.object({
  id: uuid,
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  effectiveFrom: localDate,
  effectiveTo: localDate.nullable().describe('First day no longer in force (exclusive); null = open-ended'),
  status: versionStatus,
  publishedAt: isoInstant,
  mechanism: z.enum(['one_stop', 'inter_agency']),
  cutoff: clockTime.nullable(),
  durations,
  cases: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      durations,
      process: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          kind: stepKind,
          role: roleCode.nullable(),
          agencyCode: z.string().nullable(),
          allotted: allotment,
        }),
      ),
      agencies: z.array(z.object({ code: z.string(), name: z.string(), deadline: allotment })),
    }),
  ),
});
export type ProcedureVersionItem = z.infer<typeof procedureVersionItem>;

export const procedureVersions = z.object({
  code: z.string(),
  today: localDate.describe('The server’s date in Vietnam, against which the statuses were computed'),
  items: z.array(procedureVersionItem).describe('Every version, newest first'),
});
export type ProcedureVersions = z.infer<typeof procedureVersions>;
