-- Accounts, sessions kept in the database (so several server processes share them), login attempts
-- for throttling, and the internal/public mark on items.

CREATE TABLE users (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  login text NOT NULL UNIQUE,
  name text NOT NULL,
  unit_id text REFERENCES units(id) ON DELETE RESTRICT,
  roles text[] NOT NULL DEFAULT '{}',
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  password_changed_at timestamptz NOT NULL DEFAULT now()
);

-- The cookie holds a random id; only its SHA-256 is stored, so a copy of the table opens no session.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions(user_id);

CREATE TABLE login_attempts (
  id bigserial PRIMARY KEY,
  login text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  success boolean NOT NULL
);
CREATE INDEX login_attempts_login_idx ON login_attempts(login, at);
CREATE INDEX login_attempts_ip_idx ON login_attempts(ip, at);

ALTER TABLE targets ADD COLUMN visibility text NOT NULL DEFAULT 'internal' CHECK (visibility IN ('internal', 'public'));
ALTER TABLE tasks ADD COLUMN visibility text NOT NULL DEFAULT 'internal' CHECK (visibility IN ('internal', 'public'));
ALTER TABLE documents ADD COLUMN visibility text NOT NULL DEFAULT 'internal' CHECK (visibility IN ('internal', 'public'));
