// Drizzle table definitions mirroring migrations/*.sql (the SQL files are the source of
// truth; test/db/schema-drift.test.ts checks that every column here exists in the database).
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
