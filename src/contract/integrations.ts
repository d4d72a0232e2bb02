// HTTP contract of the integrations: source systems and the inbound dossier API (DVCQG sync shape).
import { z } from 'zod';
import { isoInstant, uuid } from './common.js';

export const sourceKind = z.enum(['provincial_one_stop', 'ministry', 'national_portal', 'sector', 'other']);
export type SourceKind = z.infer<typeof sourceKind>;

export const sourceCode = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_-]{1,39}$/,
    'Mã hệ thống gồm 2–40 ký tự chữ thường không dấu, chữ số, "-" hoặc "_", bắt đầu bằng chữ',
  )
  .refine((c) => c !== 'motcua', 'Mã "motcua" dành cho hồ sơ của chính hệ thống Một cửa');

export const createSourceBody = z.object({
  code: sourceCode,
  name: z.string().trim().min(2, 'Tên hệ thống quá ngắn').max(200),
  kind: sourceKind.default('other'),
  unitCodes: z
    .array(z.string().trim().min(1))
    .min(1, 'Chọn ít nhất một đơn vị mà hệ thống phục vụ')
    .max(500)
    .describe('Units the source serves; its token may ingest dossiers of these units only'),
});
export const createdSource = z.object({
  id: uuid,
  code: z.string(),
  token: z.string().describe('The secret (Bearer token), shown once; only a hash is stored'),
});

export const integrationSource = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  unitCodes: z.array(z.string()).describe('Units of the source within the caller’s scope'),
  tokenPrefix: z.string(),
  tokenRevoked: z.boolean(),
  createdAt: isoInstant,
  lastContactAt: isoInstant.nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: isoInstant.nullable(),
  acceptedCount: z.number().int(),
  rejectedCount: z.number().int(),
});
export type IntegrationSource = z.infer<typeof integrationSource>;

export const MAX_INGEST_RECORDS = 1000;
export const ingestBody = z
  .array(z.unknown())
  .min(1, 'Gửi ít nhất một hồ sơ')
  .max(MAX_INGEST_RECORDS, `Mỗi lần gửi tối đa ${MAX_INGEST_RECORDS} hồ sơ`)
  .describe('Records in the national portal’s HoSoDongBoDVC shape; each one is validated on its own');

export const ingestOutcome = z.enum(['accepted', 'unchanged', 'rejected']);
export const ingestRecordResult = z.object({
  index: z.number().int().describe('Position of the record in the request (from 0)'),
  MaHoSo: z.string().nullable(),
  result: ingestOutcome,
  dossierId: uuid.optional(),
  code: z
    .string()
    .optional()
    .describe('INVALID_RECORD, UNIT_NOT_ALLOWED, STALE_RECORD, LINKED, DOSSIER_OUTSIDE_SOURCE …'),
  reason: z.string().optional().describe('Vietnamese explanation'),
});
export type IngestRecordResult = z.infer<typeof ingestRecordResult>;
export const ingestResponse = z.object({
  accepted: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  results: z.array(ingestRecordResult),
});
export type IngestResponse = z.infer<typeof ingestResponse>;
