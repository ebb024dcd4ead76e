// A grassroots congress season's progress as of a day: held, behind plan, remaining by month, forecast. Pure.
import { addDays, daysBetween, maxDate } from '../calendar.ts';
import { percentOf } from './percent.ts';

export interface ScheduledOrg { code: string; name: string; parent: string; plannedOn: string; heldOn: string | null; model: boolean }

export interface SeasonProgress {
  season: string;
  asOf: string;
  deadline: string;
  latest: string;
  total: number;
  held: number;
  heldPercent: number;
  remaining: number;
  behindPlan: number;
  remainingByMonth: { month: string; count: number }[];
  forecastDone: string | null;
  modelCongresses: { total: number; held: number };
  byParent: { unit: string; total: number; held: number; heldPercent: number; behindPlan: number }[];
}

// "Đảng bộ xã 2" before "Đảng bộ xã 10", and Vietnamese letters in their own order.
const collator = new Intl.Collator('vi', { numeric: true });

/** Held as of the day: a congress held after `asOf` had not been held then. */
export const heldBy = (o: Pick<ScheduledOrg, 'heldOn'>, asOf: string) => o.heldOn !== null && o.heldOn <= asOf;
/** Planned on or before the day and not held by then. */
export const behind = (o: Pick<ScheduledOrg, 'heldOn' | 'plannedOn'>, asOf: string) => !heldBy(o, asOf) && o.plannedOn <= asOf;

/**
 * The day the last one should be done: the later of (a) the last planned day among those not yet
 * held, and (b) the day the pace so far finishes them, where the pace is the congresses held per day
 * from the season's first day (the earliest planned or held day) to `asOf`, both counted:
 * asOf + ceil(remaining × elapsed days / held). A season running behind its plan is forecast late;
 * one ahead of it still waits for its planned days. Nothing held yet: no pace, the plan alone.
 * Nothing remaining: the day the last one was held. Nothing scheduled: null.
 */
export function forecastDone(orgs: readonly ScheduledOrg[], asOf: string): string | null {
  if (orgs.length === 0) return null;
  const done = orgs.filter((o) => heldBy(o, asOf));
  const open = orgs.filter((o) => !heldBy(o, asOf));
  if (open.length === 0) return done.map((o) => o.heldOn!).reduce(maxDate);
  // An overdue one cannot be held before tomorrow, so its planned day counts as asOf at the earliest.
  const lastPlanned = open.map((o) => maxDate(o.plannedOn, asOf)).reduce(maxDate);
  if (done.length === 0) return lastPlanned;
  const first = [...orgs.map((o) => o.plannedOn), ...done.map((o) => o.heldOn!)].reduce((a, b) => (a < b ? a : b));
  const elapsed = daysBetween(first, asOf) + 1;
  // Integer ceiling: no floating point between the counts and the day.
  const days = Math.floor((open.length * elapsed + done.length - 1) / done.length);
  return maxDate(lastPlanned, addDays(asOf, days));
}

export function seasonProgress(season: { code: string; deadline: string; latest: string }, orgs: readonly ScheduledOrg[], asOf: string): SeasonProgress {
  const held = orgs.filter((o) => heldBy(o, asOf)).length;
  // What is still to be held, by the month it should happen: its planned month, or the month of
  // `asOf` for one already overdue (it can only happen from now on). The months add up to `remaining`.
  const byMonth = new Map<string, number>();
  for (const o of orgs) {
    if (heldBy(o, asOf)) continue;
    const month = maxDate(o.plannedOn, asOf).slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
  const parents = new Map<string, ScheduledOrg[]>();
  for (const o of orgs) parents.set(o.parent, [...(parents.get(o.parent) ?? []), o]);
  const models = orgs.filter((o) => o.model);
  return {
    season: season.code,
    asOf,
    deadline: season.deadline,
    latest: season.latest,
    total: orgs.length,
    held,
    heldPercent: percentOf(held, orgs.length),
    remaining: orgs.length - held,
    behindPlan: orgs.filter((o) => behind(o, asOf)).length,
    remainingByMonth: [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, count]) => ({ month, count })),
    forecastDone: forecastDone(orgs, asOf),
    modelCongresses: { total: models.length, held: models.filter((o) => heldBy(o, asOf)).length },
    byParent: [...parents]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([unit, os]) => {
        const h = os.filter((o) => heldBy(o, asOf)).length;
        return { unit, total: os.length, held: h, heldPercent: percentOf(h, os.length), behindPlan: os.filter((o) => behind(o, asOf)).length };
      }),
  };
}
