-- Core of the tracking model: units, documents, indicators, targets, observations, tasks, reports, audit.
-- Plain SQL accepted by both PostgreSQL 15 (Debian) and 18 (PGlite).

CREATE TABLE units (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL,
  parent_id text REFERENCES units(id) ON DELETE RESTRICT,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX units_parent_idx ON units(parent_id);

CREATE TABLE documents (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  kind text NOT NULL,
  number text,
  issued_on date NOT NULL,
  issuer text NOT NULL DEFAULT '',
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The lexicon of indicators: seeded from the project's file, extended by users.
CREATE TABLE indicators (
  key text PRIMARY KEY,
  unit text NOT NULL,
  label text NOT NULL,
  builtin boolean NOT NULL DEFAULT false
);

CREATE TABLE targets (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  indicator text NOT NULL,
  label text NOT NULL,
  unit text NOT NULL,
  group_key text NOT NULL,
  direction text NOT NULL CHECK (direction IN ('higher', 'lower')),
  comparator text NOT NULL CHECK (comparator IN ('>=', '>', '<=', '<', '=')),
  value numeric NOT NULL,
  max numeric,
  period text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  baseline_value numeric,
  baseline_period text,
  measure text NOT NULL,
  owner_unit_id text REFERENCES units(id) ON DELETE RESTRICT,
  document_id text REFERENCES documents(id) ON DELETE SET NULL,
  span_start integer,
  span_end integer,
  quote text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (max IS NULL OR max >= value),
  CHECK (period_end >= period_start)
);
CREATE INDEX targets_indicator_idx ON targets(indicator);
CREATE INDEX targets_owner_idx ON targets(owner_unit_id);

CREATE TABLE observations (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  indicator text NOT NULL,
  period text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  value numeric NOT NULL,
  unit text NOT NULL,
  standing text NOT NULL CHECK (standing IN ('estimate', 'preliminary', 'official')),
  unit_id text REFERENCES units(id) ON DELETE RESTRICT,
  document_id text REFERENCES documents(id) ON DELETE SET NULL,
  span_start integer,
  span_end integer,
  quote text,
  entered_by text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX observations_indicator_idx ON observations(indicator, period_end);

CREATE TABLE tasks (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  title text NOT NULL,
  lead_unit_id text REFERENCES units(id) ON DELETE RESTRICT,
  person_in_charge text,
  authority text,
  product text,
  assigned_on date NOT NULL,
  deadline date,
  latest date,
  recurring boolean NOT NULL DEFAULT false,
  parent_id text REFERENCES tasks(id) ON DELETE RESTRICT,
  document_id text REFERENCES documents(id) ON DELETE SET NULL,
  span_start integer,
  span_end integer,
  quote text,
  -- Lower-cased, diacritics removed: "khu thuong mai" finds "Khu thương mại" on any PostgreSQL.
  search_text text NOT NULL DEFAULT '',
  -- The state all reports lead to (domain deriveTaskState), kept so lists and summaries stay in SQL.
  state_completed_on date,
  state_deadline date,
  state_paused boolean NOT NULL DEFAULT false,
  state_progress integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (deadline IS NULL OR deadline >= assigned_on),
  CHECK (latest IS NULL OR deadline IS NULL OR latest >= deadline),
  CHECK (NOT (recurring AND deadline IS NOT NULL))
);
CREATE INDEX tasks_lead_idx ON tasks(lead_unit_id);
CREATE INDEX tasks_deadline_idx ON tasks(state_deadline);
CREATE INDEX tasks_document_idx ON tasks(document_id);

-- Rõ trách nhiệm: units that co-ordinate with the lead unit.
CREATE TABLE task_units (
  task_id text NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id text NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  PRIMARY KEY (task_id, unit_id)
);

CREATE TABLE task_targets (
  task_id text NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  target_id text NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, target_id)
);

CREATE TABLE task_reports (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  task_id text NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  kind text NOT NULL,
  reported_on date NOT NULL,
  progress integer CHECK (progress IS NULL OR (progress >= 0 AND progress <= 100)),
  body text NOT NULL DEFAULT '',
  new_deadline date,
  approved boolean,
  author_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_reports_task_idx ON task_reports(task_id, reported_on);

-- Append-only trail; each entry carries the hash of the one before, so an edit shows.
CREATE TABLE audit_log (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text,
  action text NOT NULL,
  object_type text NOT NULL,
  object_id text NOT NULL,
  before jsonb,
  after jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_object_idx ON audit_log(object_type, object_id);
