import { describe, expect, it } from 'vitest';
import { openDeadlineRange } from './status-deadlines.ts';
import { statusFromState, type TaskStatus } from './task-status.ts';
import { addDays } from './calendar.ts';

const AS_OF = '2026-03-01';

describe('openDeadlineRange', () => {
  it.each<[TaskStatus[], ReturnType<typeof openDeadlineRange>]>([
    [['in_progress_overdue'], { from: null, to: '2026-02-28' }],
    [['due_soon'], { from: '2026-03-01', to: '2026-03-08' }],
    [['due_soon', 'in_progress_overdue'], { from: null, to: '2026-03-08' }],
    [['in_progress_overdue', 'due_soon'], { from: null, to: '2026-03-08' }],
    [['due_soon', 'in_progress'], null],
    [['done_late'], null],
    [['paused'], null],
    [[], null],
  ])('%j on 1/3/2026, 7 days: %j', (statuses, expected) => {
    expect(openDeadlineRange(statuses, AS_OF, 7)).toEqual(expected);
  });

  // The range is exactly the domain's rule: every open task of the statuses falls in it, and every
  // open task in it has one of them.
  it('agrees with statusFromState on every deadline around the day', () => {
    for (const statuses of [['in_progress_overdue'], ['due_soon'], ['due_soon', 'in_progress_overdue']] as TaskStatus[][]) {
      const r = openDeadlineRange(statuses, AS_OF, 7)!;
      for (let d = -40; d <= 40; d++) {
        const deadline = addDays(AS_OF, d);
        const status = statusFromState({ completedOn: null, deadline, paused: false, progress: 0 } as Parameters<typeof statusFromState>[0], AS_OF, { dueSoonDays: 7 });
        const inRange = (r.from === null || deadline >= r.from) && deadline <= r.to;
        expect([deadline, inRange]).toEqual([deadline, statuses.includes(status)]);
      }
    }
  });
});
