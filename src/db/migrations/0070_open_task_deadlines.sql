-- The dashboard's lists of open tasks by deadline (overdue, due soon): read from the open tasks alone,
-- in deadline order, from the day in question, instead of walking every finished task before them.
CREATE INDEX tasks_open_deadline_idx ON tasks (state_deadline, id) WHERE state_completed_on IS NULL;

-- The data version of targets and figures: the last audit entry about them, one index probe per kind
-- of entry (db/targets.ts targetDataVersion), instead of counting the figures.
CREATE INDEX audit_kind_seq_idx ON audit_log (object_type, seq);
