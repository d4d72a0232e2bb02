-- Outbound sync of our own dossiers to the national portal (ADR 0012). The outbox rows already exist
-- (0003); the worker delivers topic 'dvcqg.dossier_sync' strictly in order per dossier.

-- Due rows of one topic, oldest first (the claim query).
CREATE INDEX IF NOT EXISTS outbox_topic_pending ON outbox (topic, next_attempt_at, id)
  WHERE delivered_at IS NULL;
-- The rows of one dossier: "is an earlier change still undelivered?" and the dossier's delivery state.
CREATE INDEX IF NOT EXISTS outbox_aggregate ON outbox (aggregate_id, id);

-- Delivery health per destination and unit, kept by the worker (so the summary never scans the
-- delivered history): last success, last error, counts.
CREATE TABLE outbound_sync_units (
  destination      text NOT NULL,
  unit_id          uuid NOT NULL REFERENCES units (id),
  last_success_at  timestamptz,
  last_error       text,
  last_error_at    timestamptz,
  delivered_count  bigint NOT NULL DEFAULT 0 CHECK (delivered_count >= 0),
  failed_count     bigint NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
  PRIMARY KEY (destination, unit_id)
);
