// Xếp loại theo quý: a unit's score from its tasks, targets and period report under a year's rules,
// with the working shown line by line; the caps on the top level; a leader's adjustment with a reason.
import { addDays, daysBetween } from './calendar.ts';
import { invalid } from './errors.ts';
import { formatDateVi, formatNumber } from './format.ts';
import { parsePeriod, periodLabelVi } from './period.ts';
import {
  levelOf, RATING_LEVEL_LABELS, RATING_LEVELS, REPORT_OUTCOME_LABELS,
  type RatingLevel, type RatingRules, type ReportOutcome,
} from './rating-rules.ts';
import type { TargetAssessment, TargetStatusKind } from './target-status.ts';
import type { Task, TaskReport } from './task.ts';
import { deriveTaskState, statusFromState, TASK_STATUS_LABELS, type TaskStatus } from './task-status.ts';

export interface RatingInput {
  unitCode: string;
  unitName?: string;
  /** The quarter, `2026-Q1`. */
  quarter: string;
  /**
   * The day the rating is asked, when the quarter is not over: a task due after it is not yet due (not
   * overdue), and the tasks are folded as of it. Omitted or after the quarter: its last day.
   */
  asOf?: string;
  /** Tiêu chí chung, entered by people (0 – the general weight); null while not entered: the rating is provisional. */
  general: number | null;
  /** The tasks the unit leads (the caller chooses them) and their reports (other tasks' reports are ignored). */
  tasks: readonly Task[];
  taskReports: readonly TaskReport[];
  /** The unit's targets assessed as of the quarter's last day. */
  targets: ReadonlyArray<{ targetId: string; label: string; assessment: TargetAssessment }>;
  /** How the unit's report for the quarter ended. */
  report: ReportOutcome;
}

export interface RatedTask {
  taskId: string;
  title: string;
  deadline: string | null;
  completedOn: string | null;
  status: TaskStatus;
  /** Returned at least once as substandard (không đạt yêu cầu) by the quarter's end. */
  returned: boolean;
  points: number;
  max: number;
  /** Points lost. */
  deduction: number;
  reason: string;
}

export interface RatedTarget { targetId: string; label: string; status: TargetStatusKind; points: number; max: number; credit: number }
export interface LeftOut { id: string; label: string; reason: string }

export interface RatingAdjustment {
  from: { score: number; level: RatingLevel };
  to: { score: number; level: RatingLevel };
  reason: string;
  by: string;
}

export interface RatingResult {
  unitCode: string;
  unitName: string | null;
  quarter: string;
  rulesYear: number;
  /** Rounded to 2 decimals; the level is read from this rounded figure. Provisional: the general part counted as 0. */
  score: number;
  provisional: boolean;
  /** Lowest and highest the score can be once the general points are in (equal when not provisional). */
  scoreRange: { min: number; max: number };
  general: { points: number | null; max: number };
  tasks: { points: number; max: number; items: RatedTask[]; leftOut: LeftOut[] };
  targets: { points: number; max: number; items: RatedTarget[]; leftOut: LeftOut[] };
  report: { outcome: ReportOutcome; label: string; points: number; max: number };
  /** Null when a provisional score could still land in more than one level. */
  level: RatingLevel | null;
  levelLabel: string;
  thresholds: RatingRules['thresholds'];
  working: string[];
  adjustments: RatingAdjustment[];
  /** Set when a cap moved the unit down a level. */
  capped: { from: RatingLevel; reason: string } | null;
}

export const round2 = (x: number): number => Math.round((x + Math.sign(x) * Number.EPSILON) * 100) / 100;
const n = (x: number): string => formatNumber(x, 2);
const pct = (share: number): string => `${formatNumber(share * 100, 2)}%`;

/** Rates one unit for one quarter. Throws AppError('invalid') on a bad quarter or general points. */
export function rateUnit(input: RatingInput, rules: RatingRules): RatingResult {
  const q = parsePeriod(input.quarter);
  if (!q || q.kind !== 'quarter') throw invalid({ vi: `quý: cần một quý như 2026-Q1, không phải ${input.quarter}`, en: `quarter: expected a quarter such as 2026-Q1, got ${input.quarter}` });
  if (Number(q.start.slice(0, 4)) !== rules.year) throw invalid({ vi: `quý: ${q.code} không thuộc năm ${rules.year} của bộ tiêu chí`, en: `quarter: ${q.code} is not in the rules' year ${rules.year}` });
  const w = rules.weights;
  if (input.general !== null && !(Number.isFinite(input.general) && input.general >= 0 && input.general <= w.general)) {
    throw invalid({ vi: `điểm tiêu chí chung: từ 0 đến ${w.general}, không phải ${input.general}`, en: `general: must be between 0 and ${w.general}, got ${input.general}` });
  }
  const qLabel = periodLabelVi(q);
  const working: string[] = [
    `Quy tắc xếp loại năm ${rules.year} (${rules.basis}): tiêu chí chung ${n(w.general)} điểm; kết quả thực hiện nhiệm vụ ` +
      `${n(w.tasks + w.targets + w.report)} điểm (nhiệm vụ ${n(w.tasks)}, chỉ tiêu ${n(w.targets)}, báo cáo kỳ ${n(w.report)}).`,
  ];
  working.push(input.general === null
    ? `Tiêu chí chung: chưa nhập (tối đa ${n(w.general)} điểm) — kết quả TẠM TÍNH, chưa gồm phần này.`
    : `Tiêu chí chung: ${n(input.general)}/${n(w.general)} điểm (do người đánh giá nhập).`);

  // Mid-quarter, the rating is provisional: as of the day asked, not of a quarter's end still to come.
  const end = input.asOf !== undefined && input.asOf < q.end ? input.asOf : q.end;
  if (end < q.end) working.push(`Tạm tính đến ngày ${formatDateVi(end)} (quý chưa kết thúc): nhiệm vụ có thời hạn sau ngày này chưa đến hạn, chưa tính.`);
  const picked = pickTasks(input, q.start, end, rules);
  const ratedTargets = input.targets.filter((t) => rules.targets.credit[t.assessment.status] !== null);
  const targetsLeftOut: LeftOut[] = input.targets
    .filter((t) => rules.targets.credit[t.assessment.status] === null)
    .map((t) => ({ id: t.targetId, label: t.label, reason: `${t.assessment.labelVi}: không tính vào xếp loại` }));

  // The effective maximum of each data part: a part with nothing to rate is given in full or shared out.
  const empty = { tasks: picked.rated.length === 0, targets: ratedTargets.length === 0 };
  const dataWeight = w.tasks + w.targets + w.report;
  const emptyWeight = (empty.tasks ? w.tasks : 0) + (empty.targets ? w.targets : 0);
  const prorate = rules.whenNothingToRate === 'prorate' && emptyWeight > 0 && dataWeight - emptyWeight > 0;
  const factor = prorate ? dataWeight / (dataWeight - emptyWeight) : 1;
  const maxOf = (weight: number, isEmpty: boolean): number => (isEmpty ? (prorate ? 0 : weight) : weight * factor);
  const taskMax = maxOf(w.tasks, empty.tasks);
  const targetMax = maxOf(w.targets, empty.targets);
  const reportMax = w.report * factor;

  // Tasks: equal shares of the part.
  const each = picked.rated.length > 0 ? taskMax / picked.rated.length : 0;
  const taskItems = picked.rated.map((p) => rateTask(p, each, rules));
  const taskPoints = empty.tasks ? taskMax : taskItems.reduce((s, t) => s + t.points, 0);
  working.push(empty.tasks
    ? `Nhiệm vụ: không có nhiệm vụ đến hạn hoặc hoàn thành trong ${qLabel}` +
      (prorate ? ` — ${n(w.tasks)} điểm chia lại cho các phần dữ liệu còn lại (nhân ${n(factor)}).` : ` — tính đủ ${n(w.tasks)} điểm.`)
    : `Nhiệm vụ: ${taskItems.length} nhiệm vụ đến hạn hoặc hoàn thành trong ${qLabel}, mỗi nhiệm vụ ${n(each)} điểm.`);
  for (const t of taskItems) working.push(`  - ${t.title}: ${t.reason} → ${n(t.points)}/${n(t.max)}.`);
  for (const l of picked.leftOut) working.push(`  - ${l.label}: ${l.reason}.`);
  if (!empty.tasks) working.push(`  Cộng nhiệm vụ: ${n(taskPoints)}/${n(taskMax)} điểm.`);

  // Targets: equal shares, by status.
  const tEach = ratedTargets.length > 0 ? targetMax / ratedTargets.length : 0;
  const targetItems: RatedTarget[] = ratedTargets.map((t) => {
    const credit = rules.targets.credit[t.assessment.status] ?? 0;
    return { targetId: t.targetId, label: t.label, status: t.assessment.status, points: tEach * credit, max: tEach, credit };
  });
  const targetPoints = empty.targets ? targetMax : targetItems.reduce((s, t) => s + t.points, 0);
  working.push(empty.targets
    ? `Chỉ tiêu: không có chỉ tiêu được đánh giá đến hết ${qLabel}` +
      (prorate ? ` — ${n(w.targets)} điểm chia lại cho các phần dữ liệu còn lại.` : ` — tính đủ ${n(w.targets)} điểm.`)
    : `Chỉ tiêu: ${targetItems.length} chỉ tiêu, mỗi chỉ tiêu ${n(tEach)} điểm.`);
  for (const t of targetItems) {
    const label = input.targets.find((x) => x.targetId === t.targetId)?.assessment.labelVi ?? t.status;
    working.push(`  - ${t.label}: ${label}, tính ${pct(t.credit)} → ${n(t.points)}/${n(t.max)}.`);
  }
  for (const l of targetsLeftOut) working.push(`  - ${l.label}: ${l.reason}.`);
  if (!empty.targets) working.push(`  Cộng chỉ tiêu: ${n(targetPoints)}/${n(targetMax)} điểm.`);

  const reportPoints = reportMax * rules.report.credit[input.report];
  working.push(`Báo cáo kỳ: ${REPORT_OUTCOME_LABELS[input.report]}, tính ${pct(rules.report.credit[input.report])} → ${n(reportPoints)}/${n(reportMax)}.`);

  const dataPoints = taskPoints + targetPoints + reportPoints;
  const provisional = input.general === null;
  const score = round2((input.general ?? 0) + dataPoints);
  const max = provisional ? round2(score + w.general) : score;
  const low = levelOf(score, rules.thresholds);
  const level = provisional && levelOf(max, rules.thresholds) !== low ? null : low;
  const levelLabel = level === null
    ? `Tạm tính: từ ${RATING_LEVEL_LABELS[low]} đến ${RATING_LEVEL_LABELS[levelOf(max, rules.thresholds)]} (chưa nhập điểm tiêu chí chung)`
    : provisional ? `${RATING_LEVEL_LABELS[level]} (tạm tính)` : RATING_LEVEL_LABELS[level];
  working.push(provisional
    ? `Tổng tạm tính: ${n(taskPoints)} + ${n(targetPoints)} + ${n(reportPoints)} = ${n(score)} điểm (khi nhập tiêu chí chung: ${n(score)} – ${n(max)}) → ${levelLabel}.`
    : `Tổng: ${n(input.general ?? 0)} + ${n(taskPoints)} + ${n(targetPoints)} + ${n(reportPoints)} = ${n(score)} điểm → ${levelLabel} ` +
      `(${thresholdText(low, rules.thresholds)}).`);

  return {
    unitCode: input.unitCode, unitName: input.unitName ?? null, quarter: q.code, rulesYear: rules.year,
    score, provisional, scoreRange: { min: score, max },
    general: { points: input.general, max: w.general },
    tasks: { points: taskPoints, max: taskMax, items: taskItems, leftOut: picked.leftOut },
    targets: { points: targetPoints, max: targetMax, items: targetItems, leftOut: targetsLeftOut },
    report: { outcome: input.report, label: REPORT_OUTCOME_LABELS[input.report], points: reportPoints, max: reportMax },
    level, levelLabel, thresholds: rules.thresholds, working, adjustments: [], capped: null,
  };
}

function thresholdText(level: RatingLevel, t: RatingRules['thresholds']): string {
  switch (level) {
    case 'excellent': return `từ ${n(t.excellent)} điểm`;
    case 'good': return `từ ${n(t.good)} đến dưới ${n(t.excellent)} điểm`;
    case 'done': return `từ ${n(t.done)} đến dưới ${n(t.good)} điểm`;
    case 'not_done': return `dưới ${n(t.done)} điểm`;
  }
}

interface Picked { task: Task; deadline: string | null; completedOn: string | null; status: TaskStatus; returns: number; carried: boolean }

/**
 * The tasks rated in the quarter, folded as of its last day: those completed in it, and those still
 * open whose deadline in force fell in it (or earlier, with carryOverdue). A task completed before the
 * quarter was rated then; a paused one is left out (the pause is a decision, not a delay).
 */
function pickTasks(input: RatingInput, start: string, end: string, rules: RatingRules): { rated: Picked[]; leftOut: LeftOut[] } {
  const rated: Picked[] = [];
  const leftOut: LeftOut[] = [];
  // Read as of the day after, so a task open at the end of its deadline day, the quarter's last, is overdue.
  const after = addDays(end, 1);
  for (const task of input.tasks) {
    if (task.assignedOn > end) continue;
    const state = deriveTaskState(task, input.taskReports, end);
    const { completedOn, deadline } = state;
    if (completedOn !== null && completedOn < start) continue;
    if (completedOn === null) {
      if (deadline === null || deadline > end) continue;
      const carried = deadline < start;
      if (carried && !rules.tasks.carryOverdue) continue;
      if (state.paused) {
        leftOut.push({ id: task.id, label: task.title, reason: `tạm dừng (hạn ${formatDateVi(deadline)}): không tính` });
        continue;
      }
      rated.push({ task, deadline, completedOn, status: statusFromState(state, after), returns: countReturns(task, input.taskReports, end), carried });
      continue;
    }
    rated.push({ task, deadline, completedOn, status: statusFromState(state, after), returns: countReturns(task, input.taskReports, end), carried: false });
  }
  return { rated, leftOut };
}

const countReturns = (task: Task, reports: readonly TaskReport[], end: string): number =>
  reports.filter((r) => r.taskId === task.id && r.kind === 'return' && r.reportedOn <= end).length;

/** A task's points: the largest deduction that applies (late, returned, open past the deadline), never their sum. */
function rateTask(p: Picked, max: number, rules: RatingRules): RatedTask {
  const d = rules.tasks;
  const causes: Array<[number, string]> = [];
  if (p.status === 'in_progress_overdue') {
    causes.push([d.overdueDeduction, `chưa hoàn thành đến hết quý, quá hạn (hạn ${formatDateVi(p.deadline!)}${p.carried ? ', từ quý trước' : ''})`]);
  } else if (p.status === 'done_late') {
    causes.push([d.lateDeduction, `hoàn thành ${formatDateVi(p.completedOn!)}, quá hạn ${daysBetween(p.deadline!, p.completedOn!)} ngày (hạn ${formatDateVi(p.deadline!)})`]);
  }
  if (p.returns > 0) causes.push([d.returnedDeduction, `bị trả lại vì không đạt yêu cầu${p.returns > 1 ? ` ${p.returns} lần` : ''}`]);
  let reason: string;
  let share = 0;
  if (causes.length === 0) {
    reason = `${TASK_STATUS_LABELS[p.status]}${p.completedOn ? ` (${formatDateVi(p.completedOn)})` : ''}: đủ điểm`;
  } else {
    share = Math.max(...causes.map(([s]) => s));
    reason = `${causes.map(([, why]) => why).join('; ')}: trừ ${pct(share)}${causes.length > 1 ? ' (lấy mức trừ cao nhất)' : ''}`;
  }
  return {
    taskId: p.task.id, title: p.task.title, deadline: p.deadline, completedOn: p.completedOn, status: p.status,
    returned: p.returns > 0, points: max * (1 - share), max, deduction: max * share, reason,
  };
}

export interface AdjustmentRequest { score?: number; level?: RatingLevel; reason: string; by: string }

/**
 * A leader's adjustment: a new score (the level follows the thresholds) or a new level, never without a
 * written reason. Returns a new result carrying the adjustment; the caller stores it in the audit trail.
 */
export function adjustRating(result: RatingResult, req: AdjustmentRequest): RatingResult {
  if (typeof req.reason !== 'string' || req.reason.trim() === '') throw invalid({ vi: 'lý do: điều chỉnh xếp loại cần lý do bằng văn bản', en: 'reason: a written reason is required to adjust a rating' });
  if (typeof req.by !== 'string' || req.by.trim() === '') throw invalid({ vi: 'người điều chỉnh: hãy ghi ai điều chỉnh xếp loại', en: 'by: say who adjusts the rating' });
  if ((req.score === undefined) === (req.level === undefined)) throw invalid({ vi: 'điểm: ghi điểm mới hoặc mức mới, một trong hai', en: 'score: give either a new score or a new level' });
  if (result.provisional || result.level === null) throw invalid({ vi: 'điểm tiêu chí chung: hãy nhập trước khi điều chỉnh xếp loại', en: 'general: enter the general criteria points before adjusting the rating' });
  let to: { score: number; level: RatingLevel };
  if (req.score !== undefined) {
    if (!Number.isFinite(req.score) || req.score < 0 || req.score > 100) throw invalid({ vi: `điểm: từ 0 đến 100, không phải ${req.score}`, en: `score: must be between 0 and 100, got ${req.score}` });
    const score = round2(req.score);
    to = { score, level: levelOf(score, result.thresholds) };
  } else {
    if (!RATING_LEVELS.includes(req.level!)) throw invalid({ vi: `mức xếp loại: một trong ${RATING_LEVELS.join(', ')}`, en: `level: must be one of ${RATING_LEVELS.join(', ')}` });
    to = { score: result.score, level: req.level! };
  }
  const adjustment: RatingAdjustment = { from: { score: result.score, level: result.level }, to, reason: req.reason.trim(), by: req.by.trim() };
  return {
    ...result, score: to.score, scoreRange: { min: to.score, max: to.score }, level: to.level, levelLabel: RATING_LEVEL_LABELS[to.level],
    adjustments: [...result.adjustments, adjustment],
    working: [...result.working, `Điều chỉnh (${adjustment.by}): ${n(result.score)} điểm, ${RATING_LEVEL_LABELS[result.level]} → ` +
      `${n(to.score)} điểm, ${RATING_LEVEL_LABELS[to.level]}. Lý do: ${adjustment.reason}`],
  };
}

export { applyCaps, type CapOutcome, type Demotion } from './rating-rules.ts';
