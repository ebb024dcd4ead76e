-- Đôn đốc: the secretariat reminds the units whose report for a period is missing or not yet
-- submitted; each reminder is kept (who, when, to whom), so the period's page and the unit see it.
CREATE TABLE reminders (
  id bigserial PRIMARY KEY,
  reporting_period_id text NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
  unit_id text NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  sent_on date NOT NULL,
  sent_by text,
  note text NOT NULL DEFAULT ''
);
CREATE INDEX reminders_period_idx ON reminders(reporting_period_id, unit_id, sent_on);
