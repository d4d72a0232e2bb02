// HTTP contract of the indicator report (chỉ tiêu), its targets, and the Decision 766 index.
// Definitions: docs/reports.md ("Chỉ tiêu", "Bộ chỉ số 766"); formulas: src/domain/reports/.
import { z } from 'zod';
import { localDate } from './common.js';
import { reconciliationSource } from './reconciliation.js';
import { dossierResultFigures } from './reports.js';

const unitCode = z.string().regex(/^\d{2}(\d{3})?$/, 'Mã đơn vị gồm 2 hoặc 5 chữ số');
const count = z.number().int().min(0);

export const indicatorCode = z.enum([
  'online_submission',
  'online_payment',
  'digitization',
  'data_reuse',
  'full_online_dossiers',
  'feedback_on_time',
  'satisfaction',
]);
export const comparator = z.enum(['at_least', 'at_most']);
const target = z.object({ comparator, value: z.number().min(0).max(100) });

export const indicatorsQuery = z.object({
  unitCode,
  from: localDate.describe('First day of the period (included), Asia/Ho_Chi_Minh'),
  to: localDate.describe('Last day of the period (included), Asia/Ho_Chi_Minh'),
  includeChildren: z.enum(['true', 'false']).default('false'),
});
export type IndicatorsQuery = z.input<typeof indicatorsQuery>;

const rate = z.object({
  numerator: count,
  denominator: count,
  value: z.number().nullable().describe('Percent, 2 decimals; null when the denominator is 0'),
});

export const indicatorItem = rate.extend({
  code: indicatorCode,
  label: z.string(),
  target: target.nullable().describe('The target in force on the last day of the period'),
  met: z.boolean().nullable().describe('null without a target or a denominator'),
});

const keyCount = z.object({ key: z.string(), label: z.string(), total: count, carriedOver: count });

export const indicatorReport = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  from: localDate,
  to: localDate,
  includeChildren: z.boolean(),
  indicators: z.array(indicatorItem),
  facts: z.object({
    dossiers: count,
    feesPaidOnline: count.describe('Sum of the fees paid online, đồng'),
    proceduresWithDossiers: z.object({ full: count, partial: count, none: count }),
    procedures: z.object({ full: count, partial: count, none: count }),
    proceduresPaidOnline: count,
    nonTerritorial: z.object({ period: count, lastWeek: count }),
    feedback: z.object({
      received: count,
      handled: count,
      handledOnTime: count,
      pending: count,
      ratings: z.object({ total: count, verySatisfied: count, satisfied: count, dissatisfied: count }),
    }),
  }),
  results: dossierResultFigures,
  byField: z.array(keyCount),
  bySource: z.array(keyCount),
  reconciliation: z
    .object({ portalReported: z.boolean(), sources: z.array(reconciliationSource) })
    .describe('Reconciliation with the source systems serving these units over the period (ADR 0015)'),
});
export type IndicatorReport = z.infer<typeof indicatorReport>;

export const indicatorsDocxQuery = indicatorsQuery.extend({
  addressee: z.string().trim().max(300).optional().describe('Kính gửi: … (default: the superior unit)'),
  place: z.string().trim().max(100).optional().describe('Place of the date line (default: the unit name)'),
});

export const indicatorTargetsQuery = z.object({
  unitCode: unitCode.optional().describe('Also list the targets in force for this unit today'),
});

export const indicatorTargetRow = z.object({
  id: z.uuid(),
  unitCode: z.string().nullable().describe('null = national default'),
  unitName: z.string().nullable(),
  indicator: indicatorCode,
  label: z.string(),
  comparator,
  value: z.number(),
  effectiveFrom: localDate,
  note: z.string().nullable(),
});

export const indicatorTargets = z.object({
  items: z.array(indicatorTargetRow),
  inForce: z
    .array(indicatorTargetRow.extend({ id: z.uuid().nullable() }))
    .describe('For unitCode, on today: the row of the most specific scope'),
});

export const setIndicatorTargetBody = z.object({
  unitCode: unitCode.nullable().describe('null = national default (system administrator only)'),
  indicator: indicatorCode,
  comparator,
  value: z.number().min(0).max(100).multipleOf(0.01),
  effectiveFrom: localDate,
  note: z.string().trim().max(500).optional(),
});
export type SetIndicatorTargetBody = z.input<typeof setIndicatorTargetBody>;

export const index766Query = indicatorsQuery;

const index766Item = z.object({
  id: z.string(),
  name: z.string(),
  points: z.number(),
  threshold: z.number().nullable(),
  basis: z.enum(['computed', 'not_recorded']),
  rate: rate.nullable(),
  score: z.number().nullable(),
});
const index766Group = z.object({
  code: z.string(),
  name: z.string(),
  max: z.number(),
  score: z.number(),
  computableMax: z.number(),
  items: z.array(index766Item),
});

export const index766 = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  from: localDate,
  to: localDate,
  groups: z.array(index766Group),
  total: z.number().describe('Out of 100'),
  computableMax: z.number().describe('Points the recorded data can earn'),
  band: z.string(),
});
export type Index766Dto = z.infer<typeof index766>;

export const index766RankingQuery = z.object({
  provinceCode: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số'),
  from: localDate,
  to: localDate,
});

export const index766Ranking = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  from: localDate,
  to: localDate,
  items: z.array(
    z.object({
      rank: z.number().int().min(1),
      unitCode: z.string(),
      unitName: z.string(),
      total: z.number(),
      band: z.string(),
      groups: z.array(z.object({ code: z.string(), score: z.number() })),
    }),
  ),
});
export type Index766RankingDto = z.infer<typeof index766Ranking>;
