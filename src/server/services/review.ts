// Assembles the periodic review report's data from the workspace: targets with the period's figure
// and last year's, tasks by outcome and unit, limitations, next period's tasks and the ratings.
import type { Db } from '../../db/connection.ts';
import { listTargets, observationsByIndicator } from '../../db/targets.ts';
import type { TaskWithState } from '../../db/tasks.ts';
import { tasksOfPeriod } from '../../db/task-queries.ts';
import { listUnits, subtreeIds } from '../../db/units.ts';
import { AppError, invalid } from '../../domain/errors.ts';
import { parsePeriod, periodLabelVi, type Period } from '../../domain/period.ts';
import { nextPeriod, samePeriodLastYear } from '../../domain/period-next.ts';
import { targetStatus, usableFigures } from '../../domain/target-status.ts';
import type { Target } from '../../domain/target.ts';
import { listUsers } from '../../db/users.ts';
import { statusFromState, TASK_STATUS_LABELS } from '../../domain/task-status.ts';
import { summarizeTargets, summarizeTasks } from '../../domain/summary.ts';
import { daysBetween, todayInVietnam } from '../../domain/calendar.ts';
import { targetText, unitVi } from '../../domain/target-text.ts';
import type { Observation } from '../../domain/observation.ts';
import type { Unit } from '../../domain/unit.ts';
import type { ReviewRatingRow, ReviewReportData, ReviewTargetRow, ReviewTaskRow, ReviewUnitTasks } from '../../domain/review.ts';
import { rateQuarter } from '../../queries/rating.ts';

/**
 * The figure of exactly this period, read as the status reads figures (the city's own or the owner
 * unit's, the most authoritative one): a row never shows a figure its status says it does not have.
 */
function figureOf(t: Target, obs: readonly Observation[], period: Period): number | null {
  const own = usableFigures(obs, t.indicator, period.end, (u) => u === null || u === t.ownerUnitId);
  return own.find((f) => f.period.code === period.code)?.obs.value ?? null;
}

/**
 * The targets a period's report speaks of: those chosen, or else those still running: a 2025 target
 * has no place in a 2026 report (its period ended before this one began).
 */
function targetsOfReport(all: readonly Target[], period: Period, chosen: readonly string[] | undefined): Target[] {
  if (chosen?.length) {
    const ids = new Set(chosen);
    return all.filter((t) => ids.has(t.id));
  }
  return all.filter((t) => (parsePeriod(t.period)?.end ?? '') >= period.start);
}

/** Issuer of the report: the root unit of the tree (a Thành ủy issues as a Party body, a UBND as government). */
export function issuerOf(units: readonly Unit[]) {
  const root = units.find((u) => u.parentId === null && (u.kind === 'thanh_uy' || u.kind === 'ubnd')) ?? units.find((u) => u.parentId === null);
  const name = root?.name ?? 'Thành ủy';
  const kind = root?.kind === 'ubnd' ? ('government' as const) : ('party' as const);
  // "Thành ủy Hải Phòng" → "Hải Phòng", for the place on the date line.
  const place = name.replace(/^(Thành ủy|Tỉnh ủy|Ủy ban nhân dân (thành phố|tỉnh)|UBND (thành phố|tỉnh))\s*/iu, '') || name;
  return { issuer: { kind, parentName: kind === 'party' ? `ĐẢNG BỘ ${place.toUpperCase()}` : null, name: name.toUpperCase() }, place, symbolSuffix: kind === 'party' ? 'BC/TU' : 'BC-UBND' };
}

/** Section V: the quarter's ratings (only where a rules file exists for the year; none otherwise). */
async function ratingRows(db: Db, quarter: string, scope: Set<string> | null): Promise<ReviewRatingRow[]> {
  let r;
  try {
    r = await rateQuarter(db, quarter);
  } catch (e) {
    // No rules file for the year: the report goes out without section V's table, not without a report.
    if (e instanceof AppError && e.code === 'invalid') return [];
    throw e;
  }
  // Người đứng đầu: the unit's leader, as their account names them (an enabled leader of that unit).
  const heads = new Map<string, string>();
  for (const u of await listUsers(db)) if (u.unitId && !u.disabled && u.roles.includes('leader') && !heads.has(u.unitId)) heads.set(u.unitId, u.name);
  return r.results
    .filter((x) => !scope || scope.has(x.unitId))
    .filter((x): x is typeof x & { level: NonNullable<typeof x.level> } => x.level !== null)
    .map((x) => ({ unitName: x.unitName ?? x.unitCode, personInCharge: heads.get(x.unitId) ?? null, score: x.score, level: x.level, levelLabel: x.levelLabel }))
    .sort((a, b) => b.score - a.score);
}

const NOT_YET_JUDGED = 'Chưa đến kỳ đánh giá';
export const DEFAULT_RECIPIENTS = ['Ban Thường vụ Thành ủy (để báo cáo)', 'Các ban, sở, ngành, đơn vị', 'Lưu Văn phòng'];
export const defaultSignerRole = (kind: 'party' | 'government') => (kind === 'party' ? 'T/M BAN THƯỜNG VỤ\nBÍ THƯ' : 'T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH');

export interface ReviewOptions {
  period: string;
  unitId?: string | null;
  ratings?: ReviewRatingRow[];
  today?: string;
  /** Chosen targets; left out, the targets still running in the period. */
  targetIds?: string[];
  /** Số, ký hiệu ("45-BC/TU"); left out, a gap for the clerk. */
  number?: string | null;
  /** The signer's title (lines split on "\n") and name. */
  signerRole?: string | null;
  signerName?: string | null;
  /** "Nơi nhận", one recipient a line. */
  recipients?: string[];
}

export async function reviewReportData(db: Db, opts: ReviewOptions): Promise<ReviewReportData> {
  const period = parsePeriod(opts.period);
  if (!period) throw invalid({ vi: `kỳ: không phải một kỳ: ${opts.period}`, en: `period: not a period: ${opts.period}` });
  const next = nextPeriod(period);
  const lastYear = samePeriodLastYear(period);
  const units = await listUnits(db);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const scope = opts.unitId ? new Set(await subtreeIds(db, opts.unitId)) : null;
  const asOf = period.end;

  // I. Targets: status as of the period's last day, with the period's figure and last year's.
  const targets = targetsOfReport(await listTargets(db), period, opts.targetIds).filter((t) => !scope || (t.ownerUnitId !== null && scope.has(t.ownerUnitId)));
  const byIndicator = await observationsByIndicator(db, [...new Set(targets.map((t) => t.indicator))]);
  const targetRows: ReviewTargetRow[] = targets.map((t) => {
    const obs = byIndicator.get(t.indicator) ?? [];
    const st = targetStatus(t, obs, asOf);
    const periodValue = figureOf(t, obs, period);
    // A figure before the target's own path (a 2026 figure of a "năm 2030" target) cannot be judged
    // yet; the row has a figure, so it must not say "Chưa có số liệu".
    const statusLabel = st.status === 'no_data' && periodValue !== null ? NOT_YET_JUDGED : st.labelVi;
    return { label: t.label, unit: unitVi(t.unit), targetText: targetText(t), periodValue, lastYearValue: figureOf(t, obs, lastYear), status: st.status, statusLabel };
  });
  const ts = summarizeTargets(targetRows);

  // II. Tasks assigned by the period's end and not finished before it began, as they stood on its
  // last day: an extension or a return decided later does not rewrite a past period's account.
  const tasks = (await tasksOfPeriod(db, period)).filter((t) => !scope || (t.leadUnitId !== null && scope.has(t.leadUnitId)));
  const row = (t: TaskWithState, at: string): ReviewTaskRow => {
    const { completedOn, deadline } = t.state;
    const status = statusFromState({ ...t.state, awaitingAcceptanceSince: null, latest: t.latest, extensions: 0 }, at);
    const daysOverdue = deadline ? Math.max(0, daysBetween(deadline, completedOn ?? at)) : 0;
    return { title: t.title, unitName: t.leadUnitId ? (unitById.get(t.leadUnitId)?.name ?? null) : null, deadline, completedOn, status, statusLabel: TASK_STATUS_LABELS[status], daysOverdue };
  };
  const evaluated = tasks.map((t) => ({ t, r: row(t, asOf) }));
  const summary = summarizeTasks(evaluated.map(({ r }) => ({ status: r.status, hasDeadline: r.deadline !== null })));
  const doneInPeriod = (r: ReviewTaskRow) => r.completedOn !== null && r.completedOn >= period.start;
  const byUnitMap = new Map<string, ReviewUnitTasks>();
  for (const { r } of evaluated) {
    const name = r.unitName ?? 'Chưa giao đơn vị';
    const u = byUnitMap.get(name) ?? { unitName: name, total: 0, doneOnTime: 0, doneLate: 0, overdue: 0, open: 0, onTimeRate: null };
    u.total += 1;
    if (r.status === 'done_on_time') u.doneOnTime += 1;
    else if (r.status === 'done_late') u.doneLate += 1;
    else if (r.status === 'in_progress_overdue') u.overdue += 1;
    if (!r.completedOn) u.open += 1;
    byUnitMap.set(name, u);
  }
  const byUnit = [...byUnitMap.values()]
    .map((u) => ({ ...u, onTimeRate: u.doneOnTime + u.doneLate > 0 ? u.doneOnTime / (u.doneOnTime + u.doneLate) : null }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
  const overdue = evaluated.filter(({ r }) => r.status === 'in_progress_overdue').map(({ r }) => r).sort((a, b) => b.daysOverdue - a.daysOverdue);

  // IV. Open at the period's end and due within the next one.
  const nextTasks = evaluated
    .filter(({ r }) => !r.completedOn && r.deadline !== null && r.deadline >= next.start && r.deadline <= next.end)
    .map(({ r }) => r);

  const { issuer, place, symbolSuffix } = issuerOf(units);
  const unit = opts.unitId ? unitById.get(opts.unitId) : undefined;
  return {
    issuer,
    number: opts.number?.trim() || null,
    symbolSuffix,
    place,
    date: opts.today ?? todayInVietnam(),
    title: `Kết quả thực hiện nhiệm vụ ${periodLabelVi(period)}, phương hướng nhiệm vụ ${periodLabelVi(next)}${unit ? ` (${unit.name})` : ''}`,
    period: { code: period.code, label: periodLabelVi(period) },
    nextPeriod: { code: next.code, label: periodLabelVi(next) },
    unit: unit ? { code: unit.code, name: unit.name } : null,
    targets: { rows: targetRows, achieved: ts.achieved, assessed: ts.assessed, total: ts.total, headline: ts.headlineVi },
    tasks: {
      summary,
      byUnit,
      doneOnTime: evaluated.filter(({ r }) => r.status === 'done_on_time' && doneInPeriod(r)).map(({ r }) => r),
      doneLate: evaluated.filter(({ r }) => r.status === 'done_late' && doneInPeriod(r)).map(({ r }) => r),
      overdue,
    },
    limitations: { offTrack: targetRows.filter((r) => r.status === 'off_track' || r.status === 'at_risk'), overdue },
    nextTasks,
    ratings: opts.ratings ?? (period.kind === 'quarter' ? await ratingRows(db, period.code, scope) : []),
    recipients: opts.recipients?.length ? opts.recipients : DEFAULT_RECIPIENTS,
    // A signature block always has the signer's title; the name is the one given (the clerk's gap otherwise).
    signer: { role: opts.signerRole?.trim() || defaultSignerRole(issuer.kind), name: opts.signerName?.trim() || null },
  };
}

