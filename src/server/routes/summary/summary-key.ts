// What names a kept summary: the day, the unit filter, the reader's scope and the due-soon window.
// One function for the route that computes it and the front that answers it before the framework
// (server/front.ts), so both always mean the same answer.
import { AsOf, Id } from '../../validation.ts';
import { readsEverything, remindReach } from '../../../domain/policy.ts';
import type { Principal } from '../../../domain/user.ts';

export const SummaryQuery = AsOf.extend({ unitId: Id.optional() });

export function summaryKey(p: Principal, q: { asOf: string; unitId?: string | undefined }, dueSoonDays: number): string {
  // Those who read everything share one answer (one per reach of their reminders: the ticks);
  // anyone else's rests on their own rights.
  const scope = readsEverything(p) ? `all|remind:${remindReach(p)}` : `user:${p.id}`;
  return `summary|${q.asOf}|${q.unitId ?? ''}|${scope}|${dueSoonDays}`;
}
