-- Non-territorial transfer (tiếp nhận không phụ thuộc địa giới hành chính): the dossier received by one
-- unit continues as a dossier of the competent unit; both rows point at each other.
ALTER TABLE dossiers ADD COLUMN transferred_from uuid REFERENCES dossiers (id);
ALTER TABLE dossiers ADD COLUMN transferred_to uuid REFERENCES dossiers (id);
