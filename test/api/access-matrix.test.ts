// For every endpoint: 401 without a session, 403 for a role without the permission, and 404
// for a record of another unit — with the data unchanged afterwards. A final check makes sure
// every route in the OpenAPI document appears in this matrix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/fingerprint.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Ids = {
  deptB: string;
  counterB: string;
  userB: string;
  userA: string;
  tokenB: string;
  entryB: string;
  dossierB: string;
  feedbackB: string;
  sourceB: string;
  importB: string;
};
type Case = {
  method: Method;
  path: string; // OpenAPI form, e.g. /api/units/{code}
  url: (ids: Ids, unit: string) => string; // unit = the unit code to aim at
  body?: (ids: Ids, unit: string) => unknown;
  /** Who lacks the permission (null: any signed-in account may call it). */
  forbiddenAs: 'receiver' | 'citizen' | null;
  /** Whether the endpoint addresses a unit-scoped record (404 for another unit's). */
  scoped: boolean;
  /** Who tries another unit's record (default: the unit administrator). */
  scopedAs?: 'receiver' | 'director';
};

const CASES: Case[] = [
  { method: 'GET', path: '/api/auth/me', url: () => '/api/auth/me', forbiddenAs: null, scoped: false },
  {
    method: 'POST',
    path: '/api/auth/logout',
    url: () => '/api/auth/logout',
    forbiddenAs: null,
    scoped: false,
  },
  {
    method: 'POST',
    path: '/api/auth/logout-all',
    url: () => '/api/auth/logout-all',
    forbiddenAs: null,
    scoped: false,
  },
  {
    method: 'POST',
    path: '/api/auth/change-password',
    url: () => '/api/auth/change-password',
    body: () => ({ currentPassword: 'x', newPassword: 'abcdefghijk' }),
    forbiddenAs: null,
    scoped: false,
  },
  {
    method: 'GET',
    path: '/api/units',
    url: (_, u) => `/api/units?parentCode=${u}`,
    forbiddenAs: 'citizen',
    scoped: false,
  },
  {
    method: 'POST',
    path: '/api/units',
    url: () => '/api/units',
    body: () => ({ code: '06099', name: 'Xã Thử Nghiệm', kind: 'commune', parentCode: '20' }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/units/{code}',
    url: (_, u) => `/api/units/${u}`,
    forbiddenAs: 'citizen',
    scoped: true,
  },
  {
    method: 'PATCH',
    path: '/api/units/{code}',
    url: (_, u) => `/api/units/${u}`,
    body: () => ({ name: 'Tên bị sửa trái phép' }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/units/{code}/departments',
    url: (_, u) => `/api/units/${u}/departments`,
    forbiddenAs: 'citizen',
    scoped: true,
  },
  {
    method: 'POST',
    path: '/api/units/{code}/departments',
    url: (_, u) => `/api/units/${u}/departments`,
    body: () => ({ code: 'TP', name: 'Phòng Tư pháp' }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'PATCH',
    path: '/api/departments/{id}',
    url: (ids) => `/api/departments/${ids.deptB}`,
    body: () => ({ name: 'Đổi tên trái phép' }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/units/{code}/officers',
    url: (_, u) => `/api/units/${u}/officers`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/units/{code}/counters',
    url: (_, u) => `/api/units/${u}/counters`,
    forbiddenAs: 'citizen',
    scoped: true,
  },
  {
    method: 'POST',
    path: '/api/units/{code}/counters',
    url: (_, u) => `/api/units/${u}/counters`,
    body: () => ({ number: 9, name: 'Quầy 9' }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'PATCH',
    path: '/api/counters/{id}',
    url: (ids) => `/api/counters/${ids.counterB}`,
    body: () => ({ active: false }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/users',
    url: (_, u) => `/api/users?unitCode=${u}`,
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'POST',
    path: '/api/users',
    url: () => '/api/users',
    body: (_, u) => ({
      username: 'matrix.user',
      fullName: 'Người Thử',
      unitCode: u,
      roles: ['clerk'],
      password: 'Matkhau@12345',
    }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/users/{id}',
    url: (ids) => `/api/users/${ids.userB}`,
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'PATCH',
    path: '/api/users/{id}',
    url: (ids) => `/api/users/${ids.userB}`,
    body: () => ({ active: false }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'POST',
    path: '/api/users/{id}/reset-password',
    url: (ids) => `/api/users/${ids.userB}/reset-password`,
    body: () => ({ newPassword: 'Chiemquyen@123' }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'POST',
    path: '/api/users/{id}/transfer',
    url: (ids) => `/api/users/${ids.userB}/transfer`,
    body: () => ({ unitCode: '06001' }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/api-tokens',
    url: (_, u) => `/api/api-tokens?unitCode=${u}`,
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'POST',
    path: '/api/api-tokens',
    url: () => '/api/api-tokens',
    body: (_, u) => ({ name: 'Hệ thống lạ', unitCode: u, permissions: ['dossiers:ingest'] }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'DELETE',
    path: '/api/api-tokens/{id}',
    url: (ids) => `/api/api-tokens/${ids.tokenB}`,
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/integrations/sources',
    url: () => '/api/integrations/sources',
    forbiddenAs: 'receiver',
    scoped: false,
  },
  {
    method: 'POST',
    path: '/api/integrations/sources',
    url: () => '/api/integrations/sources',
    body: (_, u) => ({ code: 'he-thong-la', name: 'Hệ thống lạ', unitCodes: [u] }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'POST',
    path: '/api/integrations/sources/{code}/imports',
    url: (ids) => `/api/integrations/sources/${ids.sourceB}/imports?name=ho-so.csv`,
    body: () => ({}),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/integrations/imports/{id}',
    url: (ids) => `/api/integrations/imports/${ids.importB}`,
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/integrations/imports/{id}/errors',
    url: (ids) => `/api/integrations/imports/${ids.importB}/errors`,
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/integrations/sources/{code}/import-mapping',
    url: (ids) => `/api/integrations/sources/${ids.sourceB}/import-mapping`,
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'PUT',
    path: '/api/integrations/sources/{code}/import-mapping',
    url: (ids) => `/api/integrations/sources/${ids.sourceB}/import-mapping`,
    body: () => ({ columns: { MaHoSo: 'Số hồ sơ' } }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'POST',
    path: '/api/integrations/dossiers',
    url: () => '/api/integrations/dossiers',
    body: () => [{ MaHoSo: 'X-1' }],
    forbiddenAs: 'receiver',
    scoped: false,
  },
  {
    method: 'GET',
    path: '/api/integrations/reconciliation',
    url: (_, u) => `/api/integrations/reconciliation?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/integrations/reconciliation/differences',
    url: (ids, u) =>
      `/api/integrations/reconciliation/differences?unitCode=${u}&from=2026-03-01&to=2026-03-31&source=${ids.sourceB}`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'POST',
    path: '/api/population/citizens/lookup',
    url: () => '/api/population/citizens/lookup',
    body: () => ({ idNumber: '020090001234' }),
    forbiddenAs: 'citizen',
    scoped: false,
  },
  {
    method: 'GET',
    path: '/api/audit-events',
    url: (_, u) => `/api/audit-events?unitCode=${u}`,
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/calendar/due-date',
    url: (_, u) =>
      `/api/calendar/due-date?unitCode=${u}&receivedAt=2026-03-03T10:00:00%2B07:00&amount=2&durationUnit=working_days`,
    forbiddenAs: 'citizen',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/calendar/days',
    url: (_, u) => `/api/calendar/days?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'citizen',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/calendar/entries',
    url: (_, u) => `/api/calendar/entries?year=2026&unitCode=${u}`,
    forbiddenAs: 'citizen',
    scoped: true,
  },
  {
    method: 'POST',
    path: '/api/calendar/entries',
    url: () => '/api/calendar/entries',
    body: (_, u) => ({
      date: '2026-03-16',
      kind: 'swap_off',
      name: 'Nghỉ trái phép',
      legalDocument: 'Không có',
      unitCode: u,
    }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'PATCH',
    path: '/api/calendar/entries/{id}',
    url: (ids) => `/api/calendar/entries/${ids.entryB}`,
    body: () => ({ kind: 'holiday' }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'DELETE',
    path: '/api/calendar/entries/{id}',
    url: (ids) => `/api/calendar/entries/${ids.entryB}`,
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/calendar/policies',
    url: (_, u) => `/api/calendar/policies?unitCode=${u}`,
    forbiddenAs: 'citizen',
    scoped: true,
  },
  {
    method: 'POST',
    path: '/api/calendar/policies',
    url: () => '/api/calendar/policies',
    body: (_, u) => ({
      unitCode: u,
      effectiveFrom: '2027-01-01',
      resumeSemantics: 'add_paused_time',
      legalDocument: 'Không có',
    }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  { method: 'GET', path: '/api/fields', url: () => '/api/fields', forbiddenAs: 'citizen', scoped: false },
  {
    method: 'GET',
    path: '/api/procedures',
    url: () => '/api/procedures?q=khai%20sinh',
    forbiddenAs: 'citizen',
    scoped: false,
  },
  {
    method: 'GET',
    path: '/api/procedures/{code}',
    url: () => '/api/procedures/1.001193',
    forbiddenAs: 'citizen',
    scoped: false,
  },
  {
    method: 'GET',
    path: '/api/procedures/export',
    url: () => '/api/procedures/export?format=csv',
    forbiddenAs: 'citizen',
    scoped: false,
  },
  {
    method: 'POST',
    path: '/api/procedures/import',
    url: () => '/api/procedures/import',
    body: () => ({ format: 'json', content: '{"DanhSachTTHC":[]}' }),
    forbiddenAs: 'receiver',
    scoped: false,
  },
  {
    method: 'GET',
    path: '/api/procedures/{code}/versions',
    url: () => '/api/procedures/1.001612/versions',
    forbiddenAs: 'citizen',
    scoped: false,
  },
  {
    method: 'POST',
    path: '/api/procedures/{code}/versions',
    url: () => '/api/procedures/1.001612/versions',
    body: () => ({ effectiveFrom: '2026-03-03', cases: [] }),
    forbiddenAs: 'receiver',
    scoped: false,
  },
  {
    method: 'POST',
    path: '/api/dossiers',
    url: () => '/api/dossiers',
    body: (_, u) => ({
      unitCode: u,
      procedureCode: '2.000908',
      caseCode: 'TH1',
      owner: { kind: 'citizen', fullName: 'Người Thử', idNumber: '020190001234' },
      components: [],
      feePayment: 'exempt',
      returnChannel: 'counter',
    }),
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/dossiers',
    url: (_, u) => `/api/dossiers?unitCode=${u}`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/dossiers/queues',
    url: (_, u) => `/api/dossiers/queues?unitCode=${u}`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/dossiers/register.pdf',
    url: (_, u) => `/api/dossiers/register.pdf?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/dossiers/register',
    url: (_, u) => `/api/dossiers/register?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/dossiers/register.xlsx',
    url: (_, u) => `/api/dossiers/register.xlsx?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/dossiers/register.docx',
    url: (_, u) => `/api/dossiers/register.docx?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/dossiers/{id}',
    url: (ids) => `/api/dossiers/${ids.dossierB}`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'POST',
    path: '/api/dossiers/{id}/actions',
    url: (ids) => `/api/dossiers/${ids.dossierB}/actions`,
    body: () => ({ action: 'stop', version: 1, reason: 'Dừng trái phép' }),
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'POST',
    path: '/api/dossiers/{id}/components/{code}/file',
    url: (ids) => `/api/dossiers/${ids.dossierB}/components/TP1/file`,
    body: () => ({ not: 'a file' }),
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'POST',
    path: '/api/dossiers/{id}/result-file',
    url: (ids) => `/api/dossiers/${ids.dossierB}/result-file`,
    body: () => ({ not: 'a file' }),
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/dossiers/{id}/national-sync',
    url: (ids) => `/api/dossiers/${ids.dossierB}/national-sync`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'POST',
    path: '/api/dossiers/{id}/national-sync/resend',
    url: (ids) => `/api/dossiers/${ids.dossierB}/national-sync/resend`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/integrations/outbound',
    url: () => '/api/integrations/outbound',
    forbiddenAs: 'citizen',
    scoped: false,
  },
  {
    method: 'GET',
    path: '/api/dossiers/{id}/files/{fileId}',
    url: (ids) => `/api/dossiers/${ids.dossierB}/files/${ids.dossierB}`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/dossiers/{id}/forms/{form}',
    url: (ids) => `/api/dossiers/${ids.dossierB}/forms/mau_01.pdf`,
    forbiddenAs: 'citizen',
    scoped: true,
    scopedAs: 'receiver',
  },
  {
    method: 'GET',
    path: '/api/demo/progress',
    url: () => '/api/demo/progress',
    forbiddenAs: null,
    scoped: false,
  },
  {
    method: 'GET',
    path: '/api/reports/dossier-results',
    url: (_, u) => `/api/reports/dossier-results?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/dossier-results/dossiers',
    url: (_, u) =>
      `/api/reports/dossier-results/dossiers?unitCode=${u}&from=2026-03-01&to=2026-03-31&figure=received.total`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/periods',
    url: () => '/api/reports/periods?date=2026-03-01',
    forbiddenAs: 'receiver',
    scoped: false,
  },
  {
    method: 'GET',
    path: '/api/reports/dossier-results.xlsx',
    url: (_, u) => `/api/reports/dossier-results.xlsx?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/dossier-results.docx',
    url: (_, u) => `/api/reports/dossier-results.docx?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/forms/ii06b',
    url: (_, u) => `/api/reports/forms/ii06b?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/forms/ii06b.xlsx',
    url: (_, u) => `/api/reports/forms/ii06b.xlsx?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/forms/ii06b.docx',
    url: (_, u) => `/api/reports/forms/ii06b.docx?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/forms/ii07b',
    url: (_, u) => `/api/reports/forms/ii07b?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/forms/ii07b.xlsx',
    url: (_, u) => `/api/reports/forms/ii07b.xlsx?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/forms/ii07b.docx',
    url: (_, u) => `/api/reports/forms/ii07b.docx?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/indicators',
    url: (_, u) => `/api/reports/indicators?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/indicators.docx',
    url: (_, u) => `/api/reports/indicators.docx?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/indicator-targets',
    url: (_, u) => `/api/reports/indicator-targets?unitCode=${u}`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'POST',
    path: '/api/reports/indicator-targets',
    url: () => '/api/reports/indicator-targets',
    body: (_, u) => ({
      unitCode: u,
      indicator: 'online_submission',
      comparator: 'at_least',
      value: 90,
      effectiveFrom: '2026-04-01',
    }),
    forbiddenAs: 'receiver',
    scoped: true,
  },
  {
    method: 'GET',
    path: '/api/reports/index-766',
    url: (_, u) => `/api/reports/index-766?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/index-766/ranking',
    // The director of 06001 asks for the province of Hải Phòng (31), outside the scope.
    url: (_, u) =>
      `/api/reports/index-766/ranking?provinceCode=${u === '06001' ? '20' : '31'}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/dashboard/overview',
    url: (_, u) => `/api/dashboard/overview?unitCode=${u}`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/dashboard/trends',
    url: (_, u) => `/api/dashboard/trends?unitCode=${u}`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/dashboard/dossiers',
    url: (_, u) => `/api/dashboard/dossiers?unitCode=${u}&figure=overdue`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/dashboard/events',
    url: (_, u) => `/api/dashboard/events?unitCode=${u}`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/feedback',
    url: (_, u) => `/api/feedback?unitCode=${u}`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/feedback/ratings',
    url: (_, u) => `/api/feedback/ratings?unitCode=${u}`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/feedback/{id}',
    url: (ids) => `/api/feedback/${ids.feedbackB}`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'POST',
    path: '/api/feedback/{id}/assign',
    url: (ids) => `/api/feedback/${ids.feedbackB}/assign`,
    body: () => ({}),
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'POST',
    path: '/api/feedback/{id}/answer',
    url: (ids) => `/api/feedback/${ids.feedbackB}/answer`,
    body: () => ({ answer: 'Trả lời trái phép' }),
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'POST',
    path: '/api/feedback/{id}/reject',
    url: (ids) => `/api/feedback/${ids.feedbackB}/reject`,
    body: () => ({ reason: 'Trả lại trái phép' }),
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/feedback',
    url: (_, u) => `/api/reports/feedback?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/feedback.xlsx',
    url: (_, u) => `/api/reports/feedback.xlsx?unitCode=${u}&from=2026-03-01&to=2026-03-31`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
  {
    method: 'GET',
    path: '/api/reports/feedback.docx',
    url: (_, u) => `/api/reports/feedback.docx?unitCode=${u}&from=2026-03-01&to=2026-03-31&form=ii05b`,
    forbiddenAs: 'receiver',
    scoped: true,
    scopedAs: 'director',
  },
];

/** Public endpoints (no sign-in by design), checked separately below. */
/** Citizen-portal endpoints: 401 without a session; officers get 403; each citizen sees only their own (test/api/portal.test.ts). */
const PORTAL = new Set([
  'POST /api/portal/dossiers',
  'GET /api/portal/dossiers',
  'GET /api/portal/dossiers/{id}',
  'POST /api/portal/feedback',
  'GET /api/portal/feedback',
  'GET /api/portal/dossiers/{id}/rating',
  'POST /api/portal/dossiers/{id}/rating',
]);

const PUBLIC = new Set([
  'POST /api/auth/login',
  'GET /api/public/procedures/{code}',
  'GET /api/public/tracking/{code}',
  'POST /api/public/feedback',
]);

const MATRIX = CASES;

let h: Harness;
let ids: Ids;
let adminA: Session;
let receiverA: Session;
let directorA: Session;
let citizen: Session;

beforeAll(async () => {
  h = await createHarness();
  const langson = await login(h.app, 'langson.quantri');
  const tokenRes = await call(h.app, langson, 'POST', '/api/api-tokens', {
    name: 'Hệ thống của Vạn Linh',
    unitCode: '06003',
    permissions: ['dossiers:ingest'],
  });
  expect(tokenRes.statusCode).toBe(201);
  const entryRes = await call(h.app, langson, 'POST', '/api/calendar/entries', {
    date: '2026-03-13',
    kind: 'swap_off',
    name: 'Nghỉ hoán đổi của xã Vạn Linh',
    legalDocument: 'Quyết định 3/QĐ-UBND',
    unitCode: '06003',
  });
  expect(entryRes.statusCode).toBe(201);
  const vanLinhReceiver = await login(h.app, 'vanlinh.tiepnhan');
  const proc = (await call(h.app, vanLinhReceiver, 'GET', '/api/procedures/2.000908')).json();
  const feedbackRes = await call(h.app, null, 'POST', '/api/public/feedback', {
    unitCode: '06003',
    topic: 'regulation',
    title: 'Phản ánh gửi xã Vạn Linh',
    content: 'Nội dung phản ánh',
    senderName: 'Lý Văn Tư',
    senderPhone: '0912000111',
  });
  expect(feedbackRes.statusCode, feedbackRes.body).toBe(201);
  const dossierRes = await call(h.app, vanLinhReceiver, 'POST', '/api/dossiers', {
    unitCode: '06003',
    procedureCode: '2.000908',
    caseCode: proc.cases[0].code,
    owner: { kind: 'citizen', fullName: 'Hoàng Văn Nam', idNumber: '020088004321' },
    components: proc.components.map((c: { code: string }) => ({ code: c.code, quantity: 1, provided: true })),
    feePayment: 'now',
    returnChannel: 'counter',
  });
  expect(dossierRes.statusCode, dossierRes.body).toBe(201);
  const sourceRes = await call(h.app, langson, 'POST', '/api/integrations/sources', {
    code: 'nguon-van-linh',
    name: 'Hệ thống nguồn của Vạn Linh',
    unitCodes: ['06003'],
  });
  expect(sourceRes.statusCode, sourceRes.body).toBe(201);
  const importRes = await h.app.inject({
    method: 'POST',
    url: '/api/integrations/sources/nguon-van-linh/imports?name=ho-so.csv',
    headers: { cookie: langson.cookie, 'x-csrf-token': langson.csrf, 'content-type': 'text/csv' },
    payload:
      'MaHoSo,MaTTHC,TenTTHC,MaLinhVuc,TenLinhVuc,KenhThucHien,ChuHoSo,LoaiDoiTuong,NgayTiepNhan,TrangThaiHoSo,DonViXuLy,DuocThanhToanTrucTuyen,HoSoCoThanhPhanSoHoa\n' +
      'VL-1,1.001193,Đăng ký khai sinh,HT,Hộ tịch,1,Lý Văn Tư,1,20260302080000,2,06003,0,0\n',
  });
  expect(importRes.statusCode, importRes.body).toBe(202);
  // The import runs in the background: wait for it, so that the checks below see a still database.
  for (let i = 0; i < 400; i++) {
    const job = await call(h.app, langson, 'GET', `/api/integrations/imports/${importRes.json().id}`);
    if (job.json().status !== 'running') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const deptB = (await call(h.app, langson, 'GET', '/api/units/06003/departments')).json().items[0].id;
  const counterB = (await call(h.app, langson, 'GET', '/api/units/06003/counters')).json().items[0].id;
  const usersB = (await call(h.app, langson, 'GET', '/api/users?unitCode=06003')).json().items;
  const usersA = (await call(h.app, langson, 'GET', '/api/users?unitCode=06001')).json().items;
  ids = {
    deptB,
    counterB,
    userB: usersB.find((u: { username: string }) => u.username === 'vanlinh.tiepnhan').id,
    userA: usersA.find((u: { username: string }) => u.username === 'tamthanh.chuyenvien').id,
    tokenB: tokenRes.json().id,
    entryB: entryRes.json().id,
    dossierB: dossierRes.json().id,
    feedbackB: feedbackRes.json().id,
    sourceB: 'nguon-van-linh',
    importB: importRes.json().id,
  };
  adminA = await login(h.app, 'tamthanh.quantri');
  receiverA = await login(h.app, 'tamthanh.tiepnhan');
  directorA = await login(h.app, 'tamthanh.giamdoc');
  citizen = await login(h.app, 'congdan.an');
}, 120_000);
afterAll(() => h?.close());

describe.each(CASES)('$method $path without a session', (c) => {
  it('answers 401, writing nothing', async () => {
    const before = await fingerprint(h.deps.database);
    const res = await call(h.app, null, c.method, c.url(ids, '06001'), c.body?.(ids, '06001'));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toMatch(/^AUTH_/);
    expect(await fingerprint(h.deps.database)).toBe(before);
  });
});

describe.each(CASES.filter((c) => c.forbiddenAs !== null))('$method $path with the wrong role', (c) => {
  it('answers 403, writing nothing', async () => {
    const who = c.forbiddenAs === 'citizen' ? citizen : receiverA;
    const before = await fingerprint(h.deps.database);
    const res = await call(h.app, who, c.method, c.url(ids, '06001'), c.body?.(ids, '06001'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/quyền/);
    expect(await fingerprint(h.deps.database)).toBe(before);
  });
});

describe.each(CASES.filter((c) => c.scoped))("$method $path on another unit's record", (c) => {
  it('answers 404, writing nothing', async () => {
    const before = await fingerprint(h.deps.database);
    const who = c.scopedAs === 'receiver' ? receiverA : c.scopedAs === 'director' ? directorA : adminA;
    const res = await call(h.app, who, c.method, c.url(ids, '06003'), c.body?.(ids, '06003'));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect(await fingerprint(h.deps.database)).toBe(before);
  });
});

describe('coverage of the matrix', () => {
  it('lists every endpoint of the OpenAPI document', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const covered = new Set(MATRIX.map((c) => `${c.method} ${c.path}`));
    const missing = documented.filter((d) => !covered.has(d) && !PUBLIC.has(d) && !PORTAL.has(d));
    expect(missing).toEqual([]);
  });

  it("keeps another unit's records out of unfiltered lists", async () => {
    const units = (await call(h.app, adminA, 'GET', '/api/units'))
      .json()
      .items.map((u: { code: string }) => u.code);
    expect(units).toEqual(['06001']);
    const users = (await call(h.app, adminA, 'GET', '/api/users?limit=200')).json().items;
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u: { unitCode: string }) => u.unitCode === '06001')).toBe(true);
    const tokens = (await call(h.app, adminA, 'GET', '/api/api-tokens')).json().items;
    expect(tokens).toEqual([]);
    const events = (await call(h.app, adminA, 'GET', '/api/audit-events?limit=200')).json().items;
    expect(events.every((e: { unitCode: string | null }) => e.unitCode === '06001')).toBe(true);
  });
});

describe('public endpoints', () => {
  it('serve the procedure page without a session, and nothing private', async () => {
    const res = await call(h.app, null, 'GET', '/api/public/procedures/1.001193');
    expect(res.statusCode).toBe(200);
    expect(res.json().name).toMatch(/khai sinh/i);
    const tracking = await call(
      h.app,
      null,
      'GET',
      `/api/public/tracking/06003-260302-0001?k=${'x'.repeat(16)}`,
    );
    expect(tracking.statusCode).toBe(404);
  });
});
