import type { FormII06b, FormII07b, RegisterRowDto, StatisticalFormLayout } from '@contract';
import { api, withQuery } from './client';
import type { ReportParams } from './reports';
import type { Page } from './units';

export type { FormII06b, FormII07b, RegisterRowDto, StatisticalFormLayout };
export type StatisticalFormId = 'ii06b' | 'ii07b';

const formQuery = (p: ReportParams) => ({
  unitCode: p.unitCode,
  from: p.from,
  to: p.to,
  includeChildren: p.includeChildren,
});
const registerQuery = (p: ReportParams) => ({ unitCode: p.unitCode, from: p.from, to: p.to });

/** Biểu II.06b / II.07b and the dossier register (Mẫu 06) of the report's unit and period. */
export const statisticalFormsApi = {
  form: (id: StatisticalFormId, p: ReportParams, signal?: AbortSignal) =>
    api.get<FormII06b | FormII07b>(`/api/reports/forms/${id}`, formQuery(p), signal),
  formUrl: (id: StatisticalFormId, p: ReportParams, extension: 'xlsx' | 'docx') =>
    withQuery(`/api/reports/forms/${id}.${extension}`, formQuery(p)),
  register: (p: ReportParams, cursor: string | undefined, signal?: AbortSignal) =>
    api.get<Page<RegisterRowDto>>(
      '/api/dossiers/register',
      { ...registerQuery(p), cursor, limit: 50 },
      signal,
    ),
  registerUrl: (p: ReportParams, extension: 'xlsx' | 'docx' | 'pdf') =>
    withQuery(`/api/dossiers/register.${extension}`, registerQuery(p)),
};
