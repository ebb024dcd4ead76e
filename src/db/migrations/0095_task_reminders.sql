-- Đôn đốc nhiệm vụ: the secretariat (or a leader, for the units they lead) reminds the lead unit of a
-- task overdue or due soon; each reminder is kept (who, on which day, the task's deadline then, the
-- note), shown in the task's timeline and counted in its lists.
CREATE TABLE task_reminders (
  id bigserial PRIMARY KEY,
  task_id text NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id text REFERENCES units(id) ON DELETE SET NULL,
  sent_on date NOT NULL,
  deadline date,
  overdue boolean NOT NULL,
  sent_by text,
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_reminders_task_idx ON task_reminders (task_id, sent_on);
