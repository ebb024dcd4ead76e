-- Sáp nhập đơn vị (the 2025 mergers of communes, of Hải Dương into Hải Phòng): a unit merged into its
-- successor is kept, closed, so that its history (audit, old submissions, ratings) still reads;
-- merged_into names the successor and merged_on the day. Its tasks, targets and figures move.
ALTER TABLE units ADD COLUMN merged_into text REFERENCES units(id) ON DELETE RESTRICT;
ALTER TABLE units ADD COLUMN merged_on date;
ALTER TABLE units ADD CONSTRAINT units_merged_not_self CHECK (merged_into IS NULL OR merged_into <> id);
ALTER TABLE units ADD CONSTRAINT units_merged_both CHECK ((merged_into IS NULL) = (merged_on IS NULL));
