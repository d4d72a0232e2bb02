// HTTP contract of the statutory forms drawn from the report figures (Biểu II.06b, II.07b) and of the
// dossier register (Sổ theo dõi hồ sơ, Mẫu 06) as pages. Definitions: docs/reports.md.
import { z } from 'zod';
import { localDate, pageQuery } from './common.js';
import { dossierResultFigures, dossierResultsQuery, dossierResultsRow } from './reports.js';

export const statisticalFormQuery = dossierResultsQuery.omit({ groupBy: true });
export type StatisticalFormQuery = z.input<typeof statisticalFormQuery>;

const count = z.number().int().min(0);

/** The layout model the xlsx, docx and screen draw (domain/reports/statistical-form.ts). */
export const statisticalFormLayout = z.object({
  code: z.string().describe('e.g. Biểu II.06b/VPCP/KSTT'),
  sheetName: z.string(),
  superior: z.string().nullable(),
  unit: z.string(),
  country: z.string(),
  motto: z.string(),
  title: z.string(),
  basis: z.string(),
  periodLine: z.string(),
  reportingUnitLine: z.string(),
  measure: z.string(),
  headers: z.array(z.object({ heading: z.string(), sub: z.array(z.string()).nullable() })),
  columnNumbers: z.array(z.number().int()),
  rows: z.array(
    z.object({
      no: z.string(),
      label: z.string(),
      values: z.array(z.number().int()),
      kind: z.enum(['section', 'detail']),
    }),
  ),
  totalRow: z.object({ no: z.string(), label: z.string(), values: z.array(z.number().int()) }),
  placeDateLine: z.string(),
  signatures: z.array(z.object({ title: z.string(), note: z.string() })),
  notes: z.array(z.string()),
});
export type StatisticalFormLayout = z.infer<typeof statisticalFormLayout>;

const unitLevel = z.enum(['province', 'commune']);

export const formII06b = z
  .object({
    unitCode: z.string(),
    unitName: z.string(),
    from: localDate,
    to: localDate,
    includeChildren: z.boolean(),
    sections: z.array(
      z.object({
        level: unitLevel,
        label: z.string(),
        total: dossierResultFigures,
        rows: z.array(dossierResultsRow).describe('One row per field (key = field code)'),
      }),
    ),
    total: dossierResultFigures,
    form: statisticalFormLayout,
  })
  .describe('Sections by level of the units covered; each section total is the sum of its rows');
export type FormII06b = z.infer<typeof formII06b>;

export const ii07bFigures = z.object({
  total: count.describe('Procedures in the authority of the unit (catalog in force on `to`, at its level)'),
  province: count,
  commune: count,
  oneStop: count.describe('Một cửa'),
  interAgency: count.describe('Một cửa liên thông'),
  fourOnSite: count.describe('"4 tại chỗ"'),
  onlineFull: count.describe('Dịch vụ công trực tuyến toàn trình'),
  onlinePartial: count.describe('Dịch vụ công trực tuyến một phần'),
  withDossiers: count.describe('Procedures with at least one dossier newly received in the period'),
  withDossiersFourOnSite: count,
});
export type II07bFiguresDto = z.infer<typeof ii07bFigures>;

export const formII07b = z
  .object({
    unitCode: z.string(),
    unitName: z.string(),
    from: localDate,
    to: localDate,
    includeChildren: z.boolean(),
    rows: z.array(ii07bFigures.extend({ unitCode: z.string(), label: z.string(), level: unitLevel })),
    total: ii07bFigures.describe('Distinct procedures over the units covered (not the sum of the rows)'),
    form: statisticalFormLayout,
  })
  .describe('total = province + commune = oneStop + interAgency on every row');
export type FormII07b = z.infer<typeof formII07b>;

// ----------------------------------------------------------------------------- register (Mẫu 06)

export const registerQuery = z.object({
  unitCode: z.string().optional(),
  from: localDate.describe('First day of receipt (included)'),
  to: localDate.describe('Last day of receipt (included)'),
});
export type RegisterQuery = z.input<typeof registerQuery>;
export const registerPageQuery = registerQuery.extend(pageQuery.shape);
export type RegisterPageQuery = z.input<typeof registerPageQuery>;

export const registerRow = z.object({
  dossierId: z.string(),
  dossierCode: z.string(),
  procedureName: z.string(),
  sets: z.number().int(),
  ownerName: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  receivedAt: z.string().describe('Instant (ISO 8601)'),
  appointmentAt: z.string(),
  returnedAt: z.string().nullable(),
  returnedTo: z.string().nullable(),
  receivingOfficer: z.string(),
});
export type RegisterRowDto = z.infer<typeof registerRow>;
