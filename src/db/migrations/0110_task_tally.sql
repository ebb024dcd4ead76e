-- Tasks counted by lead unit, state and (for open tasks) deadline day, kept up to date in the very
-- transaction that changes a task, whatever command it is: the dashboard's counts by unit and status
-- as of any day then sum a few rows per unit instead of grouping every task (at national size,
-- 600.000 tasks; issue 16). Overdue and due soon move with the day, so an open task is counted under
-- its deadline day and the day asked decides; every other state is the same whatever the day.
-- Read by src/db/task-tally.ts; test/task-tally.test.ts checks it against the tasks themselves.
CREATE TABLE task_tally (
  -- The lead unit; '' for a task not given to a unit yet.
  unit_key text NOT NULL,
  -- open | paused | done_on_time | done_late | done_no_deadline (as statusSql names them).
  state text NOT NULL,
  has_deadline boolean NOT NULL,
  -- An open task's deadline; 'infinity' for every other row (no deadline, paused, done).
  deadline date NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (unit_key, state, has_deadline, deadline)
);

CREATE FUNCTION task_tally_state(completed date, deadline date, paused boolean) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN completed IS NOT NULL THEN
      CASE WHEN deadline IS NULL THEN 'done_no_deadline' WHEN completed <= deadline THEN 'done_on_time' ELSE 'done_late' END
    WHEN paused THEN 'paused'
    ELSE 'open' END
$$;

CREATE FUNCTION task_tally_day(completed date, deadline date, paused boolean) RETURNS date
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN completed IS NULL AND NOT paused AND deadline IS NOT NULL THEN deadline ELSE 'infinity'::date END
$$;

-- One statement's rows at a time (transition tables): a bulk write is one grouped upsert, and an
-- update that leaves a task's count where it was (a new title, a progress report) changes no row.
-- The rows are upserted in key order, so two transactions touching the same keys lock them in the
-- same order; a deadlock left (writes of several units at once) is retried by writeTransaction.
CREATE FUNCTION task_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO task_tally AS t (unit_key, state, has_deadline, deadline, n)
      SELECT coalesce(lead_unit_id, ''), task_tally_state(state_completed_on, state_deadline, state_paused), state_deadline IS NOT NULL,
             task_tally_day(state_completed_on, state_deadline, state_paused), count(*)
      FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (unit_key, state, has_deadline, deadline) DO UPDATE SET n = t.n + EXCLUDED.n;
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO task_tally AS t (unit_key, state, has_deadline, deadline, n)
      SELECT coalesce(lead_unit_id, ''), task_tally_state(state_completed_on, state_deadline, state_paused), state_deadline IS NOT NULL,
             task_tally_day(state_completed_on, state_deadline, state_paused), -count(*)
      FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (unit_key, state, has_deadline, deadline) DO UPDATE SET n = t.n + EXCLUDED.n;
  ELSE
    INSERT INTO task_tally AS t (unit_key, state, has_deadline, deadline, n)
      SELECT unit_key, state, has_deadline, deadline, sum(n) FROM (
        SELECT coalesce(lead_unit_id, '') AS unit_key, task_tally_state(state_completed_on, state_deadline, state_paused) AS state,
               state_deadline IS NOT NULL AS has_deadline, task_tally_day(state_completed_on, state_deadline, state_paused) AS deadline, -1 AS n FROM old_rows
        UNION ALL
        SELECT coalesce(lead_unit_id, ''), task_tally_state(state_completed_on, state_deadline, state_paused),
               state_deadline IS NOT NULL, task_tally_day(state_completed_on, state_deadline, state_paused), 1 FROM new_rows) c
      GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
      ON CONFLICT (unit_key, state, has_deadline, deadline) DO UPDATE SET n = t.n + EXCLUDED.n;
  END IF;
  -- Rows left at zero by what was taken away: gone, so the table stays as small as the live counts.
  DELETE FROM task_tally t USING (
      SELECT DISTINCT coalesce(lead_unit_id, '') AS unit_key, task_tally_state(state_completed_on, state_deadline, state_paused) AS state,
             state_deadline IS NOT NULL AS has_deadline, task_tally_day(state_completed_on, state_deadline, state_paused) AS deadline FROM old_rows) d
    WHERE t.n = 0 AND t.unit_key = d.unit_key AND t.state = d.state AND t.has_deadline = d.has_deadline AND t.deadline = d.deadline;
  RETURN NULL;
END
$$;

CREATE TRIGGER task_tally_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION task_tally_apply();
CREATE TRIGGER task_tally_update AFTER UPDATE ON tasks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION task_tally_apply();
CREATE TRIGGER task_tally_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION task_tally_apply();

CREATE FUNCTION task_tally_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM task_tally;
  RETURN NULL;
END
$$;
CREATE TRIGGER task_tally_truncate AFTER TRUNCATE ON tasks FOR EACH STATEMENT EXECUTE FUNCTION task_tally_clear();

INSERT INTO task_tally (unit_key, state, has_deadline, deadline, n)
  SELECT coalesce(lead_unit_id, ''), task_tally_state(state_completed_on, state_deadline, state_paused), state_deadline IS NOT NULL,
         task_tally_day(state_completed_on, state_deadline, state_paused), count(*)
  FROM tasks GROUP BY 1, 2, 3, 4;
