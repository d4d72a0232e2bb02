-- Leaders' dashboard (src/modules/dashboard, docs/decisions/0018-dashboard.md): dossiers whose current
-- workflow step is past its deadline ("partially overdue" when the dossier itself is not) are found by
-- a range scan over the open dossiers of the units, never by reading every open dossier. Only dossiers
-- at a working step (received, processing) are in the index, so it stays as small as the open queue.
CREATE INDEX IF NOT EXISTS dossiers_open_step_due
  ON dossiers (unit_id, step_due_at)
  WHERE step_due_at IS NOT NULL AND state IN ('received', 'processing');
