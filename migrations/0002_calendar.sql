-- Legal time: administrator calendar entries (national or per unit), office hours per unit, and the
-- per-unit policy for resuming the clock after a pause, with effective dates.

CREATE TABLE calendar_entries (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id         uuid REFERENCES units (id),
  date            date NOT NULL,
  kind            text NOT NULL
                  CHECK (kind IN ('holiday', 'compensatory_off', 'swap_off', 'swap_workday', 'regular_day')),
  name            text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  legal_document  text NOT NULL CHECK (length(legal_document) BETWEEN 2 AND 300),
  created_by      uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
-- One entry per date at each level: national (unit_id NULL) and per unit.
CREATE UNIQUE INDEX calendar_entries_national_date ON calendar_entries (date) WHERE unit_id IS NULL;
CREATE UNIQUE INDEX calendar_entries_unit_date ON calendar_entries (unit_id, date) WHERE unit_id IS NOT NULL;

-- Office sessions used for counting working time; NULL = the default 07:30–11:30, 13:30–17:00.
ALTER TABLE units ADD COLUMN office_hours jsonb;

CREATE TABLE unit_deadline_policies (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id           uuid NOT NULL REFERENCES units (id),
  effective_from    date NOT NULL,
  resume_semantics  text NOT NULL CHECK (resume_semantics IN ('restart', 'add_paused_time')),
  legal_document    text NOT NULL,
  created_by        uuid,
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, effective_from)
);

-- Bumped in the same transaction as every change of calendar_entries, so every server process knows
-- when to rebuild its cached working calendars (one single-row read per lookup).
CREATE TABLE calendar_revision (
  id        integer PRIMARY KEY CHECK (id = 1),
  revision  bigint NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 0);
