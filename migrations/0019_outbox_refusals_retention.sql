-- Outbound sync (ADR 0012): a change the receiver refuses for good (its answer says the record itself is
-- wrong, so sending it again cannot succeed) is set aside as refused instead of being retried forever;
-- it no longer holds back the dossier's later changes. Delivered rows are removed after the retention
-- period, their count per aggregate kept in outbox_delivered_totals.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS refused_at timestamptz;

-- Waiting rows are neither delivered nor refused.
DROP INDEX IF EXISTS outbox_topic_pending;
CREATE INDEX outbox_topic_pending ON outbox (topic, next_attempt_at, id)
  WHERE delivered_at IS NULL AND refused_at IS NULL;
DROP INDEX IF EXISTS outbox_pending;
CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL AND refused_at IS NULL;
-- Refused rows of a topic, per aggregate (few: the summary counts them per unit).
CREATE INDEX outbox_refused ON outbox (topic, aggregate_id, id) WHERE refused_at IS NOT NULL;
-- The retention job takes the oldest delivered rows first.
CREATE INDEX outbox_delivered ON outbox (delivered_at, id) WHERE delivered_at IS NOT NULL;

CREATE TABLE outbox_delivered_totals (
  topic              text NOT NULL,
  aggregate_id       uuid NOT NULL,
  delivered_count    bigint NOT NULL CHECK (delivered_count >= 0),
  last_delivered_at  timestamptz NOT NULL,
  PRIMARY KEY (topic, aggregate_id)
);
