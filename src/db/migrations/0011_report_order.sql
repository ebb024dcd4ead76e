-- Reports of one task on one day fold in the order they were entered (a completion then a return is
-- not a return then a completion). created_at is the same for every row of one transaction (an
-- import, an accepted submission), so the order of entry gets its own counter.
ALTER TABLE task_reports ADD COLUMN entry_no bigserial;
CREATE INDEX task_reports_order_idx ON task_reports(task_id, reported_on, entry_no);
