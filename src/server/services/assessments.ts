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
import { presentTarget } from '../presenters/target.ts';

export type AssessedTarget = ReturnType<typeof presentTarget>;

interface Figures {
  version: string;
  targets: Target[];
  byIndicator: ReadonlyMap<string, Observation[]>;
  /** The version these were brought up from, and the indicators that changed since it (null: read anew). */
  from: string | null;
  changed: ReadonlySet<string> | null;
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
    next = { version, targets: kept.targets, byIndicator, from: kept.version, changed };
  } else {
    const targets = await listTargets(db);
    const byIndicator = await observationsByIndicator(db, [...new Set(targets.map((t) => t.indicator))]);
    next = { version, targets, byIndicator, from: null, changed: null };
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
  // When only figures were written since this day's assessment (the usual case), only their
  // indicators' targets are assessed again: the others' statuses rest on nothing that changed.
  const changed = hit && f.changed && f.from === hit.version ? f.changed : null;
  const items = changed && hit ? f.targets.map((t, i) => (changed.has(t.indicator) ? assess(t) : hit.items[i]!)) : f.targets.map(assess);
  if (cache.size >= MAX_DAYS_KEPT && !cache.has(asOf)) cache.delete(cache.keys().next().value!);
  cache.set(asOf, { version, items });
  return items;
}
