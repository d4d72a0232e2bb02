-- Owner-name search matches a word anywhere in the name ("van anh" finds "Nguyễn Văn Anh"): a trigram
-- index answers both frequent and absent names without scanning a unit's whole register.
-- pg_trgm is a trusted extension (PostgreSQL ≥ 13) and is bundled with PGlite (loaded in db/database.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX dossiers_owner_trgm ON dossiers USING gin (owner_search gin_trgm_ops);
