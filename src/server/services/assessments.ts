// Every target's status as of a day, for readers who see every figure; kept while the data that
// decides it is unchanged, because recomputing 300 targets from 12,000 figures is most of a summary.
// The figures themselves are kept too, for every day: a new day assesses again from memory (at
// scale 10, reading 120,000 figures was half a second of a miss), and after figures are written
// only their indicators are read again.
import type { Db } from '../../db/connection.ts';
import { indicatorsChangedBetween, listTargets, observationsByIndicator, targetDataVersion } from '../../db/targets.ts';
import type { Target } from '../../domain/target.ts';
import type { Observation } from '../../domain/observation.ts';
import { targetStatus } from '../../domain/target-status.ts';
import { parsePeriod } from '../../domain/period.ts';
import { presentTarget } from '../presenters/target.ts';

export type AssessedTarget = ReturnType<typeof presentTarget>;

interface Figures {
  version: string;
  targets: Target[];
  byIndicator: ReadonlyMap<string, Observation[]>;
  /** The version these were brought up from, and the indicators that changed since it (null: read anew). */
  from: string | null;
  changed: ReadonlySet<string> | null;
  /** Each indicator's distinct period ends, in order: a target's status moves with the day only on those days. */
  ends: ReadonlyMap<string, readonly string[]>;
}

function periodEnds(list: readonly Observation[]): string[] {
  const ends = new Set<string>();
  for (const o of list) {
    const p = parsePeriod(o.period);
    if (p) ends.add(p.end);
  }
  return [...ends].sort();
}

/** Whether some end lies in (lo, hi]: the figures usable on one day and the other differ only then. */
function endsBetween(ends: readonly string[] | undefined, a: string, b: string): boolean {
  if (!ends || a === b) return false;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  let i = 0;
  let j = ends.length;
  while (i < j) {
    const m = (i + j) >> 1;
    if (ends[m]! <= lo) i = m + 1;
    else j = m;
  }
  return i < ends.length && ends[i]! <= hi;
}

// One per database: versions are audit numbers, which two databases in one process (tests) share.
const caches = new WeakMap<Db, Map<string, { version: string; items: AssessedTarget[] }>>();
const figures = new WeakMap<Db, Figures>();
const MAX_DAYS_KEPT = 8;

/** The targets and every figure of their indicators at `version`: kept, brought up to date, or read. */
async function figuresAt(db: Db, version: string): Promise<Figures> {
  const kept = figures.get(db);
  if (kept && kept.version === version) return kept;
  const changed = kept ? await indicatorsChangedBetween(db, kept.version, version) : null;
  let next: Figures;
  if (kept && changed) {
    const indicators = [...new Set(kept.targets.filter((t) => changed.has(t.indicator)).map((t) => t.indicator))];
    const fresh = indicators.length > 0 ? await observationsByIndicator(db, indicators) : new Map<string, Observation[]>();
    const byIndicator = new Map(kept.byIndicator);
    for (const i of indicators) {
      const list = fresh.get(i);
      if (list) byIndicator.set(i, list);
      else byIndicator.delete(i);
    }
    const ends = new Map(kept.ends);
    for (const i of indicators) ends.set(i, periodEnds(byIndicator.get(i) ?? []));
    next = { version, targets: kept.targets, byIndicator, from: kept.version, changed, ends };
  } else {
    const targets = await listTargets(db);
    const byIndicator = await observationsByIndicator(db, [...new Set(targets.map((t) => t.indicator))]);
    const ends = new Map([...byIndicator].map(([i, list]) => [i, periodEnds(list)]));
    next = { version, targets, byIndicator, from: null, changed: null, ends };
  }
  // Two computations at once may both read; the newer version stays.
  const now = figures.get(db);
  if (!now || BigInt(now.version) <= BigInt(version)) figures.set(db, next);
  return next;
}

export async function assessAllTargets(db: Db, asOf: string): Promise<AssessedTarget[]> {
  const version = await targetDataVersion(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(asOf);
  if (hit && hit.version === version) return hit.items;
  const f = await figuresAt(db, version);
  const assess = (t: Target) => presentTarget(t, targetStatus(t, f.byIndicator.get(t.indicator) ?? [], asOf));
  // A target's status rests on its indicator's figures whose period ended by the day, and on nothing
  // else of the day. So an assessment kept for another day serves every target whose figures did not
  // change since (only figures were written: the usual case) and none of whose figures' periods ends
  // between that day and this one: at national size a new day assesses a few targets, not 9.000.
  const base = nearestBase(cache, asOf, version, f);
  const items = base
    ? f.targets.map((t, i) => (base.changed?.has(t.indicator) || endsBetween(f.ends.get(t.indicator), base.day, asOf) ? assess(t) : base.items[i]!))
    : f.targets.map(assess);
  if (cache.size >= MAX_DAYS_KEPT && !cache.has(asOf)) cache.delete(cache.keys().next().value!);
  cache.set(asOf, { version, items });
  return items;
}

/**
 * The kept assessment this day can start from: one of the current version, or of the version the
 * figures were brought up from (then its changed indicators are assessed again); the nearest day.
 */
function nearestBase(cache: ReadonlyMap<string, { version: string; items: AssessedTarget[] }>, asOf: string, version: string, f: Figures) {
  let best: { day: string; items: AssessedTarget[]; changed: ReadonlySet<string> | null; distance: number } | null = null;
  const at = Date.parse(asOf);
  for (const [day, kept] of cache) {
    const changed = kept.version === version ? null : f.changed && f.from === kept.version ? f.changed : undefined;
    if (changed === undefined) continue;
    const distance = Math.abs(Date.parse(day) - at);
    if (!best || distance < best.distance) best = { day, items: kept.items, changed, distance };
  }
  return best;
}

