-- Foundation: administrative units, departments, counters, accounts, sessions, API tokens,
-- login throttling and the append-only audit trail. Runs on PostgreSQL 15+ and PGlite.

CREATE TABLE units (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code          text NOT NULL,
  name          text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('province', 'commune', 'ward', 'special_zone')),
  parent_id     uuid REFERENCES units(id),
  valid_from    date NOT NULL,
  valid_to      date,
  successor_id  uuid REFERENCES units(id),
  center_name   text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'province' AND parent_id IS NULL AND code ~ '^\d{2}$')
      OR (kind <> 'province' AND parent_id IS NOT NULL AND code ~ '^\d{5}$')),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
-- Codes are permanent and never reused (QĐ 19/2025), so one row per code for all time.
CREATE UNIQUE INDEX units_code_uq ON units (code);
CREATE INDEX units_parent_code_idx ON units (parent_id, code);

CREATE TABLE departments (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id     uuid NOT NULL REFERENCES units(id),
  code        text NOT NULL,
  name        text NOT NULL,
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, code)
);

CREATE TABLE counters (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id     uuid NOT NULL REFERENCES units(id),
  number      integer NOT NULL CHECK (number BETWEEN 1 AND 999),
  name        text NOT NULL,
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, number)
);

-- Officers, citizens and organisations. Officers have a unit; citizens never do.
CREATE TABLE accounts (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind                  text NOT NULL CHECK (kind IN ('officer', 'citizen', 'organisation')),
  username              text,
  password_hash         text,
  full_name             text NOT NULL,
  email                 text,
  phone                 text,
  citizen_id            text,
  tax_code              text,
  unit_id               uuid REFERENCES units(id),
  department_id         uuid REFERENCES departments(id),
  roles                 text[] NOT NULL DEFAULT '{}',
  active                boolean NOT NULL DEFAULT true,
  must_change_password  boolean NOT NULL DEFAULT false,
  failed_logins         integer NOT NULL DEFAULT 0,
  locked_until          timestamptz,
  password_changed_at   timestamptz,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'officer') = (unit_id IS NOT NULL)),
  CHECK (kind = 'officer' OR cardinality(roles) = 0)
);
CREATE UNIQUE INDEX accounts_username_uq ON accounts (username) WHERE username IS NOT NULL;
CREATE UNIQUE INDEX accounts_citizen_id_uq ON accounts (citizen_id) WHERE citizen_id IS NOT NULL;
CREATE UNIQUE INDEX accounts_tax_code_uq ON accounts (tax_code) WHERE tax_code IS NOT NULL;
CREATE INDEX accounts_unit_username_idx ON accounts (unit_id, username);

-- Where an officer worked, in which role, and who took over: kept across rotations.
CREATE TABLE officer_assignments (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id     uuid NOT NULL REFERENCES accounts(id),
  unit_id        uuid NOT NULL REFERENCES units(id),
  department_id  uuid REFERENCES departments(id),
  roles          text[] NOT NULL,
  started_at     timestamptz NOT NULL,
  ended_at       timestamptz,
  successor_id   uuid REFERENCES accounts(id)
);
CREATE INDEX officer_assignments_account_idx ON officer_assignments (account_id, started_at DESC);
CREATE UNIQUE INDEX officer_assignments_open_uq ON officer_assignments (account_id) WHERE ended_at IS NULL;

CREATE TABLE sessions (
  id            text PRIMARY KEY,           -- sha256 of the cookie value, never the value itself
  account_id    uuid NOT NULL REFERENCES accounts(id),
  csrf_token    text NOT NULL,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,
  ip            text,
  user_agent    text,
  revoked_at    timestamptz
);
CREATE INDEX sessions_account_idx ON sessions (account_id) WHERE revoked_at IS NULL;

CREATE TABLE api_tokens (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          text NOT NULL,
  unit_id       uuid NOT NULL REFERENCES units(id),
  permissions   text[] NOT NULL,
  token_hash    text NOT NULL UNIQUE,       -- sha256 of the secret
  token_prefix  text NOT NULL,
  created_by    uuid REFERENCES accounts(id),
  created_at    timestamptz NOT NULL,
  last_used_at  timestamptz,
  revoked_at    timestamptz
);
CREATE INDEX api_tokens_unit_idx ON api_tokens (unit_id, created_at DESC);

-- Failed-login counters per client address and per username (throttling, temporary lockout).
CREATE TABLE login_throttle (
  key           text PRIMARY KEY,
  failures      integer NOT NULL,
  window_start  timestamptz NOT NULL,
  locked_until  timestamptz
);

-- Append-only audit trail: who, when, what, from where, before/after.
CREATE TABLE audit_events (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor_id     uuid,
  actor_kind   text NOT NULL,
  actor_name   text NOT NULL,
  action       text NOT NULL,
  entity_type  text NOT NULL,
  entity_id    text NOT NULL,
  unit_id      uuid REFERENCES units(id),
  ip           text,
  request_id   text,
  before       jsonb,
  after        jsonb
);
CREATE INDEX audit_events_unit_idx ON audit_events (unit_id, id DESC);
CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, id DESC);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
