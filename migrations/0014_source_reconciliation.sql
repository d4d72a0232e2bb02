-- One inbox and reconciliation with source systems (ADR 0015).
--
-- 1. The source's own dates of each linked dossier, so reconciliation can compare them with ours
--    (NULL for links written before this migration until the source sends the dossier again).
ALTER TABLE dossier_sources
  ADD COLUMN source_received_at timestamptz,
  ADD COLUMN source_due_at      timestamptz,
  ADD COLUMN source_finished_at timestamptz;
-- Reconciliation reads one source's links of a period, and asks of a dossier "is it linked to this
-- source?" (dossier_id, source_id): the per-dossier index gets the source as its second column.
CREATE INDEX IF NOT EXISTS dossier_sources_source_received ON dossier_sources (source_id, source_received_at);
DROP INDEX IF EXISTS dossier_sources_dossier;
CREATE INDEX IF NOT EXISTS dossier_sources_dossier ON dossier_sources (dossier_id, source_id);

-- 2. A record with a new MaHoSo is linked to the dossier another system already sent when the owner's
--    id number, the procedure and the receipt day match (src/domain/integrations/owner-match.ts).
--    The owner-id-number index gets the procedure and receipt instant as trailing columns: it still
--    serves the console search by id number, and now the whole match lookup, at no extra write cost.
DROP INDEX IF EXISTS dossiers_owner_id_number;
CREATE INDEX IF NOT EXISTS dossiers_owner_id_number
  ON dossiers (owner_id_number, procedure_code, received_at) WHERE owner_id_number IS NOT NULL;

-- 3. Records a source sent that we rejected and never accepted since: "missing in MotCua" on the
--    reconciliation page. A later accepted record with the same MaHoSo deletes the row.
CREATE TABLE integration_rejections (
  source_id     uuid NOT NULL REFERENCES integration_sources (id),
  external_code text NOT NULL,
  unit_id       uuid REFERENCES units (id),
  received_at   timestamptz,
  status        smallint,
  code          text NOT NULL,
  reason        text NOT NULL,
  rejected_at   timestamptz NOT NULL,
  PRIMARY KEY (source_id, external_code)
);
CREATE INDEX integration_rejections_unit ON integration_rejections (unit_id, source_id, external_code);
