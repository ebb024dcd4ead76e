// Every target's status as of a day, for readers who see every figure; kept while the data that
// decides it is unchanged, because recomputing 300 targets from 12,000 figures is most of a summary.
import type { Db } from '../../db/connection.ts';
import { listTargets, observationsByIndicator, targetDataVersion } from '../../db/targets.ts';
import { targetStatus } from '../../domain/target-status.ts';
import { presentTarget } from '../presenters/target.ts';

export type AssessedTarget = ReturnType<typeof presentTarget>;

// One per database: versions are audit numbers, which two databases in one process (tests) share.
const caches = new WeakMap<Db, Map<string, { version: string; items: AssessedTarget[] }>>();
const MAX_DAYS_KEPT = 8;

export async function assessAllTargets(db: Db, asOf: string): Promise<AssessedTarget[]> {
  const version = await targetDataVersion(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(asOf);
  if (hit && hit.version === version) return hit.items;
  const targets = await listTargets(db);
  const byIndicator = await observationsByIndicator(db, [...new Set(targets.map((t) => t.indicator))]);
  const items = targets.map((t) => presentTarget(t, targetStatus(t, byIndicator.get(t.indicator) ?? [], asOf)));
  if (cache.size >= MAX_DAYS_KEPT && !cache.has(asOf)) cache.delete(cache.keys().next().value!);
  cache.set(asOf, { version, items });
  return items;
}
