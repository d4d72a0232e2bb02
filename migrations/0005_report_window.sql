-- Reports (src/modules/reports): a period's dossier-results report reads only the dossiers of the
-- unit whose [received_at, finished_at) overlaps the period: finished at or after its start (or not
-- finished) and received before its end. Ordering by the finishing instant (open dossiers last)
-- lets the scan skip the unit's whole finished history before the period; received_at is in the
-- key so the second bound is checked in the index. See docs/decisions/0009-report-aggregation.md.
CREATE INDEX dossiers_report_window
  ON dossiers (unit_id, (COALESCE(finished_at, 'infinity'::timestamptz)), received_at)
  WHERE received_at IS NOT NULL;
