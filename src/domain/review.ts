// The periodic review report (báo cáo kiểm điểm): the data its writers (DOCX, XLSX) lay out.
// Assembled from the database by the server; the writers in src/reports only arrange it.
import type { TaskStatus } from './task-status.ts';
import type { TargetStatusKind } from './target-status.ts';
import type { TaskSummary } from './summary.ts';

/** Party bodies head their documents with "ĐẢNG CỘNG SẢN VIỆT NAM"; government bodies with the national motto. */
export type IssuerKind = 'party' | 'government';

export interface ReviewIssuer {
  kind: IssuerKind;
  /** The body above the issuer, upper-case in the header ("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"); null for none. */
  parentName: string | null;
  /** The issuer itself ("THÀNH ỦY HẢI PHÒNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"). */
  name: string;
}

export interface ReviewTargetRow {
  label: string;
  unit: string;
  /** The target as people write it: "≥ 12,35%", "200 – 220". */
  targetText: string;
  /** Figure of the period under review, and of the same period a year before; null when none. */
  periodValue: number | null;
  lastYearValue: number | null;
  status: TargetStatusKind;
  statusLabel: string;
}

export interface ReviewTaskRow {
  title: string;
  unitName: string | null;
  deadline: string | null;
  completedOn: string | null;
  status: TaskStatus;
  statusLabel: string;
  /** Days past the deadline (open) or finished late; 0 otherwise. */
  daysOverdue: number;
}

export interface ReviewUnitTasks {
  unitName: string;
  total: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  open: number;
  onTimeRate: number | null;
}

export interface ReviewRatingRow {
  unitName: string;
  personInCharge: string | null;
  score: number;
  level: 'excellent' | 'good' | 'done' | 'not_done';
  levelLabel: string;
}

export interface ReviewReportData {
  issuer: ReviewIssuer;
  /** Số, ký hiệu ("45-BC/TU"); null prints "Số:    -BC/TU" for the clerk to fill in. */
  number: string | null;
  symbolSuffix: string;
  place: string;
  /** The date line's day, YYYY-MM-DD. */
  date: string;
  /** "Kết quả thực hiện nhiệm vụ quý III/2025, phương hướng nhiệm vụ quý IV/2025". */
  title: string;
  period: { code: string; label: string };
  nextPeriod: { code: string; label: string };
  /** The unit the report is about, or null for the whole organisation. */
  unit: { code: string; name: string } | null;
  targets: { rows: ReviewTargetRow[]; achieved: number; assessed: number; total: number; headline: string };
  tasks: {
    summary: TaskSummary;
    byUnit: ReviewUnitTasks[];
    doneOnTime: ReviewTaskRow[];
    doneLate: ReviewTaskRow[];
    overdue: ReviewTaskRow[];
  };
  limitations: { offTrack: ReviewTargetRow[]; overdue: ReviewTaskRow[] };
  nextTasks: ReviewTaskRow[];
  ratings: ReviewRatingRow[];
  /** "Nơi nhận" lines and the signer block. */
  recipients: string[];
  signer: { role: string; name: string | null };
}
