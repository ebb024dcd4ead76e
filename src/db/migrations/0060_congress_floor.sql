-- The delegates' floor of a congress: sign-in codes and delegate sessions, votes (biểu quyết), the
-- programme, the papers with their versions, and the written contributions (tham luận).
-- Plain SQL accepted by both PostgreSQL 15 (Debian) and 18 (PGlite).

-- One live sign-in code per delegate, kept only as its sha256; issuing again replaces it, using it spends it.
CREATE TABLE congress_signin_codes (
  delegate_id text PRIMARY KEY REFERENCES congress_delegates(id) ON DELETE CASCADE,
  code_hash text NOT NULL UNIQUE,
  issued_at timestamptz NOT NULL DEFAULT now(),
  issued_by text,
  used_at timestamptz
);

-- A delegate's session: like a user's (the cookie carries a random id, the table its hash), but its
-- principal is a seat in one congress, never a user.
CREATE TABLE delegate_sessions (
  id_hash text PRIMARY KEY,
  delegate_id text NOT NULL REFERENCES congress_delegates(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX delegate_sessions_delegate_idx ON delegate_sessions(delegate_id);

-- A question put to the vote. The counts live on the question's row, so that a secret ballot leaves
-- no row of its own: nothing links a choice to the delegate who made it.
CREATE TABLE congress_votes (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  congress_id text NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,
  question text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('programme', 'resolution', 'other')),
  secret boolean NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  agree integer NOT NULL DEFAULT 0,
  disagree integer NOT NULL DEFAULT 0,
  abstain integer NOT NULL DEFAULT 0,
  opened_at timestamptz NOT NULL DEFAULT now(),
  opened_by text,
  closed_at timestamptz,
  closed_by text,
  convened integer,
  present integer,
  passed boolean,
  CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE INDEX congress_votes_congress_idx ON congress_votes(congress_id, opened_at);

-- That a delegate voted: once per question, by the primary key (two phones at once cannot both count).
-- The choice is kept here only for an open ballot; a secret one stores NULL.
CREATE TABLE congress_vote_voters (
  vote_id text NOT NULL REFERENCES congress_votes(id) ON DELETE CASCADE,
  delegate_id text NOT NULL REFERENCES congress_delegates(id) ON DELETE CASCADE,
  choice text CHECK (choice IN ('agree', 'disagree', 'abstain')),
  PRIMARY KEY (vote_id, delegate_id)
);

-- The programme as the secretariat publishes it: sessions with their times and items, replaced whole.
CREATE TABLE congress_programmes (
  congress_id text PRIMARY KEY REFERENCES congresses(id) ON DELETE CASCADE,
  sessions jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by text
);

-- A paper for the delegates (the political report …) and its versions: dự thảo 1 … 12, the latest shown.
CREATE TABLE congress_papers (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  congress_id text NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,
  title text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (congress_id, title)
);

CREATE TABLE congress_paper_versions (
  paper_id text NOT NULL REFERENCES congress_papers(id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  label text NOT NULL,
  body text,
  file_name text,
  content_type text,
  data bytea,
  size integer,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by text,
  PRIMARY KEY (paper_id, version),
  CHECK (body IS NOT NULL OR data IS NOT NULL)
);

-- A written contribution (tham luận): who, which party committee, the topic, presented at the congress or not.
CREATE TABLE congress_contributions (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  congress_id text NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,
  delegate_id text REFERENCES congress_delegates(id) ON DELETE SET NULL,
  author text NOT NULL,
  committee text NOT NULL,
  topic text NOT NULL,
  presented boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX congress_contributions_congress_idx ON congress_contributions(congress_id, created_at);
