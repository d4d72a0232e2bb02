-- The dossier lifecycle: the procedure catalog (versioned), dossiers with their components, step
-- history and events, daily code counters, stored files, and the outbox to external systems.

CREATE TABLE procedures (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code             text NOT NULL,
  version          integer NOT NULL,
  effective_from   date NOT NULL,
  effective_to     date,
  name             text NOT NULL,
  name_search      text NOT NULL,
  field_code       text NOT NULL,
  field_name       text NOT NULL,
  level            text NOT NULL,
  mechanism        text NOT NULL,
  online_level     text NOT NULL,
  four_on_site     boolean NOT NULL,
  non_territorial  boolean NOT NULL,
  external         boolean NOT NULL DEFAULT false,
  definition       jsonb NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, version)
);
CREATE INDEX procedures_field ON procedures (field_code, code);

CREATE TABLE dossiers (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code                   text NOT NULL UNIQUE,
  unit_id                uuid NOT NULL REFERENCES units (id),
  procedure_id           uuid NOT NULL REFERENCES procedures (id),
  procedure_code         text NOT NULL,
  procedure_name         text NOT NULL,
  field_code             text NOT NULL,
  case_code              text NOT NULL,
  process                jsonb NOT NULL,
  duration               jsonb NOT NULL,
  state                  text NOT NULL,
  national_status        smallint NOT NULL CHECK (national_status BETWEEN 1 AND 10),
  outcome                text,
  channel                text NOT NULL CHECK (channel IN ('direct', 'online', 'postal')),
  source                 text NOT NULL DEFAULT 'motcua',
  owner_kind             text NOT NULL CHECK (owner_kind IN ('citizen', 'organisation')),
  owner_name             text NOT NULL,
  owner_search           text NOT NULL,
  owner_id_number        text,
  owner_phone            text,
  owner_email            text,
  owner_address          text,
  owner_account_id       uuid,
  submitter              jsonb,
  return_channel         text NOT NULL CHECK (return_channel IN ('counter', 'electronic', 'post')),
  fee_payment            text NOT NULL CHECK (fee_payment IN ('now', 'at_return', 'exempt')),
  fee_total              bigint NOT NULL DEFAULT 0 CHECK (fee_total >= 0),
  fee_paid_at            timestamptz,
  fee_paid_online        boolean NOT NULL DEFAULT false,
  submitted_at           timestamptz,
  received_at            timestamptz,
  counting_starts_at     timestamptz,
  due_at                 timestamptz,
  original_due_at        timestamptz,
  paused_at              timestamptz,
  pause_kind             text,
  supplement_due_at      timestamptz,
  supplement_count       integer NOT NULL DEFAULT 0,
  reschedule_count       integer NOT NULL DEFAULT 0,
  step_index             integer,
  assignee_id            uuid,
  step_due_at            timestamptz,
  pending_consultations  integer NOT NULL DEFAULT 0,
  last_handoff           jsonb,
  finished_at            timestamptz,
  result                 jsonb,
  returned_at            timestamptz,
  received_by            uuid,
  tracking_key           text NOT NULL,
  note                   text,
  version                integer NOT NULL DEFAULT 1,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now()
);
-- Work queues: open dossiers of a unit by state, earliest due first.
CREATE INDEX dossiers_queue ON dossiers (unit_id, state, due_at, id);
-- Personal queue of an officer.
CREATE INDEX dossiers_assignee ON dossiers (assignee_id, state, due_at, id) WHERE assignee_id IS NOT NULL;
-- Lists and search: newest received first; owner name without diacritics (prefix); identity number.
CREATE INDEX dossiers_received ON dossiers (unit_id, received_at DESC, id DESC);
CREATE INDEX dossiers_owner_search ON dossiers (unit_id, owner_search text_pattern_ops);
CREATE INDEX dossiers_owner_id_number ON dossiers (owner_id_number) WHERE owner_id_number IS NOT NULL;
CREATE INDEX dossiers_owner_account ON dossiers (owner_account_id, created_at DESC) WHERE owner_account_id IS NOT NULL;
CREATE INDEX dossiers_finished ON dossiers (unit_id, finished_at) WHERE finished_at IS NOT NULL;
CREATE INDEX dossiers_returned ON dossiers (unit_id, returned_at) WHERE returned_at IS NOT NULL;
CREATE INDEX dossiers_supplement_due ON dossiers (supplement_due_at) WHERE supplement_due_at IS NOT NULL;

CREATE TABLE dossier_components (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  position   integer NOT NULL,
  code       text NOT NULL,
  name       text NOT NULL,
  kind       text NOT NULL,
  quantity   integer NOT NULL CHECK (quantity >= 0),
  provided   boolean NOT NULL,
  file_id    uuid,
  UNIQUE (dossier_id, position)
);

CREATE TABLE dossier_steps (
  id             bigserial PRIMARY KEY,
  dossier_id     uuid NOT NULL REFERENCES dossiers (id),
  step_index     integer NOT NULL,
  step_code      text NOT NULL,
  step_name      text NOT NULL,
  role           text,
  assignee_id    uuid,
  opened_at      timestamptz NOT NULL,
  due_at         timestamptz NOT NULL,
  closed_at      timestamptz,
  closure        text,
  closed_by      uuid,
  closed_by_name text
);
CREATE INDEX dossier_steps_dossier ON dossier_steps (dossier_id, id);

CREATE TABLE dossier_events (
  id               bigserial PRIMARY KEY,
  dossier_id       uuid NOT NULL REFERENCES dossiers (id),
  unit_id          uuid NOT NULL,
  at               timestamptz NOT NULL,
  action           text NOT NULL,
  actor_id         uuid,
  actor_name       text NOT NULL,
  from_state       text,
  to_state         text NOT NULL,
  national_status  smallint NOT NULL,
  note             text,
  data             jsonb
);
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, id);
CREATE INDEX dossier_events_unit_at ON dossier_events (unit_id, at);

CREATE TABLE dossier_code_counters (
  unit_id uuid NOT NULL,
  day     date NOT NULL,
  last    integer NOT NULL,
  PRIMARY KEY (unit_id, day)
);

CREATE TABLE stored_files (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id     uuid NOT NULL,
  dossier_id  uuid REFERENCES dossiers (id),
  name        text NOT NULL,
  mime        text NOT NULL,
  size        integer NOT NULL CHECK (size > 0),
  sha256      text NOT NULL,
  content     bytea NOT NULL,
  created_by  uuid,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stored_files_dossier ON stored_files (dossier_id) WHERE dossier_id IS NOT NULL;

-- Messages to external systems (national portal sync, citizen notices), written in the same
-- transaction as the change they describe and delivered by a worker, in order per aggregate.
CREATE TABLE outbox (
  id               bigserial PRIMARY KEY,
  topic            text NOT NULL,
  aggregate_id     uuid NOT NULL,
  payload          jsonb NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  delivered_at     timestamptz,
  last_error       text
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL;
