-- Figures can be corrected (a new entry replaces the old, which is kept) or withdrawn (kept, no
-- longer counted), each with who, when and why. Among the figures still standing for a period the
-- best standing wins, and within it the one entered last: `entry_no` gives that order (ids are random).
ALTER TABLE observations ADD COLUMN entry_no bigserial;
ALTER TABLE observations ADD COLUMN corrects_id text REFERENCES observations(id) ON DELETE SET NULL;
ALTER TABLE observations ADD COLUMN reason text;
ALTER TABLE observations ADD COLUMN superseded_by text REFERENCES observations(id) ON DELETE SET NULL;
ALTER TABLE observations ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE observations ADD COLUMN withdrawn_by text;
ALTER TABLE observations ADD COLUMN withdraw_reason text;
ALTER TABLE observations ADD CONSTRAINT observations_withdrawn_has_reason
  CHECK (withdrawn_at IS NULL OR (withdraw_reason IS NOT NULL AND length(btrim(withdraw_reason)) > 0));
-- A figure is corrected once: a second correction corrects the correction.
CREATE UNIQUE INDEX observations_corrects_once ON observations(corrects_id) WHERE corrects_id IS NOT NULL;
