// HTTP contract of the statutory reports. The figures and their definitions: docs/reports.md.
import { z } from 'zod';
import { localDate, pageQuery } from './common.js';

export const reportGroupBy = z.enum(['field', 'procedure', 'unit', 'channel', 'source']);
export type ReportGroupByValue = z.infer<typeof reportGroupBy>;

export const dossierResultsQuery = z.object({
  unitCode: z.string().regex(/^\d{2}(\d{3})?$/, 'Mã đơn vị gồm 2 hoặc 5 chữ số'),
  from: localDate.describe('First day of the period (included), Asia/Ho_Chi_Minh'),
  to: localDate.describe('Last day of the period (included), Asia/Ho_Chi_Minh'),
  groupBy: reportGroupBy.default('field'),
  includeChildren: z
    .enum(['true', 'false'])
    .default('false')
    .describe('Also count the child units (the communes and wards of a province)'),
});
export type DossierResultsQuery = z.input<typeof dossierResultsQuery>;

const count = z.number().int().min(0);

export const dossierResultFigures = z.object({
  received: z
    .object({
      total: count,
      new: count,
      carriedOver: count,
      online: count,
      direct: count,
      postal: count,
    })
    .describe('total = new + carriedOver; new = online + direct + postal'),
  resolved: z.object({ total: count, early: count, onTime: count, late: count }),
  refused: count,
  withdrawn: count,
  stopped: count,
  inProgress: z.object({ total: count, withinDeadline: count, overdue: count }),
  paused: z.object({ total: count, supplement: count, financialObligation: count }),
});
export type DossierResultFiguresDto = z.infer<typeof dossierResultFigures>;

export const dossierResultsRow = dossierResultFigures.extend({
  key: z.string().describe('Field code, procedure code, unit code, channel or source'),
  label: z.string(),
});

export const dossierResults = z
  .object({
    unitCode: z.string(),
    unitName: z.string(),
    from: localDate,
    to: localDate,
    groupBy: reportGroupBy,
    includeChildren: z.boolean(),
    rows: z.array(dossierResultsRow),
    total: dossierResultFigures,
  })
  .describe(
    'received.total = resolved.total + refused + withdrawn + stopped + inProgress.total + paused.total on every row and the total',
  );
export type DossierResults = z.infer<typeof dossierResults>;

// ----------------------------------------------------------------------------- drill-down, periods

/** The leaf figures and totals of the report, as paths into its figures object. */
export const reportFigure = z.enum([
  'received.total',
  'received.new',
  'received.carriedOver',
  'received.online',
  'received.direct',
  'received.postal',
  'resolved.total',
  'resolved.early',
  'resolved.onTime',
  'resolved.late',
  'refused',
  'withdrawn',
  'stopped',
  'inProgress.total',
  'inProgress.withinDeadline',
  'inProgress.overdue',
  'paused.total',
  'paused.supplement',
  'paused.financialObligation',
]);
export type ReportFigure = z.infer<typeof reportFigure>;

export const dossierResultsDrillDownQuery = dossierResultsQuery.extend(pageQuery.shape).extend({
  figure: reportFigure.describe('The figure whose dossiers are listed'),
  key: z
    .string()
    .max(100)
    .optional()
    .describe('Row key of the grouping (field, procedure, unit code, channel, source); absent = the total'),
});
export type DossierResultsDrillDownQuery = z.input<typeof dossierResultsDrillDownQuery>;

export const periodPresetsQuery = z.object({
  date: localDate.describe('Local date the presets are computed for (today in Asia/Ho_Chi_Minh)'),
});

export const periodPreset = z.object({
  id: z.string().describe('e.g. calendar-month, statistical-quarter-previous'),
  basis: z.enum(['calendar', 'statistical']).describe('statistical: cut-off 15th → 14th (legal-rules §10.4)'),
  unit: z.enum(['week', 'month', 'quarter', 'half_year', 'year']),
  current: z.boolean().describe('The period containing the date (false: the one before it)'),
  from: localDate,
  to: localDate,
  label: z.string(),
});
export type PeriodPresetDto = z.infer<typeof periodPreset>;
export const periodPresets = z.object({ date: localDate, items: z.array(periodPreset) });
export type PeriodPresets = z.infer<typeof periodPresets>;
