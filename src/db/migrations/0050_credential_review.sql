-- Credential review (thẩm tra tư cách): who took whose seat, and when and by whom a delegate was reviewed.
-- Plain SQL accepted by both PostgreSQL 15 (Debian) and 18 (PGlite).

-- An alternate made full delegate at the review points at the delegate whose seat they took.
ALTER TABLE congress_delegates ADD COLUMN replaces_id text REFERENCES congress_delegates(id) ON DELETE SET NULL;
ALTER TABLE congress_delegates ADD COLUMN reviewed_at timestamptz;
ALTER TABLE congress_delegates ADD COLUMN reviewed_by text;
