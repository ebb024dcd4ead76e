-- Following a task: a co-unit (đơn vị phối hợp) reports its part, named by unit_id; a report may carry
-- a link to the product (a decision on the city's portal, a shared folder) besides attached files.
ALTER TABLE task_reports ADD COLUMN unit_id text REFERENCES units(id) ON DELETE RESTRICT;
ALTER TABLE task_reports ADD COLUMN link text;
