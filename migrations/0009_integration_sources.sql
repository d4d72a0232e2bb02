-- Source systems (ministry systems, the provincial one-stop system, the national portal …) that feed
-- dossiers through POST /api/integrations/dossiers, the units each one serves, and the link between a
-- dossier and every source that knows it (same MaHoSo from two sources = one dossier, two links).

CREATE TABLE integration_sources (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code             text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_-]{1,39}$' AND code <> 'motcua'),
  name             text NOT NULL,
  kind             text NOT NULL DEFAULT 'other',
  token_id         uuid NOT NULL UNIQUE REFERENCES api_tokens (id),
  created_by       uuid REFERENCES accounts (id),
  created_at       timestamptz NOT NULL,
  last_contact_at  timestamptz,
  last_error       text,
  last_error_at    timestamptz,
  accepted_count   bigint NOT NULL DEFAULT 0 CHECK (accepted_count >= 0),
  rejected_count   bigint NOT NULL DEFAULT 0 CHECK (rejected_count >= 0)
);

CREATE TABLE integration_source_units (
  source_id  uuid NOT NULL REFERENCES integration_sources (id),
  unit_id    uuid NOT NULL REFERENCES units (id),
  PRIMARY KEY (source_id, unit_id)
);
CREATE INDEX integration_source_units_unit ON integration_source_units (unit_id);

-- source_stamp/source_status: the newest record accepted from this source (see
-- src/domain/integrations/record-stamp.ts); record_hash detects an identical re-send.
CREATE TABLE dossier_sources (
  dossier_id     uuid NOT NULL REFERENCES dossiers (id),
  source_id      uuid NOT NULL REFERENCES integration_sources (id),
  external_code  text NOT NULL,
  source_stamp   timestamptz NOT NULL,
  source_status  smallint NOT NULL CHECK (source_status BETWEEN 1 AND 10),
  record_hash    text NOT NULL,
  updated_at     timestamptz NOT NULL,
  PRIMARY KEY (source_id, external_code)
);
CREATE INDEX dossier_sources_dossier ON dossier_sources (dossier_id);
