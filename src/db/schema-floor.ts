// The tables of a congress's floor (migration 0060) as Kysely sees them: sign-in, votes, programme, papers, contributions.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TimestampOrNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface CongressSigninCodesTable {
  delegate_id: string;
  code_hash: string;
  issued_at: Timestamp;
  issued_by: string | null;
  used_at: TimestampOrNull;
}

export interface DelegateSessionsTable {
  id_hash: string;
  delegate_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface CongressVotesTable {
  id: Generated<string>;
  congress_id: string;
  question: string;
  kind: string;
  secret: boolean;
  status: Generated<string>;
  agree: Generated<number>;
  disagree: Generated<number>;
  abstain: Generated<number>;
  opened_at: Timestamp;
  opened_by: string | null;
  closed_at: TimestampOrNull;
  closed_by: string | null;
  convened: number | null;
  present: number | null;
  passed: boolean | null;
}

export interface CongressVoteVotersTable {
  vote_id: string;
  delegate_id: string;
  choice: string | null;
}

export interface CongressProgrammesTable {
  congress_id: string;
  sessions: unknown;
  published_at: Timestamp;
  published_by: string | null;
}

export interface CongressPapersTable {
  id: Generated<string>;
  congress_id: string;
  title: string;
  created_at: Timestamp;
}

export interface CongressPaperVersionsTable {
  paper_id: string;
  version: number;
  label: string;
  body: string | null;
  file_name: string | null;
  content_type: string | null;
  data: Buffer | null;
  size: number | null;
  published_at: Timestamp;
  published_by: string | null;
}

export interface CongressContributionsTable {
  id: Generated<string>;
  congress_id: string;
  delegate_id: string | null;
  author: string;
  committee: string;
  topic: string;
  presented: Generated<boolean>;
  created_at: Timestamp;
}

export interface FloorTables {
  congress_signin_codes: CongressSigninCodesTable;
  delegate_sessions: DelegateSessionsTable;
  congress_votes: CongressVotesTable;
  congress_vote_voters: CongressVoteVotersTable;
  congress_programmes: CongressProgrammesTable;
  congress_papers: CongressPapersTable;
  congress_paper_versions: CongressPaperVersionsTable;
  congress_contributions: CongressContributionsTable;
}
