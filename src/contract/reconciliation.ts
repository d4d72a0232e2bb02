// HTTP contract of reconciliation with source systems: per source and period, counts by national
// status in the source, in MotCua and on the national portal, and the dossiers that differ (ADR 0015).
import { z } from 'zod';
import { isoInstant, localDate, page, pageQuery, uuid } from './common.js';

export const reconciliationQuery = z.object({
  unitCode: z.string().regex(/^\d{2}(\d{3})?$/, 'Mã đơn vị gồm 2 hoặc 5 chữ số'),
  from: localDate.describe('First receipt day of the period (included), Asia/Ho_Chi_Minh'),
  to: localDate.describe('Last receipt day of the period (included), Asia/Ho_Chi_Minh'),
  includeChildren: z.enum(['true', 'false']).default('false'),
});

export const differenceKind = z.enum([
  'missing_in_motcua',
  'missing_in_source',
  'status_behind',
  'date_differs',
]);
export type DifferenceKindValue = z.infer<typeof differenceKind>;

const count = z.number().int().min(0);

export const reconciliationStatusRow = z.object({
  status: z.number().int().nullable().describe('National status 1–10; null = not readable from the record'),
  label: z.string(),
  source: count,
  motcua: count,
  portal: count.nullable().describe('null when the national portal reports nothing for these units'),
});

export const reconciliationSource = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  byStatus: z.array(reconciliationStatusRow),
  totals: z.object({ source: count, motcua: count, portal: count.nullable() }),
  differences: z.object({
    missing_in_motcua: count,
    missing_in_source: count,
    status_behind: count,
    date_differs: count,
  }),
});
export type ReconciliationSource = z.infer<typeof reconciliationSource>;

export const reconciliation = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  from: localDate,
  to: localDate,
  portalReported: z
    .boolean()
    .describe('Whether a source of kind national_portal serves these units (else "chưa có số liệu")'),
  sources: z.array(reconciliationSource),
});
export type Reconciliation = z.infer<typeof reconciliation>;

export const reconciliationDifferencesQuery = reconciliationQuery.extend(pageQuery.shape).extend({
  source: z.string().min(1).max(40),
  kind: differenceKind.optional(),
});

export const reconciliationDifference = z.object({
  kind: differenceKind.describe('The first reason; `reasons` lists all of them'),
  reasons: z.array(z.string()).describe('Vietnamese sentences'),
  externalCode: z.string().nullable().describe('MaHoSo in the source (null: the source has no record)'),
  dossierId: uuid.nullable().describe('null: missing in MotCua'),
  dossierCode: z.string().nullable(),
  unitCode: z.string().nullable(),
  ownerName: z.string().nullable(),
  sourceStatus: z.number().int().nullable(),
  motcuaStatus: z.number().int().nullable(),
  source: z.object({
    receivedAt: isoInstant.nullable(),
    dueAt: isoInstant.nullable(),
    finishedAt: isoInstant.nullable(),
  }),
  motcua: z.object({
    receivedAt: isoInstant.nullable(),
    dueAt: isoInstant.nullable(),
    finishedAt: isoInstant.nullable(),
  }),
});
export type ReconciliationDifference = z.infer<typeof reconciliationDifference>;
export const reconciliationDifferences = page(reconciliationDifference);
