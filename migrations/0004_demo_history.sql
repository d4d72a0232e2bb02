-- Demo history (src/demo/history): one row per unit whose generated dossier history was started.
-- Each batch of generated dossiers updates `generated` in the same transaction as its rows, so an
-- interrupted run resumes after the last committed batch and a finished one is never repeated.
CREATE TABLE demo_history (
  unit_id      uuid PRIMARY KEY REFERENCES units (id),
  seed         integer NOT NULL,
  target       integer NOT NULL CHECK (target >= 0),
  generated    integer NOT NULL DEFAULT 0 CHECK (generated >= 0),
  -- The end of the generated period ("now" of the first run), so a resumed run rebuilds the same timeline.
  until_at     timestamptz NOT NULL,
  started_at   timestamptz NOT NULL,
  finished_at  timestamptz
);
