// Shapes of the API's answers as the browser sees them (domain types plus the labels and statuses
// the server's presenters add).
import type { DocumentKind, SourceRef } from '../../src/domain/document.ts';
import type { Observation } from '../../src/domain/observation.ts';
import type { Target, TargetGroup } from '../../src/domain/target.ts';
import type { TargetForecast, TargetStatusKind } from '../../src/domain/target-status.ts';
import type { Task, TaskReport } from '../../src/domain/task.ts';
import type { TaskStatus } from '../../src/domain/task-status.ts';
import type { TaskSummary } from '../../src/domain/summary.ts';
import type { Unit } from '../../src/domain/unit.ts';

export type { SourceRef, TaskStatus, TargetStatusKind, TargetGroup };

export interface Page<T> {
  items: T[];
  total?: number;
  limit?: number;
  offset?: number;
}

export type UnitItem = Unit & { kindLabel: string };

export interface DocumentItem {
  id: string;
  kind: DocumentKind;
  number: string | null;
  issuedOn: string;
  issuer: string;
  title: string;
  length?: number;
  kindLabel: string;
}
export type DocumentDetail = DocumentItem & { text: string };
/** What POST /api/documents answers: the document, how many proposals it gave, and whether the same text was there already. */
export type DocumentCreated = DocumentDetail & { proposals?: number; duplicate?: boolean };

export type ProposalKind = 'observation' | 'target' | 'task';
export type ProposalStatus = 'pending' | 'accepted' | 'merged' | 'rejected';
export interface Proposal {
  id: string;
  documentId: string;
  kind: ProposalKind;
  span: [number, number];
  quote: string;
  /** The body the item would be registered with. */
  payload: Record<string, unknown>;
  extracted: unknown;
  confidence: number;
  warnings: string[];
  status: ProposalStatus;
  itemId: string | null;
  decidedBy?: string | null;
  decidedAt?: string | null;
}
export interface ProposalList {
  document: { id: string; title: string; issuedOn: string };
  counts: Record<ProposalStatus, number>;
  items: Proposal[];
}

export type ObservationItem = Observation & { periodLabel: string; standingLabel: string };

export type TargetItem = Target & {
  groupLabel: string;
  periodLabel: string;
  status: TargetStatusKind;
  statusLabel: string;
  latest: ObservationItem | null;
  expected: number | null;
  ratio: number | null;
  forecast: TargetForecast;
};
export type TargetDetail = TargetItem & { asOf: string; observations: ObservationItem[] };

export type TaskItem = Task & {
  state: { completedOn: string | null; deadline: string | null; paused: boolean; progress: number | null };
  status: TaskStatus;
  statusLabel: string;
};
export type ReportItem = TaskReport & { kindLabel: string };
export type TaskDetail = TaskItem & {
  asOf: string;
  evaluation: {
    completedOn: string | null;
    awaitingAcceptanceSince: string | null;
    deadline: string | null;
    latest: string | null;
    progress: number | null;
    paused: boolean;
    extensions: number;
    status: TaskStatus;
    hasDeadline: boolean;
    daysOverdue: number | null;
  };
  reports: ReportItem[];
};

export interface SummaryTarget {
  id: string;
  label: string;
  group: TargetGroup;
  status: TargetStatusKind;
  statusLabel: string;
  value: number;
  max: number | null;
  unit: string;
  period: string;
  periodLabel: string;
  latest: ObservationItem | null;
  ratio: number | null;
  forecast: TargetForecast;
}

export type TaskCounts = TaskSummary['counts'];

/** The domain's summary of a unit's tasks, with the unit named. */
export interface UnitTaskSummary extends TaskSummary {
  unitId: string;
  unitCode: string;
  unitName: string;
}

export interface SummaryTaskRef {
  id: string;
  title: string;
  leadUnitId: string | null;
  deadline: string | null;
  progress: number | null;
  status: TaskStatus;
  statusLabel: string;
}

export interface SummaryResponse {
  asOf: string;
  targets: {
    counts: Record<TargetStatusKind, number>;
    total: number;
    assessed: number;
    achieved: number;
    achievedRate: number | null;
    headlineVi: string;
    detailVi: string;
    atRisk: SummaryTarget[];
    offTrack: SummaryTarget[];
  };
  // The server spreads the domain's TaskSummary and replaces `overdue` (a count) by the list.
  tasks: Omit<TaskSummary, 'overdue'> & {
    overdue: { total: number; items: SummaryTaskRef[] };
    dueSoon: { total: number; items: SummaryTaskRef[] };
    byUnit: UnitTaskSummary[];
    byUnitTotal: number;
  };
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

export interface AuthUser {
  id: string;
  name: string;
  login: string;
  unitId: string | null;
  roles: string[];
  roleLabels?: string[];
  /** A one-time password must be replaced before anything else. */
  mustChangePassword?: boolean;
}

// The review cycle: reporting periods, a unit's submission, the quarterly rating.
import type { SubmissionStatus, Timeliness } from '../../src/domain/reporting.ts';
import type { RatingResult } from '../../src/domain/rating.ts';
export type { SubmissionStatus, Timeliness, RatingResult };

export interface PeriodItem {
  id: string;
  period: string;
  start: string;
  end: string;
  dueOn: string;
  title: string;
  periodLabel?: string;
}

export interface PeriodUnitRow {
  unitId: string;
  unitCode: string | null;
  unitName: string;
  status: SubmissionStatus | null;
  statusLabel: string;
  submittedOn: string | null;
  returnReason: string | null;
  timeliness: Timeliness;
  timelinessLabel: string;
}

export interface PeriodOverview extends PeriodItem {
  asOf: string;
  units: PeriodUnitRow[];
  completeness: { expected: number; onTime: number; late: number; missing: number; pending: number; accepted: number };
  reminders: PeriodUnitRow[];
}

export type Standing3 = 'estimate' | 'preliminary' | 'official';
export interface FigureLine { targetId: string; value: number; standing: Standing3; note: string }
export interface TaskLine { taskId: string; progress: number | null; completedOn: string | null; note: string }
export interface SubmissionDraft { figures: FigureLine[]; tasks: TaskLine[] }

export interface Submission extends SubmissionDraft {
  id: string;
  reportingPeriodId: string;
  unitId: string;
  status: SubmissionStatus;
  submittedOn: string | null;
  returnReason: string | null;
  version: number;
}

export interface UnitReport {
  period: PeriodItem;
  unit: UnitItem;
  due: {
    targets: Array<{ id: string; indicator: string; label: string; unit: string; value: number; max: number | null; period: string }>;
    tasks: Array<{ id: string; title: string; deadline: string | null; state_deadline: string | null; state_completed_on: string | null; state_progress: number | null }>;
  };
  submission: Submission | null;
  statusLabel: string | null;
}

export type RatingRow = RatingResult & { unitId: string };
export interface QuarterRating {
  quarter: string;
  rulesYear: number;
  results: RatingRow[];
  notes: string[];
}
