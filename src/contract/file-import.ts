// HTTP contract of the file import of other systems' exports (CSV, XLSX with the national sync
// record's columns, or with a column mapping saved per source).
import { z } from 'zod';
import { FILE_DATE_FORMATS, FILE_FIELDS, type FileField } from '../domain/integrations/file-columns.js';
import { isoInstant, uuid } from './common.js';

export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

export const columnMapping = z.object({
  columns: z
    .partialRecord(z.enum(FILE_FIELDS), z.string().trim().max(200))
    .default({})
    .describe('Header of the column holding each field; a field left out is looked up by its own name'),
  dateFormat: z.enum(FILE_DATE_FORMATS).default('yyyyMMddHHmmss'),
  delimiter: z.enum(['auto', ',', ';', '\t']).default('auto'),
});
export type ColumnMappingBody = z.infer<typeof columnMapping>;
export type MappingColumns = Partial<Record<FileField, string>>;

export const sourceMapping = z.object({
  sourceCode: z.string(),
  saved: z.boolean().describe('false: no mapping saved yet, the default (columns named as the fields)'),
  mapping: columnMapping,
  updatedAt: isoInstant.nullable(),
});

export const importUploadQuery = z.object({
  name: z.string().trim().min(1).max(255).default('tep-nhap.csv').describe('File name (.csv or .xlsx)'),
  mapping: z
    .string()
    .max(10_000)
    .optional()
    .describe('Column mapping as JSON for this file; default: the mapping saved for the source'),
});

export const importJobStatus = z.enum(['running', 'done', 'failed']);
export const importJob = z.object({
  id: uuid,
  sourceCode: z.string(),
  sourceName: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  fileSize: z.number().int(),
  status: importJobStatus,
  progress: z.number().min(0).max(1).describe('Share of the file committed (by bytes read)'),
  committedLine: z.number().int().describe('Last file line of the last committed chunk (1 = the header)'),
  rows: z.number().int(),
  accepted: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  proceduresCreated: z.number().int(),
  error: z.string().nullable(),
  resumed: z.boolean().describe('true when this run continued a job interrupted earlier'),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  finishedAt: isoInstant.nullable(),
});
export type ImportJob = z.infer<typeof importJob>;

export const importJobParams = z.object({ id: uuid });
export const importErrorsQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
