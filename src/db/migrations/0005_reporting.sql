-- The reporting cycle (kỳ báo cáo): periods opened by the secretariat, one submission per unit,
-- its figures and task progress; an accepted submission writes observations and task reports.

CREATE TABLE reporting_periods (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  period text NOT NULL UNIQUE,
  period_start date NOT NULL,
  period_end date NOT NULL,
  due_on date NOT NULL,
  title text NOT NULL,
  opened_by text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE submissions (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  reporting_period_id text NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
  unit_id text NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'accepted', 'returned')),
  submitted_on date,
  decided_at timestamptz,
  decided_by text,
  return_reason text,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (reporting_period_id, unit_id)
);

CREATE TABLE submission_figures (
  submission_id text NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
  target_id text NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
  value numeric NOT NULL,
  standing text NOT NULL CHECK (standing IN ('estimate', 'preliminary', 'official')),
  note text NOT NULL DEFAULT '',
  PRIMARY KEY (submission_id, target_id)
);

CREATE TABLE submission_tasks (
  submission_id text NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
  task_id text NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  progress integer CHECK (progress IS NULL OR (progress >= 0 AND progress <= 100)),
  completed_on date,
  note text NOT NULL DEFAULT '',
  PRIMARY KEY (submission_id, task_id)
);

-- What an accepted submission wrote, so that a reopened and re-accepted one replaces it.
ALTER TABLE observations ADD COLUMN submission_id text REFERENCES submissions(id) ON DELETE SET NULL;
ALTER TABLE task_reports ADD COLUMN submission_id text REFERENCES submissions(id) ON DELETE SET NULL;
CREATE INDEX observations_submission_idx ON observations(submission_id);
CREATE INDEX task_reports_submission_idx ON task_reports(submission_id);
