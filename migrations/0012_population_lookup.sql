-- National population database lookups at intake (CSDL quốc gia về dân cư, ADR 0013).
-- One row per call, whatever its result (the call log the reference system keeps too); the audit
-- trail gets an event for each as well. The CCCD is kept only as a SHA-256 digest; identity_hash
-- (CCCD + the name the database returned) lets intake check that the owner it receives is the
-- person that was looked up. dossier_id is set once, when a dossier is received with the lookup.

CREATE TABLE population_lookups (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  at              timestamptz NOT NULL,
  actor_id        uuid NOT NULL REFERENCES accounts (id),
  unit_id         uuid REFERENCES units (id),
  id_number_hash  text NOT NULL,
  result          text NOT NULL CHECK (result IN ('found', 'not_found', 'unavailable')),
  reason          text,
  identity_hash   text,
  duration_ms     integer NOT NULL CHECK (duration_ms >= 0),
  dossier_id      uuid REFERENCES dossiers (id),
  CHECK ((result = 'found') = (identity_hash IS NOT NULL))
);
CREATE INDEX population_lookups_actor ON population_lookups (actor_id, at DESC);
CREATE INDEX population_lookups_unit ON population_lookups (unit_id, at DESC);

-- The owner's identity is verified with the population database only when the dossier was
-- received with a successful lookup of that owner (NULL: not verified). Adding nullable columns
-- rewrites nothing, even on a large dossiers table.
ALTER TABLE dossiers
  ADD COLUMN IF NOT EXISTS owner_verified_at timestamptz,
  ADD COLUMN IF NOT EXISTS owner_lookup_id uuid REFERENCES population_lookups (id);
