-- Congresses (đại hội): a grassroots season's schedule, a congress's delegates and their check-ins.
-- Plain SQL accepted by both PostgreSQL 15 (Debian) and 18 (PGlite).

CREATE TABLE congress_seasons (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  deadline date NOT NULL,
  latest date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (latest >= deadline)
);

-- One grassroots organisation's congress in a season; re-importing the schedule updates it by code.
-- unit_id links it to the unit of the same code, whose officers may then mark it held.
CREATE TABLE congress_orgs (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  season_id text NOT NULL REFERENCES congress_seasons(id) ON DELETE CASCADE,
  code text NOT NULL,
  name text NOT NULL,
  parent text NOT NULL,
  unit_id text REFERENCES units(id) ON DELETE SET NULL,
  planned_on date NOT NULL,
  held_on date,
  model boolean NOT NULL DEFAULT false,
  UNIQUE (season_id, code)
);
CREATE INDEX congress_orgs_unit_idx ON congress_orgs(unit_id);

CREATE TABLE congresses (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);

-- status: the credential review's outcome (thẩm tra tư cách), 'confirmed' until it says otherwise.
CREATE TABLE congress_delegates (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  congress_id text NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,
  code text NOT NULL,
  name text NOT NULL,
  sex text NOT NULL CHECK (sex IN ('Nam', 'Nữ')),
  birth_year integer NOT NULL,
  unit text NOT NULL,
  kind text NOT NULL,
  general text,
  professional text,
  academic_title text,
  theory text,
  field text,
  position integer NOT NULL,
  status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'replaced', 'excused')),
  status_reason text,
  UNIQUE (congress_id, code)
);

-- One check-in per delegate and session (phiên trù bị, phiên chính thức); a second one changes nothing.
CREATE TABLE congress_checkins (
  delegate_id text NOT NULL REFERENCES congress_delegates(id) ON DELETE CASCADE,
  session text NOT NULL DEFAULT 'chinh-thuc' CHECK (session IN ('tru-bi', 'chinh-thuc')),
  at timestamptz NOT NULL,
  recorded_by text,
  PRIMARY KEY (delegate_id, session)
);
