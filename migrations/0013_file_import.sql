-- File import of other systems' exports (ADR 0014): CSV or XLSX files with the columns of the national
-- sync record, imported set-based in chunks. A job is one (source, file content, column mapping); it
-- remembers the last file line of the last committed chunk, so running the same file again continues
-- after it and never writes a chunk twice.

-- Column mapping saved per source: which header holds each field, the date format and the separator.
CREATE TABLE import_mappings (
  source_id   uuid PRIMARY KEY REFERENCES integration_sources (id),
  mapping     jsonb NOT NULL,
  updated_by  uuid REFERENCES accounts (id),
  updated_at  timestamptz NOT NULL
);

CREATE TABLE import_jobs (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source_id       uuid NOT NULL REFERENCES integration_sources (id),
  file_name       text NOT NULL,
  file_sha256     text NOT NULL,
  file_size       bigint NOT NULL CHECK (file_size >= 0),
  format          text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  mapping         jsonb NOT NULL,
  mapping_hash    text NOT NULL,
  status          text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  -- Last file line (1 = the header) of the last committed chunk; bytes of the file read by then.
  committed_line  integer NOT NULL DEFAULT 1,
  bytes_done      bigint NOT NULL DEFAULT 0,
  rows            integer NOT NULL DEFAULT 0,
  accepted        integer NOT NULL DEFAULT 0,
  unchanged       integer NOT NULL DEFAULT 0,
  rejected        integer NOT NULL DEFAULT 0,
  procedures_created integer NOT NULL DEFAULT 0,
  error           text,
  created_by      uuid REFERENCES accounts (id),
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  finished_at     timestamptz,
  UNIQUE (source_id, file_sha256, mapping_hash)
);
CREATE INDEX import_jobs_source_created ON import_jobs (source_id, created_at DESC);

-- Rejected rows by file line: the downloadable error report.
CREATE TABLE import_job_errors (
  job_id         uuid NOT NULL REFERENCES import_jobs (id),
  line           integer NOT NULL,
  external_code  text,
  code           text NOT NULL,
  reason         text NOT NULL,
  PRIMARY KEY (job_id, line)
);
