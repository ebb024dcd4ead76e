// The tables as Kysely sees them; rows are mapped to domain types in the per-table modules.
import type { ColumnType, Generated } from 'kysely';
import type { FloorTables } from './schema-floor.ts';

import type { LineComment } from '../domain/reporting.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** numeric and date columns come back as number and 'YYYY-MM-DD' (see connection.ts type parsers). */
type Num = ColumnType<number, number | string, number | string>;
type NumOrNull = ColumnType<number | null, number | string | null | undefined, number | string | null>;
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;

export interface UnitsTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: string;
  parent_id: string | null;
  created_at: Timestamp;
  merged_into: Generated<string | null>;
  merged_on: Generated<string | null>;
}

export interface DocumentsTable {
  id: Generated<string>;
  visibility: Generated<string>;
  kind: string;
  number: string | null;
  issued_on: Day;
  issuer: Generated<string>;
  title: string;
  body: Generated<string>;
  content_hash: string | null;
  created_at: Timestamp;
}

export interface ProposalsTable {
  id: Generated<string>;
  document_id: string;
  kind: string;
  span_start: number;
  span_end: number;
  quote: string;
  payload: unknown;
  extracted: unknown;
  confidence: Num;
  warnings: unknown;
  status: Generated<string>;
  item_id: string | null;
  decided_by: string | null;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
}

export interface IndicatorsTable {
  key: string;
  unit: string;
  label: string;
  builtin: Generated<boolean>;
}

interface SourceColumns {
  document_id: string | null;
  span_start: number | null;
  span_end: number | null;
  quote: string | null;
}

export interface TargetsTable extends SourceColumns {
  id: Generated<string>;
  visibility: Generated<string>;
  indicator: string;
  label: string;
  unit: string;
  group_key: string;
  direction: string;
  comparator: string;
  value: Num;
  max: NumOrNull;
  period: string;
  period_start: Day;
  period_end: Day;
  baseline_value: NumOrNull;
  baseline_period: string | null;
  measure: string;
  owner_unit_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ObservationsTable extends SourceColumns {
  id: Generated<string>;
  indicator: string;
  period: string;
  period_start: Day;
  period_end: Day;
  value: Num;
  unit: string;
  standing: string;
  unit_id: string | null;
  entered_by: string | null;
  submission_id: Generated<string | null>;
  created_at: Timestamp;
  entry_no: Generated<number>;
  corrects_id: Generated<string | null>;
  reason: Generated<string | null>;
  superseded_by: Generated<string | null>;
  withdrawn_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  withdrawn_by: Generated<string | null>;
  withdraw_reason: Generated<string | null>;
}

/** A task's state over a stretch of days [from_day, to_day); see migrations/0010_task_states.sql. */
export interface TaskStatesTable {
  task_id: string;
  from_day: DayOrNull;
  to_day: DayOrNull;
  completed_on: DayOrNull;
  deadline: DayOrNull;
  paused: boolean;
  progress: number | null;
}

export interface TasksTable extends SourceColumns {
  id: Generated<string>;
  visibility: Generated<string>;
  title: string;
  lead_unit_id: string | null;
  person_in_charge: string | null;
  authority: string | null;
  product: string | null;
  assigned_on: Day;
  deadline: DayOrNull;
  latest: DayOrNull;
  recurring: Generated<boolean>;
  parent_id: string | null;
  search_text: Generated<string>;
  state_completed_on: DayOrNull;
  state_deadline: DayOrNull;
  state_paused: Generated<boolean>;
  state_progress: Generated<number>;
  /** First day of the stretch held in state_* (null: since the beginning); see task_states. */
  state_from: DayOrNull;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TaskUnitsTable {
  task_id: string;
  unit_id: string;
}

export interface TaskTargetsTable {
  task_id: string;
  target_id: string;
}

export interface TaskReportsTable {
  id: Generated<string>;
  task_id: string;
  kind: string;
  reported_on: Day;
  progress: number | null;
  body: Generated<string>;
  new_deadline: DayOrNull;
  approved: boolean | null;
  author_id: string | null;
  submission_id: Generated<string | null>;
  created_at: Timestamp;
  entry_no: Generated<number>;
  unit_id: Generated<string | null>;
  link: Generated<string | null>;
}

export interface RemindersTable {
  id: Generated<number>;
  reporting_period_id: string;
  unit_id: string;
  sent_on: Day;
  sent_by: string | null;
  note: Generated<string>;
}

export interface TaskRemindersTable {
  id: Generated<string>;
  task_id: string;
  unit_id: string | null;
  sent_on: Day;
  deadline: Day | null;
  overdue: boolean;
  sent_by: string | null;
  note: Generated<string>;
  created_at: Generated<Date>;
}

export interface MailOutboxTable {
  id: Generated<string>;
  kind: string;
  recipient: string;
  user_id: string | null;
  subject: string;
  body: string;
  queued_at: Generated<Date>;
  sent_at: Date | null;
  failed_at: Date | null;
  attempts: Generated<number>;
  error: string | null;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: Timestamp;
  actor: string | null;
  action: string;
  object_type: string;
  object_id: string;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
  /** Hashed with the audit key (HMAC); false only for entries written before migration 0030. */
  keyed: Generated<boolean>;
}

export interface UsersTable {
  id: Generated<string>;
  login: string;
  name: string;
  unit_id: string | null;
  roles: string[];
  password_hash: string;
  previous_password_hash: string | null;
  must_change_password: Generated<boolean>;
  disabled: Generated<boolean>;
  created_at: Timestamp;
  password_changed_at: Timestamp;
  email: Generated<string | null>;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  login: string;
  ip: string;
  at: Timestamp;
  success: boolean;
}

export interface ReportingPeriodsTable {
  id: Generated<string>;
  period: string;
  period_start: Day;
  period_end: Day;
  due_on: Day;
  title: string;
  opened_by: string | null;
  created_at: Timestamp;
}

export interface SubmissionsTable {
  id: Generated<string>;
  reporting_period_id: string;
  unit_id: string;
  status: Generated<string>;
  submitted_on: DayOrNull;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  decided_by: string | null;
  return_reason: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
  return_comments: ColumnType<LineComment[], string | undefined, string>;
}

export interface SubmissionFiguresTable {
  submission_id: string;
  target_id: string;
  value: Num;
  standing: string;
  note: Generated<string>;
}

export interface SubmissionTasksTable {
  submission_id: string;
  task_id: string;
  progress: number | null;
  completed_on: DayOrNull;
  note: Generated<string>;
}

export interface RatingEntriesTable {
  period: string;
  unit_id: string;
  general_points: Num;
  general_note: Generated<string>;
  entered_by: string | null;
  entered_at: Timestamp;
}

export interface RatingAdjustmentsTable {
  id: Generated<number>;
  period: string;
  unit_id: string;
  score: NumOrNull;
  level: string | null;
  reason: string;
  adjusted_by: string;
  adjusted_at: Timestamp;
}

export interface AttachmentsTable {
  id: Generated<string>;
  task_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  data: Buffer;
  uploaded_by: string | null;
  created_at: Timestamp;
}

export interface CongressSeasonsTable {
  id: Generated<string>;
  code: string;
  name: string;
  deadline: Day;
  latest: Day;
  created_at: Timestamp;
}

export interface CongressOrgsTable {
  id: Generated<string>;
  season_id: string;
  code: string;
  name: string;
  parent: string;
  unit_id: string | null;
  planned_on: Day;
  held_on: DayOrNull;
  model: boolean;
}

export interface CongressesTable {
  id: Generated<string>;
  code: string;
  name: string;
  starts_on: Day;
  ends_on: Day;
  created_at: Timestamp;
}

export interface CongressDelegatesTable {
  id: Generated<string>;
  congress_id: string;
  code: string;
  name: string;
  sex: string;
  birth_year: number;
  unit: string;
  kind: string;
  general: string | null;
  professional: string | null;
  academic_title: string | null;
  theory: string | null;
  field: string | null;
  position: number;
  status: Generated<string>;
  status_reason: string | null;
  replaces_id: string | null;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
}

export interface CongressCheckinsTable {
  delegate_id: string;
  session: Generated<string>;
  at: Timestamp;
  recorded_by: string | null;
}

export interface Database extends FloorTables {
  congress_seasons: CongressSeasonsTable;
  congress_orgs: CongressOrgsTable;
  congresses: CongressesTable;
  congress_delegates: CongressDelegatesTable;
  congress_checkins: CongressCheckinsTable;
  attachments: AttachmentsTable;
  rating_entries: RatingEntriesTable;
  rating_adjustments: RatingAdjustmentsTable;
  reporting_periods: ReportingPeriodsTable;
  submissions: SubmissionsTable;
  submission_figures: SubmissionFiguresTable;
  submission_tasks: SubmissionTasksTable;
  proposals: ProposalsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  units: UnitsTable;
  documents: DocumentsTable;
  indicators: IndicatorsTable;
  targets: TargetsTable;
  observations: ObservationsTable;
  tasks: TasksTable;
  task_units: TaskUnitsTable;
  task_targets: TaskTargetsTable;
  task_reports: TaskReportsTable;
  task_states: TaskStatesTable;
  audit_log: AuditLogTable;
  reminders: RemindersTable;
  mail_outbox: MailOutboxTable;
  task_reminders: TaskRemindersTable;
}
