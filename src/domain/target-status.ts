// Tình trạng chỉ tiêu: whether a target is reached or on its way, as of a day, from the figures
// reported so far, by the trajectory method documented in docs/rules.md; with the forecast.
import { addDays } from './calendar.ts';
import { formatNumber, formatValue } from './format.ts';
import { replaces, type Observation } from './observation.ts';
import { type Period, parsePeriod, periodBetween, periodContains, periodFraction, periodLabelVi, periodYears, yearsBetween } from './period.ts';
import type { Target } from './target.ts';

export const TARGET_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type TargetStatusKind = (typeof TARGET_STATUSES)[number];

export const TARGET_STATUS_LABELS: Record<TargetStatusKind, string> = {
  achieved: 'Đạt, vượt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ không đạt',
  off_track: 'Chậm tiến độ',
  no_data: 'Chưa có số liệu',
};
/** The label of off_track once the period is over and the final figure is in. */
export const NOT_ACHIEVED_LABEL = 'Không đạt';

/** Actual progress ÷ expected progress: at or above 0.95 on track, at or above 0.6 at risk, else off track (Open SDG). */
export const ON_TRACK_RATIO = 0.95;
export const AT_RISK_RATIO = 0.6;

/** linear: equal steps from baseline to target; compound: equal growth rates; rate: a growth rate compared as a rate. */
export type Trajectory = 'linear' | 'compound' | 'rate';

export interface TargetForecast {
  /** Per year: a growth rate in % (compound, average_growth) or a step in the target's unit (linear). */
  requiredRate: number | null;
  remainingYears: number | null;
  method: 'linear' | 'compound' | 'average_growth' | null;
  note: string;
}

export interface TargetAssessment {
  status: TargetStatusKind;
  labelVi: string;
  /** The figure the status rests on (for cumulative targets, the last piece of the running sum). */
  latest: Observation | null;
  /** The value compared: the figure, the running sum (cumulative) or the average rate (growth over years). */
  actual: number | null;
  /** Where the path says the value should be at the latest figure's period (the target rate for growth). */
  expected: number | null;
  ratio: number | null;
  /** The period is over and its final figure is in: the status is a verdict, not a projection. */
  final: boolean;
  trajectory: Trajectory;
  forecast: TargetForecast;
}

export interface TargetStatusOptions {
  /** Overrides the path of a level or share target (see trajectoryOf). */
  trajectory?: 'linear' | 'compound';
  /**
   * Whose figures: by default those for the whole territory (unitId null) or reported by the
   * target's owner unit; a unit id selects that unit's own series (a ward, an old province).
   */
  unitId?: string;
}

const EPS = 1e-9;

interface Figure {
  obs: Observation;
  period: Period;
}

/**
 * Money levels (GRDP, GRDP per head, revenue, exports, investment) grow by a rate each year, so
 * their path is compound; everything else, including shares and counts, moves in equal steps.
 */
export function trajectoryOf(target: Target): Trajectory {
  if (target.measure === 'growth') return 'rate';
  if (target.measure === 'level' && target.direction === 'higher' && /VND|USD|đồng/iu.test(target.unit)) return 'compound';
  return 'linear';
}

/** The value that counts as reached: a range is reached at its less demanding end (the lower end when higher is better). */
export function targetThreshold(target: Target): number {
  if (target.max === null) return target.value;
  return target.direction === 'higher' ? Math.min(target.value, target.max) : Math.max(target.value, target.max);
}

/** Whether a value meets the target by its comparator; `=` means "reach", read by direction. */
export function meetsTarget(target: Target, value: number): boolean {
  const t = targetThreshold(target);
  const eps = EPS * Math.max(1, Math.abs(t));
  switch (target.comparator) {
    case '>=': return value >= t - eps;
    case '>': return value > t + eps;
    case '<=': return value <= t + eps;
    case '<': return value < t - eps;
    case '=': return target.direction === 'higher' ? value >= t - eps : value <= t + eps;
  }
}

/**
 * The figures that count as of `asOf`: the indicator's, for the units in scope, with a valid period
 * ended on or before `asOf`, one per period (official over preliminary over estimate; the one
 * entered last on a tie, never the larger id). Figures of other units (a ward, a province before the merger) are another series.
 */
export function usableFigures(
  observations: readonly Observation[],
  indicator: string,
  asOf: string,
  inScope: (unitId: string | null) => boolean = (u) => u === null,
): Figure[] {
  const best = new Map<string, Figure>();
  for (const obs of observations) {
    if (obs.indicator !== indicator || !Number.isFinite(obs.value) || !inScope(obs.unitId)) continue;
    const period = parsePeriod(obs.period);
    if (!period || period.end > asOf) continue;
    const held = best.get(period.code);
    if (!held || replaces(obs, held.obs)) best.set(period.code, { obs, period });
  }
  return [...best.values()];
}

/** The latest period wins; at the same end the longer period (the year over its Q4). */
function latestOf(figures: readonly Figure[]): Figure | null {
  let out: Figure | null = null;
  for (const f of figures) {
    if (!out || f.period.end > out.period.end || (f.period.end === out.period.end && f.period.start < out.period.start)) out = f;
  }
  return out;
}

const gain = (target: Target, x: number): number => (target.direction === 'higher' ? x : -x);

/** Progress measured from zero, for a target without a usable baseline (or one it already passed). */
function directRatio(target: Target, actual: number, goal: number): number | null {
  if (target.direction === 'higher') return goal > 0 ? actual / goal : null;
  if (goal < 0) return actual / goal; // a decline, deeper is better
  return goal > 0 && actual > 0 ? goal / actual : null;
}

function classify(ratio: number | null, final: boolean): TargetStatusKind {
  if (final) return 'off_track';
  if (ratio === null) return 'at_risk';
  if (ratio >= ON_TRACK_RATIO - EPS) return 'on_track';
  if (ratio >= AT_RISK_RATIO - EPS) return 'at_risk';
  return 'off_track';
}

function result(status: TargetStatusKind, final: boolean, rest: Omit<TargetAssessment, 'status' | 'labelVi' | 'final'>): TargetAssessment {
  const labelVi = final && status === 'off_track' ? NOT_ACHIEVED_LABEL : TARGET_STATUS_LABELS[status];
  return { status, labelVi, final, ...rest };
}

function noData(trajectory: Trajectory, note: string): TargetAssessment {
  return result('no_data', false, {
    latest: null, actual: null, expected: null, ratio: null, trajectory,
    forecast: { requiredRate: null, remainingYears: null, method: null, note },
  });
}

/** Status of `target` as of the day `asOf`, from the figures of its indicator. */
export function targetStatus(
  target: Target,
  observations: readonly Observation[],
  asOf: string,
  options: TargetStatusOptions = {},
): TargetAssessment {
  const tp = parsePeriod(target.period);
  const trajectory = target.measure === 'growth' ? 'rate' : target.measure === 'cumulative' ? 'linear' : (options.trajectory ?? trajectoryOf(target));
  if (!tp) return noData(trajectory, 'Kỳ của chỉ tiêu không hợp lệ');
  const scope = options.unitId;
  const figures = usableFigures(observations, target.indicator, asOf, (u) =>
    scope !== undefined ? u === scope : u === null || u === target.ownerUnitId);
  if (trajectory === 'rate') return assessRate(target, tp, figures);
  if (target.measure === 'cumulative') return assessCumulative(target, tp, figures);
  return assessLevel(target, tp, figures, trajectory);
}

function ended(target: Target, actual: number, goal: number): TargetForecast {
  return {
    requiredRate: null, remainingYears: 0, method: null,
    note: `Hết kỳ: thực hiện ${formatValue(actual, target.unit)}, chỉ tiêu ${formatValue(goal, target.unit)}`,
  };
}

const reachedNote = (remaining: number): TargetForecast => ({
  requiredRate: null, remainingYears: remaining, method: null,
  note: remaining > 0 ? 'Đã đạt chỉ tiêu; cần giữ vững đến hết kỳ' : 'Đã đạt chỉ tiêu',
});

/** The yearly step still needed, for linear paths and running sums. */
function stepForecast(target: Target, actual: number, goal: number, remaining: number, verb: 'tăng' | 'giảm' | 'thực hiện thêm'): TargetForecast {
  const step = (goal - actual) / remaining;
  // In words and scale, as the goal is: "4 tỷ USD/năm", "2.500 tỷ đồng/năm" (a code such as VND is no word).
  const amount = target.unit === '%' ? `${formatNumber(Math.abs(step))} điểm %` : formatValue(Math.abs(step), target.unit);
  return {
    requiredRate: step, remainingYears: remaining, method: 'linear',
    note: `Cần ${verb} bình quân ${amount}/năm trong ${formatNumber(remaining, 1)} năm còn lại để đạt ${formatValue(goal, target.unit)}`,
  };
}

// Levels and shares: a path from the baseline (at the end of its period) to the target (at the end
// of the target period); the latest figure is set against the path at the end of its own period.
function assessLevel(target: Target, tp: Period, figures: Figure[], trajectory: 'linear' | 'compound'): TargetAssessment {
  let base = target.baselineValue;
  let pathStart = tp.start;
  if (base !== null) {
    const bp = target.baselinePeriod ? parsePeriod(target.baselinePeriod) : null;
    if (bp && bp.end < tp.end) pathStart = addDays(bp.end, 1);
  } else {
    // No baseline typed in: the last figure before the period stands in for it.
    const before = latestOf(figures.filter((f) => f.period.end < tp.start));
    if (before) {
      base = before.obs.value;
      pathStart = addDays(before.period.end, 1);
    }
  }
  // A figure whose period began before the path (a 2020/2025 total for a 2025/2030 target) is not on it.
  const last = latestOf(figures.filter((f) => f.period.start >= pathStart && f.period.end <= tp.end));
  if (!last) return noData(trajectory, `Chưa có số liệu cho ${periodLabelVi(tp)}`);
  const actual = last.obs.value;
  const goal = targetThreshold(target);
  const path = periodBetween(pathStart, tp.end) ?? tp;
  const f = periodFraction(path, last.period);
  let expected = goal;
  let ratio = directRatio(target, actual, goal);
  if (base !== null) {
    expected = trajectory === 'compound' && base > 0 && goal > 0 ? base * (goal / base) ** f : base + (goal - base) * f;
    const denom = gain(target, expected) - gain(target, base);
    // A target at or behind its baseline has no path to follow: measure it from zero instead.
    if (denom > EPS * Math.max(1, Math.abs(base))) ratio = (gain(target, actual) - gain(target, base)) / denom;
  }
  const final = last.period.end === tp.end;
  const met = meetsTarget(target, actual);
  const remaining = Math.max(0, yearsBetween(last.period, tp));
  let forecast: TargetForecast;
  if (met) forecast = reachedNote(remaining);
  else if (remaining <= 0) forecast = ended(target, actual, goal);
  else if (trajectory === 'compound' && actual > 0 && goal > 0) {
    const rate = ((goal / actual) ** (1 / remaining) - 1) * 100;
    forecast = {
      requiredRate: rate, remainingYears: remaining, method: 'compound',
      note: `Cần tăng bình quân ${formatNumber(rate)}%/năm trong ${formatNumber(remaining, 1)} năm còn lại để đạt ${formatValue(goal, target.unit)}`,
    };
  } else forecast = stepForecast(target, actual, goal, remaining, goal >= actual ? 'tăng' : 'giảm');
  const status = met ? 'achieved' : classify(ratio, final);
  return result(status, final, { latest: last.obs, actual, expected, ratio, trajectory, forecast });
}

/**
 * The longest run of figures laid end to end from `start` (2026, then 2027-H1…): a running sum
 * must not count a month twice nor skip one.
 */
function chainFrom(start: string, figures: Figure[]): Figure[] {
  const byStart = new Map<string, Figure[]>();
  for (const f of figures) byStart.set(f.period.start, [...(byStart.get(f.period.start) ?? []), f]);
  const memo = new Map<string, Figure[]>();
  const best = (cursor: string): Figure[] => {
    const hit = memo.get(cursor);
    if (hit) return hit;
    let out: Figure[] = [];
    for (const f of byStart.get(cursor) ?? []) {
      const chain = [f, ...best(addDays(f.period.end, 1))];
      const end = chain.at(-1)!.period.end;
      const outEnd = out.at(-1)?.period.end ?? '';
      if (end > outEnd || (end === outEnd && chain.length < out.length)) out = chain;
    }
    memo.set(cursor, out);
    return out;
  };
  return best(start);
}

// Cumulative counts: the figures inside the period summed from its first day; the path runs
// linearly from 0 at the start to the target at the end.
function assessCumulative(target: Target, tp: Period, figures: Figure[]): TargetAssessment {
  const chain = chainFrom(tp.start, figures.filter((f) => periodContains(tp, f.period)));
  const last = chain.at(-1);
  if (!last) return noData('linear', `Chưa có số liệu lũy kế từ đầu ${periodLabelVi(tp)}`);
  const actual = chain.reduce((sum, f) => sum + f.obs.value, 0);
  const goal = targetThreshold(target);
  const expected = goal * periodFraction(tp, last.period);
  const final = last.period.end === tp.end;
  const met = meetsTarget(target, actual);
  let ratio: number | null;
  if (target.direction === 'higher') ratio = expected > 0 ? actual / expected : null;
  else ratio = actual > 0 ? expected / actual : null;
  // A ceiling (lower is better) is only reached when the period is over: it can still be overshot.
  const achieved = met && (target.direction === 'higher' || final);
  let status: TargetStatusKind;
  if (achieved) status = 'achieved';
  else if (target.direction === 'lower' && !final && actual <= expected) status = 'on_track';
  else status = classify(ratio, final);
  const remaining = Math.max(0, yearsBetween(last.period, tp));
  let forecast: TargetForecast;
  if (achieved) forecast = reachedNote(0);
  else if (remaining <= 0) forecast = ended(target, actual, goal);
  else if (target.direction === 'lower') {
    // A ceiling: what is left of it, per year, is the most the remaining years may add.
    const allowance = (goal - actual) / remaining;
    forecast = {
      requiredRate: allowance, remainingYears: remaining, method: 'linear',
      note: allowance > 0
        ? `Còn được tối đa bình quân ${formatValue(allowance, target.unit)}/năm trong ${formatNumber(remaining, 1)} năm còn lại`
        : `Đã vượt mức tối đa ${formatValue(goal, target.unit)} của cả kỳ`,
    };
  } else forecast = stepForecast(target, actual, goal, remaining, 'thực hiện thêm');
  return result(status, final, { latest: last.obs, actual, expected, ratio, trajectory: 'linear', forecast });
}

const yearOf = (date: string): number => Number(date.slice(0, 4));

// Growth rates: the observed rate against the target rate. Over several years the target is an
// average, so the years' rates are averaged geometrically (how "bình quân x%/năm" is computed).
function assessRate(target: Target, tp: Period, figures: Figure[]): TargetAssessment {
  const inside = figures.filter((f) => periodContains(tp, f.period));
  const last = latestOf(inside);
  if (!last) return noData('rate', `Chưa có số liệu ${periodLabelVi(tp)}`);
  const goal = targetThreshold(target);
  const cmp = target.direction === 'higher' ? 'từ' : 'không quá';
  let actual = last.obs.value;
  let final = last.period.start === tp.start && last.period.end === tp.end;
  let forecast: TargetForecast;
  if (tp.kind === 'years') {
    // Each year's rate: its full-year figure, else a multi-year average covering it, else the latest
    // to-date figure inside it (the best estimate of the year).
    const perYear = new Map<number, { rate: number; full: boolean; rank: number; end: string }>();
    for (const f of inside) {
      const y1 = yearOf(f.period.start);
      const y2 = yearOf(f.period.end);
      const wholeYears = f.period.kind === 'year' || f.period.kind === 'years';
      const rank = f.period.kind === 'year' ? 2 : wholeYears ? 1 : 0;
      if (!wholeYears && y1 !== y2) continue;
      for (let y = y1; y <= y2; y++) {
        const held = perYear.get(y);
        if (!held || rank > held.rank || (rank === held.rank && f.period.end > held.end)) {
          perYear.set(y, { rate: f.obs.value, full: wholeYears, rank, end: f.period.end });
        }
      }
    }
    const rates = [...perYear.values()];
    const growth = (list: typeof rates): number => list.reduce((p, r) => p * (1 + r.rate / 100), 1);
    actual = (growth(rates) ** (1 / Math.max(1, rates.length)) - 1) * 100;
    const n = Math.round(periodYears(tp));
    const full = rates.filter((r) => r.full);
    final = full.length >= n;
    const left = n - full.length;
    if (left > 0) {
      const required = (((1 + goal / 100) ** n / growth(full)) ** (1 / left) - 1) * 100;
      forecast = {
        requiredRate: required, remainingYears: left, method: 'average_growth',
        note: `Cần tăng bình quân ${formatNumber(required)}%/năm trong ${left} năm còn lại để đạt bình quân ${formatNumber(goal)}%/năm ${periodLabelVi(tp)}`,
      };
    } else forecast = { requiredRate: null, remainingYears: 0, method: null, note: `Hết kỳ: bình quân ${formatNumber(actual)}%/năm` };
  } else {
    const remaining = Math.max(0, yearsBetween(last.period, tp));
    forecast = final
      ? { requiredRate: null, remainingYears: 0, method: null, note: `Hết kỳ: tăng ${formatNumber(actual)}%, chỉ tiêu ${cmp} ${formatNumber(goal)}%` }
      : { requiredRate: null, remainingYears: remaining, method: null, note: `Cần giữ tốc độ tăng ${cmp} ${formatNumber(goal)}% đến hết ${periodLabelVi(tp)}` };
  }
  const met = meetsTarget(target, actual);
  const ratio = directRatio(target, actual, goal);
  // A rate so far is not the period's rate: only a final figure makes it achieved.
  const status: TargetStatusKind = met ? (final ? 'achieved' : 'on_track') : classify(ratio, final);
  return result(status, final, { latest: last.obs, actual, expected: goal, ratio, trajectory: 'rate', forecast });
}
