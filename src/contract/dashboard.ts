// HTTP contract of the leaders' dashboard (bảng điều hành). Live figures come from the open dossiers
// and today's window; period figures from the dossier-results report (docs/decisions/0018-dashboard.md).
import { z } from 'zod';
import { isoInstant, localDate, pageQuery, uuid } from './common.js';
import { dossierChannel } from './dossiers.js';

const count = z.number().int().min(0);
const unitCode = z.string().regex(/^\d{2}(\d{3})?$/, 'Mã đơn vị gồm 2 hoặc 5 chữ số');

export const dashboardQuery = z.object({
  unitCode: unitCode
    .optional()
    .describe("The unit (default: the officer's own); a province covers its communes"),
});

export const dashboardOverview = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  includesChildren: z.boolean().describe('True for a province: its communes and wards are counted too'),
  asOf: isoInstant,
  today: localDate,
  dueSoonWorkingDays: z.number().int(),
  receivedToday: z.object({
    total: count,
    byChannel: z.array(z.object({ channel: dossierChannel, label: z.string(), count })),
  }),
  dueSoon: count.describe('Open dossiers at a working step, due within dueSoonWorkingDays working days'),
  overdue: count.describe('Open dossiers at a working step past their legal due date'),
  stepOverdue: count.describe('Partially overdue: within the legal due date, but the current step is late'),
  byDepartment: z.array(
    z.object({
      departmentId: uuid.nullable(),
      label: z.string(),
      unitCode: z.string().nullable(),
      overdue: count,
      stepOverdue: count,
    }),
  ),
  byOfficer: z.array(
    z.object({
      officerId: uuid.nullable(),
      label: z.string(),
      departmentLabel: z.string(),
      unitCode: z.string().nullable(),
      overdue: count,
      stepOverdue: count,
    }),
  ),
});
export type DashboardOverview = z.infer<typeof dashboardOverview>;

export const dashboardTrendsQuery = dashboardQuery.extend({
  weeks: z.coerce.number().int().min(1).max(26).default(8).describe('Weeks of the on-time trend'),
  from: localDate.optional().describe('Intake period start (default: the first day of this month)'),
  to: localDate.optional().describe('Intake period end (default: today)'),
});
export type DashboardTrendsQuery = z.input<typeof dashboardTrendsQuery>;

export const dashboardTrends = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  includesChildren: z.boolean(),
  from: localDate,
  to: localDate,
  onTime: z
    .array(
      z.object({
        from: localDate,
        to: localDate,
        resolved: count,
        onTimeOrEarly: count,
        late: count,
        rate: z.number().min(0).max(1).nullable(),
      }),
    )
    .describe('Per calendar week, oldest first; figures as resolved.* of the dossier-results report'),
  intakeByField: z.array(
    z.object({
      fieldCode: z.string(),
      label: z.string(),
      direct: count,
      online: count,
      postal: count,
      total: count,
    }),
  ),
  intakeByChannel: z.array(z.object({ channel: dossierChannel, label: z.string(), count })),
  communes: z
    .array(
      z.object({
        unitCode: z.string(),
        unitName: z.string(),
        received: count,
        resolved: count,
        onTimeOrEarly: count,
        rate: z.number().min(0).max(1).nullable(),
        overdue: count,
      }),
    )
    .describe('Only for a province: one row per commune or ward (received = new in the period)'),
});
export type DashboardTrends = z.infer<typeof dashboardTrends>;

export const dashboardFigure = z.enum(['received_today', 'due_soon', 'overdue', 'step_overdue']);
export type DashboardFigure = z.infer<typeof dashboardFigure>;

export const dashboardDossiersQuery = dashboardQuery.extend(pageQuery.shape).extend({
  figure: dashboardFigure,
  channel: dossierChannel.optional().describe('received_today only'),
  officerId: z
    .union([uuid, z.literal('none')])
    .optional()
    .describe("Current assignee; 'none' = unassigned"),
  departmentId: z
    .union([uuid, z.literal('none')])
    .optional()
    .describe("Assignee's department; 'none' = unassigned or without department"),
});
export type DashboardDossiersQuery = z.input<typeof dashboardDossiersQuery>;

export const dashboardChange = z.object({
  unitIds: z.array(uuid),
  unitCodes: z.array(z.string()),
});
export type DashboardChange = z.infer<typeof dashboardChange>;
