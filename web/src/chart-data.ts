// The lines of a target's chart: its figures over time, the path from the baseline to the target
// (straight or compound, as the domain's trajectoryOf decides), and the path still needed from the
// latest figure. Pure, so it is tested and typed apart from ECharts.
import { parsePeriod, type Period } from '../../src/domain/period.ts';
import { targetThreshold, trajectoryOf } from '../../src/domain/target-status.ts';
import type { ObservationItem, TargetDetail } from '../../src/contract/index.ts';

export type Point = [number, number];

export interface ChartData {
  figures: Point[];
  /** Figures of other scopes (a ward, a province before the merger), by unit id. */
  others: Array<{ unitId: string; points: Point[] }>;
  trajectory: Point[];
  needed: Point[];
  goal: Point | null;
}

/** Midnight UTC of the day after `date`: a figure for a period is placed where the period ends. */
const at = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + 1);

interface Fig {
  obs: ObservationItem;
  period: Period;
}

export function chartData(t: TargetDetail): ChartData {
  const tp = parsePeriod(t.period);
  const goalValue = targetThreshold(t);
  const figs: Fig[] = t.observations
    .map((obs) => ({ obs, period: parsePeriod(obs.period) }))
    .filter((f): f is Fig => f.period !== null)
    .sort((a, b) => a.period.end.localeCompare(b.period.end) || b.period.start.localeCompare(a.period.start));
  const mine = (u: string | null) => u === null || u === t.ownerUnitId;
  const main = figs.filter((f) => mine(f.obs.unitId));
  const others = new Map<string, Point[]>();
  for (const f of figs) {
    if (mine(f.obs.unitId)) continue;
    const id = f.obs.unitId!;
    others.set(id, [...(others.get(id) ?? []), [at(f.period.end), f.obs.value]]);
  }
  const out: ChartData = {
    figures: [],
    others: [...others].map(([unitId, points]) => ({ unitId, points })),
    trajectory: [],
    needed: [],
    goal: tp ? [at(tp.end), goalValue] : null,
  };
  if (!tp) {
    out.figures = main.map((f) => [at(f.period.end), f.obs.value]);
    return out;
  }
  const startMs = Date.UTC(+tp.start.slice(0, 4), +tp.start.slice(5, 7) - 1, +tp.start.slice(8, 10));
  if (t.measure === 'cumulative') {
    // A running sum of figures laid end to end inside the period; the path runs from 0.
    let sum = 0;
    let lastEnd = '';
    out.figures = [[startMs, 0]];
    for (const f of main) {
      if (f.period.start < tp.start || f.period.end > tp.end || f.period.start <= lastEnd) continue;
      sum += f.obs.value;
      lastEnd = f.period.end;
      out.figures.push([at(f.period.end), sum]);
    }
    if (out.figures.length === 1) out.figures = [];
    out.trajectory = [[startMs, 0], [at(tp.end), goalValue]];
  } else if (t.measure === 'growth') {
    out.figures = main.map((f) => [at(f.period.end), f.obs.value]);
    out.trajectory = [[startMs, goalValue], [at(tp.end), goalValue]];
  } else {
    out.figures = main.map((f) => [at(f.period.end), f.obs.value]);
    let base: Point | null = null;
    if (t.baselineValue !== null) {
      const bp = t.baselinePeriod ? parsePeriod(t.baselinePeriod) : null;
      base = [bp && bp.end < tp.end ? at(bp.end) : startMs, t.baselineValue];
    } else {
      const before = main.filter((f) => f.period.end < tp.start).at(-1);
      if (before) base = [at(before.period.end), before.obs.value];
    }
    if (base) {
      const end: Point = [at(tp.end), goalValue];
      if (trajectoryOf(t) === 'compound' && base[1] > 0 && goalValue > 0) {
        const steps = 24;
        for (let i = 0; i <= steps; i++) {
          const f = i / steps;
          out.trajectory.push([base[0] + (end[0] - base[0]) * f, base[1] * (goalValue / base[1]) ** f]);
        }
      } else out.trajectory = [base, end];
    }
  }
  const last = out.figures.at(-1);
  if (last && t.status !== 'achieved' && out.goal && last[0] < out.goal[0] && t.measure !== 'growth') out.needed = [last, out.goal];
  return out;
}
