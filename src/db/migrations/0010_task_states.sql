-- A task's state as dated stretches between its report days, so lists, counts and reviews as of any
-- day read the state that stood that day (extensions, returns and pauses decided later do not count).
-- Plain SQL accepted by both PostgreSQL 15 (Debian) and 18 (PGlite).
CREATE TABLE task_states (
  task_id text NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  -- NULL: since the beginning (before the first report).
  from_day date,
  -- Exclusive; NULL: still in force (that stretch is also copied into tasks.state_*).
  to_day date,
  completed_on date,
  deadline date,
  paused boolean NOT NULL,
  -- NULL before any report says.
  progress integer,
  CHECK (from_day IS NULL OR to_day IS NULL OR from_day < to_day)
);
CREATE INDEX task_states_task_idx ON task_states(task_id, from_day);
-- Closed stretches by their end: whether any ends after a day (none for today, as a rule).
CREATE INDEX task_states_closed_idx ON task_states(to_day, task_id) WHERE to_day IS NOT NULL;
-- The closed stretches covering a day (a NULL bound is unbounded, as in the columns): a B-tree on
-- to_day alone would read every stretch ending after the day, most of them later ones.
CREATE INDEX task_states_days_idx ON task_states USING gist (daterange(from_day, to_day)) WHERE to_day IS NOT NULL;

-- First day of the stretch held in tasks.state_* (NULL: since the beginning); a day on or after it
-- reads tasks.state_* directly, an earlier one the closed stretch of task_states covering it.
ALTER TABLE tasks ADD COLUMN state_from date;

-- The rows for existing tasks are written by migrate.ts right after this file, in the same
-- transaction: they come from the domain's fold (deriveTaskState), which SQL cannot run without
-- writing the rule a second time.
