-- Quarterly rating: the general-criteria points people enter, and leaders' adjustments with reasons.
-- The task-result part is computed from the data each time (src/domain/rating.ts).

CREATE TABLE rating_entries (
  period text NOT NULL,
  unit_id text NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  general_points numeric NOT NULL CHECK (general_points >= 0),
  general_note text NOT NULL DEFAULT '',
  entered_by text,
  entered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (period, unit_id)
);

CREATE TABLE rating_adjustments (
  id bigserial PRIMARY KEY,
  period text NOT NULL,
  unit_id text NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  score numeric,
  level text,
  reason text NOT NULL CHECK (length(trim(reason)) > 0),
  adjusted_by text NOT NULL,
  adjusted_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((score IS NULL) <> (level IS NULL))
);
CREATE INDEX rating_adjustments_idx ON rating_adjustments(period, unit_id, id);
