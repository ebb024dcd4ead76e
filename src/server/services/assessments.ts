// Every target's status as of a day, for readers who see every figure; kept while the data that
// decides it is unchanged, because recomputing 300 targets from 12,000 figures is most of a summary.
import type { Db } from '../../db/connection.ts';
import { indicatorsChangedBetween, listTargets, observationsByIndicator, targetDataVersion } from '../../db/targets.ts';
import type { Target } from '../../domain/target.ts';
import { targetStatus } from '../../domain/target-status.ts';
import { presentTarget } from '../presenters/target.ts';

export type AssessedTarget = ReturnType<typeof presentTarget>;

// One per database: versions are audit numbers, which two databases in one process (tests) share.
const caches = new WeakMap<Db, Map<string, { version: string; targets: Target[]; items: AssessedTarget[] }>>();
const MAX_DAYS_KEPT = 8;

export async function assessAllTargets(db: Db, asOf: string): Promise<AssessedTarget[]> {
  const version = await targetDataVersion(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(asOf);
  if (hit && hit.version === version) return hit.items;
  // When only figures were written since (the usual case), only their indicators' targets are
  // assessed again: the others' statuses rest on nothing that changed.
  const changed = hit ? await indicatorsChangedBetween(db, hit.version, version) : null;
  let targets: Target[];
  let items: AssessedTarget[];
  if (hit && changed) {
    targets = hit.targets;
    const indicators = [...new Set(targets.filter((t) => changed.has(t.indicator)).map((t) => t.indicator))];
    const byIndicator = indicators.length > 0 ? await observationsByIndicator(db, indicators) : new Map<string, never[]>();
    items = targets.map((t, i) => (changed.has(t.indicator) ? presentTarget(t, targetStatus(t, byIndicator.get(t.indicator) ?? [], asOf)) : hit.items[i]!));
  } else {
    targets = await listTargets(db);
    const byIndicator = await observationsByIndicator(db, [...new Set(targets.map((t) => t.indicator))]);
    items = targets.map((t) => presentTarget(t, targetStatus(t, byIndicator.get(t.indicator) ?? [], asOf)));
  }
  if (cache.size >= MAX_DAYS_KEPT && !cache.has(asOf)) cache.delete(cache.keys().next().value!);
  cache.set(asOf, { version, targets, items });
  return items;
}
