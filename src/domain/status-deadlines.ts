// Which deadlines the late statuses allow on a day: "overdue" and "due soon" are open tasks whose
// deadline lies in a range, so a list of them can be read from an index on deadlines in that range
// instead of computing every task's status.
import { addDays } from './calendar.ts';
import type { TaskStatus } from './task-status.ts';

/** Open (not completed, not paused) tasks with a deadline from `from` to `to`, both included; null: unbounded. */
export interface OpenDeadlineRange {
  from: string | null;
  to: string;
}

/**
 * The range every task of these statuses has on `asOf`, as statusFromState decides them; null when a
 * status of the set is not one of an open task with a deadline in a bounded range (done, paused,
 * in progress), so no such range holds.
 */
export function openDeadlineRange(statuses: readonly TaskStatus[], asOf: string, dueSoonDays: number): OpenDeadlineRange | null {
  const ranges: OpenDeadlineRange[] = [];
  for (const s of statuses) {
    // Overdue from the day after the deadline; due soon up to dueSoonDays ahead, the day itself included.
    if (s === 'in_progress_overdue') ranges.push({ from: null, to: addDays(asOf, -1) });
    else if (s === 'due_soon') ranges.push({ from: asOf, to: addDays(asOf, dueSoonDays) });
    else return null;
  }
  if (ranges.length === 0) return null;
  // The two ranges touch (overdue ends the day before due soon begins): their union is one range.
  const from = ranges.some((r) => r.from === null) ? null : ranges.map((r) => r.from!).sort()[0]!;
  const to = ranges.map((r) => r.to).sort().at(-1)!;
  return { from, to };
}
