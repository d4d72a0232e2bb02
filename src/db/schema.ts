// Drizzle table definitions mirroring migrations/*.sql (the SQL files are the source of
// truth; test/db/schema-drift.test.ts checks that every column here exists in the database).
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ProcedureVersion } from '../domain/catalog/types.js';
import type { DossierState, Handoff, ProcessDefinition } from '../domain/dossier/types.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const units = pgTable('units', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind').$type<'province' | 'commune' | 'ward' | 'special_zone'>().notNull(),
  parentId: uuid('parent_id'),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
  successorId: uuid('successor_id'),
  centerName: text('center_name'),
  officeHours: jsonb('office_hours').$type<{ sessions: { start: string; end: string }[] } | null>(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const departments = pgTable('departments', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const counters = pgTable('counters', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id').notNull(),
  number: integer('number').notNull(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const accounts = pgTable('accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<'officer' | 'citizen' | 'organisation'>().notNull(),
  username: text('username'),
  passwordHash: text('password_hash'),
  fullName: text('full_name').notNull(),
  email: text('email'),
  phone: text('phone'),
  citizenId: text('citizen_id'),
  taxCode: text('tax_code'),
  unitId: uuid('unit_id'),
  departmentId: uuid('department_id'),
  roles: text('roles').array().notNull().default(sql`'{}'`),
  active: boolean('active').notNull().default(true),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: ts('locked_until'),
  passwordChangedAt: ts('password_changed_at'),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const officerAssignments = pgTable('officer_assignments', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  departmentId: uuid('department_id'),
  roles: text('roles').array().notNull(),
  startedAt: ts('started_at').notNull(),
  endedAt: ts('ended_at'),
  successorId: uuid('successor_id'),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  accountId: uuid('account_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  lastSeenAt: ts('last_seen_at').notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
  revokedAt: ts('revoked_at'),
});

export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  unitId: uuid('unit_id').notNull(),
  permissions: text('permissions').array().notNull(),
  tokenHash: text('token_hash').notNull(),
  tokenPrefix: text('token_prefix').notNull(),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
});

export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStart: ts('window_start').notNull(),
  lockedUntil: ts('locked_until'),
});

export const auditEvents = pgTable('audit_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: ts('at').notNull(),
  actorId: uuid('actor_id'),
  actorKind: text('actor_kind').notNull(),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id').notNull(),
  unitId: uuid('unit_id'),
  ip: text('ip'),
  requestId: text('request_id'),
  before: jsonb('before'),
  after: jsonb('after'),
});

export const calendarEntries = pgTable('calendar_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id'),
  date: date('date', { mode: 'string' }).notNull(),
  kind: text('kind')
    .$type<'holiday' | 'compensatory_off' | 'swap_off' | 'swap_workday' | 'regular_day'>()
    .notNull(),
  name: text('name').notNull(),
  legalDocument: text('legal_document').notNull(),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const unitDeadlinePolicies = pgTable('unit_deadline_policies', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  resumeSemantics: text('resume_semantics').$type<'restart' | 'add_paused_time'>().notNull(),
  legalDocument: text('legal_document').notNull(),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const calendarRevision = pgTable('calendar_revision', {
  id: integer('id').primaryKey(),
  revision: bigint('revision', { mode: 'number' }).notNull(),
});

export const procedures = pgTable('procedures', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  version: integer('version').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  effectiveTo: date('effective_to', { mode: 'string' }),
  name: text('name').notNull(),
  nameSearch: text('name_search').notNull(),
  fieldCode: text('field_code').notNull(),
  fieldName: text('field_name').notNull(),
  level: text('level').notNull(),
  mechanism: text('mechanism').notNull(),
  onlineLevel: text('online_level').notNull(),
  fourOnSite: boolean('four_on_site').notNull(),
  nonTerritorial: boolean('non_territorial').notNull(),
  external: boolean('external').notNull().default(false),
  definition: jsonb('definition').$type<ProcedureVersion>().notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

type Json = Record<string, unknown>;
export const dossiers = pgTable('dossiers', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  unitId: uuid('unit_id').notNull(),
  procedureId: uuid('procedure_id').notNull(),
  procedureCode: text('procedure_code').notNull(),
  procedureName: text('procedure_name').notNull(),
  fieldCode: text('field_code').notNull(),
  caseCode: text('case_code').notNull(),
  process: jsonb('process').$type<ProcessDefinition>().notNull(),
  duration: jsonb('duration')
    .$type<{
      amount: number;
      unit: 'working_days' | 'working_hours' | 'calendar_days';
      cutoff: string | null;
    }>()
    .notNull(),
  state: text('state').$type<DossierState>().notNull(),
  nationalStatus: smallint('national_status').notNull(),
  outcome: text('outcome'),
  channel: text('channel').$type<'direct' | 'online' | 'postal'>().notNull(),
  source: text('source').notNull().default('motcua'),
  ownerKind: text('owner_kind').$type<'citizen' | 'organisation'>().notNull(),
  ownerName: text('owner_name').notNull(),
  ownerSearch: text('owner_search').notNull(),
  ownerIdNumber: text('owner_id_number'),
  ownerPhone: text('owner_phone'),
  ownerEmail: text('owner_email'),
  ownerAddress: text('owner_address'),
  ownerAccountId: uuid('owner_account_id'),
  submitter: jsonb('submitter').$type<Json | null>(),
  returnChannel: text('return_channel').$type<'counter' | 'electronic' | 'post'>().notNull(),
  feePayment: text('fee_payment').$type<'now' | 'at_return' | 'exempt'>().notNull(),
  feeTotal: bigint('fee_total', { mode: 'number' }).notNull().default(0),
  feePaidAt: ts('fee_paid_at'),
  feePaidOnline: boolean('fee_paid_online').notNull().default(false),
  digitized: boolean('digitized').notNull().default(false),
  dataReused: boolean('data_reused').notNull().default(false),
  submittedAt: ts('submitted_at'),
  receivedAt: ts('received_at'),
  countingStartsAt: ts('counting_starts_at'),
  dueAt: ts('due_at'),
  originalDueAt: ts('original_due_at'),
  pausedAt: ts('paused_at'),
  pauseKind: text('pause_kind'),
  supplementDueAt: ts('supplement_due_at'),
  supplementCount: integer('supplement_count').notNull().default(0),
  rescheduleCount: integer('reschedule_count').notNull().default(0),
  stepIndex: integer('step_index'),
  assigneeId: uuid('assignee_id'),
  stepDueAt: ts('step_due_at'),
  pendingConsultations: integer('pending_consultations').notNull().default(0),
  lastHandoff: jsonb('last_handoff').$type<Handoff | null>(),
  finishedAt: ts('finished_at'),
  result: jsonb('result').$type<Json | null>(),
  returnedAt: ts('returned_at'),
  receivedBy: uuid('received_by'),
  trackingKey: text('tracking_key').notNull(),
  transferredFrom: uuid('transferred_from'),
  transferredTo: uuid('transferred_to'),
  /** Set when the owner came from a successful population-database lookup in this intake (ADR 0013). */
  ownerVerifiedAt: ts('owner_verified_at'),
  ownerLookupId: uuid('owner_lookup_id'),
  note: text('note'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const dossierComponents = pgTable('dossier_components', {
  id: uuid('id').primaryKey().defaultRandom(),
  dossierId: uuid('dossier_id').notNull(),
  position: integer('position').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  quantity: integer('quantity').notNull(),
  provided: boolean('provided').notNull(),
  fileId: uuid('file_id'),
  reused: boolean('reused').notNull().default(false),
});

export const dossierSteps = pgTable('dossier_steps', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  dossierId: uuid('dossier_id').notNull(),
  stepIndex: integer('step_index').notNull(),
  stepCode: text('step_code').notNull(),
  stepName: text('step_name').notNull(),
  role: text('role'),
  assigneeId: uuid('assignee_id'),
  openedAt: ts('opened_at').notNull(),
  dueAt: ts('due_at').notNull(),
  closedAt: ts('closed_at'),
  closure: text('closure'),
  closedBy: uuid('closed_by'),
  closedByName: text('closed_by_name'),
});

export const dossierEvents = pgTable('dossier_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  dossierId: uuid('dossier_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  at: ts('at').notNull(),
  action: text('action').notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  fromState: text('from_state'),
  toState: text('to_state').notNull(),
  nationalStatus: smallint('national_status').notNull(),
  note: text('note'),
  data: jsonb('data').$type<Json | null>(),
});

export const dossierCodeCounters = pgTable('dossier_code_counters', {
  unitId: uuid('unit_id').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  last: integer('last').notNull(),
});

export const storedFiles = pgTable('stored_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id').notNull(),
  dossierId: uuid('dossier_id'),
  name: text('name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const outbox = pgTable('outbox', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  topic: text('topic').notNull(),
  aggregateId: uuid('aggregate_id').notNull(),
  payload: jsonb('payload').$type<Json>().notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: ts('next_attempt_at').notNull().default(sql`now()`),
  deliveredAt: ts('delivered_at'),
  lastError: text('last_error'),
  refusedAt: ts('refused_at'),
});

export const outboxDeliveredTotals = pgTable('outbox_delivered_totals', {
  topic: text('topic').notNull(),
  aggregateId: uuid('aggregate_id').notNull(),
  deliveredCount: bigint('delivered_count', { mode: 'number' }).notNull(),
  lastDeliveredAt: ts('last_delivered_at').notNull(),
});

export const outboundSyncUnits = pgTable('outbound_sync_units', {
  destination: text('destination').notNull(),
  unitId: uuid('unit_id').notNull(),
  lastSuccessAt: ts('last_success_at'),
  lastError: text('last_error'),
  lastErrorAt: ts('last_error_at'),
  deliveredCount: bigint('delivered_count', { mode: 'number' }).notNull().default(0),
  failedCount: bigint('failed_count', { mode: 'number' }).notNull().default(0),
});

export const integrationSources = pgTable('integration_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull().default('other'),
  tokenId: uuid('token_id').notNull(),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull(),
  lastContactAt: ts('last_contact_at'),
  lastError: text('last_error'),
  lastErrorAt: ts('last_error_at'),
  acceptedCount: bigint('accepted_count', { mode: 'number' }).notNull().default(0),
  rejectedCount: bigint('rejected_count', { mode: 'number' }).notNull().default(0),
});

export const integrationSourceUnits = pgTable('integration_source_units', {
  sourceId: uuid('source_id').notNull(),
  unitId: uuid('unit_id').notNull(),
});

export const dossierSources = pgTable('dossier_sources', {
  dossierId: uuid('dossier_id').notNull(),
  sourceId: uuid('source_id').notNull(),
  externalCode: text('external_code').notNull(),
  sourceStamp: ts('source_stamp').notNull(),
  sourceStatus: smallint('source_status').notNull(),
  recordHash: text('record_hash').notNull(),
  updatedAt: ts('updated_at').notNull(),
  sourceReceivedAt: ts('source_received_at'),
  sourceDueAt: ts('source_due_at'),
  sourceFinishedAt: ts('source_finished_at'),
});

/** Report flows per unit, local day and key, kept by triggers on dossiers (migrations/0017). Read-only here. */
export const reportDaily = pgTable('report_daily', {
  unitId: uuid('unit_id').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  fieldCode: text('field_code').notNull(),
  procedureCode: text('procedure_code').notNull(),
  channel: text('channel').notNull(),
  source: text('source').notNull(),
  received: integer('received').notNull(),
  early: integer('early').notNull(),
  onTime: integer('on_time').notNull(),
  late: integer('late').notNull(),
  refused: integer('refused').notNull(),
  withdrawn: integer('withdrawn').notNull(),
  stopped: integer('stopped').notNull(),
});

export const integrationRejections = pgTable('integration_rejections', {
  sourceId: uuid('source_id').notNull(),
  externalCode: text('external_code').notNull(),
  unitId: uuid('unit_id'),
  receivedAt: ts('received_at'),
  status: smallint('status'),
  code: text('code').notNull(),
  reason: text('reason').notNull(),
  rejectedAt: ts('rejected_at').notNull(),
});

export const feedbackDeadlineRules = pgTable('feedback_deadline_rules', {
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  workingDays: smallint('working_days').notNull(),
  rejectWorkingDays: smallint('reject_working_days').notNull(),
  legalBasis: text('legal_basis').notNull(),
});

export const feedbackItems = pgTable('feedback_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id').notNull(),
  dossierId: uuid('dossier_id'),
  accountId: uuid('account_id'),
  senderName: text('sender_name').notNull(),
  senderPhone: text('sender_phone'),
  senderEmail: text('sender_email'),
  topic: text('topic').$type<'regulation' | 'handling'>().notNull(),
  title: text('title').notNull(),
  content: text('content').notNull(),
  state: text('state')
    .$type<'received' | 'processing' | 'answered' | 'rejected'>()
    .notNull()
    .default('received'),
  receivedAt: ts('received_at').notNull(),
  receivedDate: date('received_date', { mode: 'string' }).notNull(),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  handlerId: uuid('handler_id'),
  answer: text('answer'),
  closedAt: ts('closed_at'),
  closedDate: date('closed_date', { mode: 'string' }),
  closedBy: uuid('closed_by'),
  onTime: boolean('on_time'),
});

export const dossierRatings = pgTable('dossier_ratings', {
  dossierId: uuid('dossier_id').primaryKey(),
  unitId: uuid('unit_id').notNull(),
  accountId: uuid('account_id').notNull(),
  level: text('level').$type<'very_satisfied' | 'satisfied' | 'dissatisfied'>().notNull(),
  comment: text('comment'),
  ratedAt: ts('rated_at').notNull(),
  ratedDate: date('rated_date', { mode: 'string' }).notNull(),
});

/** Indicator targets (chỉ tiêu giao) by scope and effective date (migrations/0016_indicator_targets.sql). */
export const indicatorTargets = pgTable('indicator_targets', {
  id: uuid('id').primaryKey().defaultRandom(),
  scopeUnitId: uuid('scope_unit_id'),
  indicator: text('indicator').notNull(),
  comparator: text('comparator').$type<'at_least' | 'at_most'>().notNull(),
  value: numeric('value', { precision: 5, scale: 2 }).notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

/** National population database lookups at intake, one row per call (migrations/0012, ADR 0013). */
export const populationLookups = pgTable('population_lookups', {
  id: uuid('id').primaryKey().defaultRandom(),
  at: ts('at').notNull(),
  actorId: uuid('actor_id').notNull(),
  unitId: uuid('unit_id'),
  idNumberHash: text('id_number_hash').notNull(),
  result: text('result').$type<'found' | 'not_found' | 'unavailable'>().notNull(),
  reason: text('reason'),
  identityHash: text('identity_hash'),
  durationMs: integer('duration_ms').notNull(),
  dossierId: uuid('dossier_id'),
});

/** File import of other systems' exports (migrations/0013, ADR 0014). */
export const importMappings = pgTable('import_mappings', {
  sourceId: uuid('source_id').primaryKey(),
  mapping: jsonb('mapping').$type<Json>().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull(),
});

export const importJobs = pgTable('import_jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  sourceId: uuid('source_id').notNull(),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  fileSize: bigint('file_size', { mode: 'number' }).notNull(),
  format: text('format').$type<'csv' | 'xlsx'>().notNull(),
  mapping: jsonb('mapping').$type<Json>().notNull(),
  mappingHash: text('mapping_hash').notNull(),
  status: text('status').$type<'running' | 'done' | 'failed'>().notNull(),
  committedLine: integer('committed_line').notNull().default(1),
  bytesDone: bigint('bytes_done', { mode: 'number' }).notNull().default(0),
  rows: integer('rows').notNull().default(0),
  accepted: integer('accepted').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  proceduresCreated: integer('procedures_created').notNull().default(0),
  error: text('error'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
  finishedAt: ts('finished_at'),
});

export const importJobErrors = pgTable('import_job_errors', {
  jobId: uuid('job_id').notNull(),
  line: integer('line').notNull(),
  externalCode: text('external_code'),
  code: text('code').notNull(),
  reason: text('reason').notNull(),
});
