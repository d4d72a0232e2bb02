-- Owner-name search is always within the officer's units: index (unit_id, trigrams) together, so a
-- common name ("nguyen van") only reads the unit's matches instead of every unit's (2 M dossiers,
-- 250 k in the unit: 540 ms → 88 ms; docs/decisions/0010). btree_gin is a trusted extension (PostgreSQL
-- ≥ 13) and is bundled with PGlite (loaded in db/database.ts).
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX IF NOT EXISTS dossiers_unit_owner_trgm ON dossiers USING gin (unit_id, owner_search gin_trgm_ops);
DROP INDEX IF EXISTS dossiers_owner_trgm;
