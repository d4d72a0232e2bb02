-- The console's registers and searches order by received_at DESC NULLS LAST, id DESC (list-dossiers.ts),
-- but dossiers_received was built DESC (= NULLS FIRST), so PostgreSQL could not walk it and sorted every
-- dossier of the unit: ~2 s for the first page of "all" with 250,000 dossiers per unit
-- (docs/decisions/0010-demo-history-and-list-benchmark.md). Same columns, order matching the query;
-- date-range filters on received_at use it as before.
DROP INDEX IF EXISTS dossiers_received;
CREATE INDEX dossiers_received ON dossiers (unit_id, received_at DESC NULLS LAST, id DESC);
