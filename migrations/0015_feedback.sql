-- Feedback and petitions (phản ánh, kiến nghị — PAKN) about administrative regulations and procedure
-- handling, addressed to a unit; and the citizen's satisfaction rating of a finished dossier.
-- received_date / due_date / closed_date are local (Asia/Ho_Chi_Minh) dates fixed when the row changes,
-- so period figures (Biểu II.05a/b, the weekly indicators) are plain date comparisons.

-- The legal handling time in working days, by effective date (the rule in force on the day of receipt
-- applies). 15 working days to answer, 2 to reject (not in scope): the windows used by the Decision 766
-- index 5.2; no statute text was found for them (docs/decisions/0016-feedback-module.md).
CREATE TABLE feedback_deadline_rules (
  effective_from       date PRIMARY KEY,
  working_days         smallint NOT NULL CHECK (working_days BETWEEN 1 AND 90),
  reject_working_days  smallint NOT NULL CHECK (reject_working_days BETWEEN 1 AND 90),
  legal_basis          text NOT NULL
);
INSERT INTO feedback_deadline_rules (effective_from, working_days, reject_working_days, legal_basis)
VALUES ('2000-01-01', 15, 2,
        'Chỉ số 5.2 Quyết định 766/QĐ-TTg: trả lời PAKN trong 15 ngày làm việc, từ chối trong 2 ngày làm việc');

CREATE TABLE feedback_items (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id        uuid NOT NULL REFERENCES units (id),
  dossier_id     uuid REFERENCES dossiers (id),
  account_id     uuid REFERENCES accounts (id),
  sender_name    text NOT NULL,
  sender_phone   text,
  sender_email   text,
  topic          text NOT NULL CHECK (topic IN ('regulation', 'handling')),
  title          text NOT NULL,
  content        text NOT NULL,
  state          text NOT NULL DEFAULT 'received'
                 CHECK (state IN ('received', 'processing', 'answered', 'rejected')),
  received_at    timestamptz NOT NULL,
  received_date  date NOT NULL,
  due_date       date NOT NULL CHECK (due_date >= received_date),
  handler_id     uuid REFERENCES accounts (id),
  answer         text,
  closed_at      timestamptz,
  closed_date    date,
  closed_by      uuid REFERENCES accounts (id),
  on_time        boolean,
  CHECK (account_id IS NOT NULL OR sender_phone IS NOT NULL OR sender_email IS NOT NULL),
  CHECK ((state IN ('answered', 'rejected')) =
         (closed_at IS NOT NULL AND closed_date IS NOT NULL AND answer IS NOT NULL AND on_time IS NOT NULL))
);
CREATE INDEX feedback_items_unit_list ON feedback_items (unit_id, received_at DESC, id DESC);
CREATE INDEX feedback_items_account ON feedback_items (account_id, received_at DESC, id DESC)
  WHERE account_id IS NOT NULL;

CREATE TABLE dossier_ratings (
  dossier_id  uuid PRIMARY KEY REFERENCES dossiers (id),
  unit_id     uuid NOT NULL REFERENCES units (id),
  account_id  uuid NOT NULL REFERENCES accounts (id),
  level       text NOT NULL CHECK (level IN ('very_satisfied', 'satisfied', 'dissatisfied')),
  comment     text,
  rated_at    timestamptz NOT NULL,
  rated_date  date NOT NULL
);
CREATE INDEX dossier_ratings_unit ON dossier_ratings (unit_id, rated_at DESC, dossier_id DESC);
