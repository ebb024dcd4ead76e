import { describe, expect, it } from 'vitest';
import type { Principal, Role } from './user.ts';
import { remindReach } from './policy.ts';
import { isRemindable, lastRemindedOn, mayRemindFromList, repeatRefusal, repeatedToday, type SentReminder } from './task-reminder.ts';
import type { TaskStatus } from './task-status.ts';

const TODAY = '2026-12-05';
const who = (roles: Role[], unitId: string | null, scope: string[] = unitId ? [unitId] : []): Principal => ({
  id: 'u', login: 'u', name: 'u', unitId, roles, mustChangePassword: false, disabled: false, scope: new Set(scope),
});

describe('which tasks a reader may tick to remind', () => {
  it.each<[string, Principal, string | null, TaskStatus, string, boolean]>([
    ['the secretariat, an overdue task, today', who(['secretariat'], null), 'A', 'in_progress_overdue', TODAY, true],
    ['the secretariat, a due-soon task, today', who(['secretariat'], null), 'A', 'due_soon', TODAY, true],
    ['the secretariat, as of yesterday', who(['secretariat'], null), 'A', 'in_progress_overdue', '2026-12-04', false],
    ['the secretariat, a task on time', who(['secretariat'], null), 'A', 'in_progress', TODAY, false],
    ['the secretariat, a task done late', who(['secretariat'], null), 'A', 'done_late', TODAY, false],
    ['the secretariat, a task with no lead unit', who(['secretariat'], null), null, 'in_progress_overdue', TODAY, false],
    ['a leader of A, a task of A', who(['leader'], 'A', ['A', 'A1']), 'A', 'in_progress_overdue', TODAY, true],
    ['a leader of A, a task of A1 under it', who(['leader'], 'A', ['A', 'A1']), 'A1', 'due_soon', TODAY, true],
    ['a leader of A, a task of B', who(['leader'], 'A', ['A', 'A1']), 'B', 'in_progress_overdue', TODAY, false],
    ['a leader of the city (no unit), a task of B', who(['leader'], null), 'B', 'in_progress_overdue', TODAY, true],
    ['an officer of A, a task of A', who(['officer'], 'A'), 'A', 'in_progress_overdue', TODAY, false],
    ['a viewer', who(['viewer'], 'A'), 'A', 'in_progress_overdue', TODAY, false],
  ])('%s: %s', (_, p, lead, status, asOf, expected) => {
    expect(mayRemindFromList(p, { leadUnitId: lead }, status, asOf, TODAY)).toBe(expected);
  });

  it.each<[TaskStatus, boolean]>([
    ['in_progress_overdue', true], ['due_soon', true], ['in_progress', false], ['done_on_time', false], ['done_late', false], ['paused', false],
  ])('%s is remindable: %s', (status, expected) => expect(isRemindable(status)).toBe(expected));
});

describe('the reach of a reader\'s reminders, as a key for a shared answer', () => {
  const readers: [string, Principal][] = [
    ['admin', who(['admin'], null)],
    ['secretariat', who(['secretariat'], null)],
    ['secretariat and leader of A', who(['secretariat', 'leader'], 'A', ['A', 'A1'])],
    ['leader of the city', who(['leader'], null)],
    ['leader of A', who(['leader'], 'A', ['A', 'A1'])],
    ['another leader of A', who(['leader'], 'A', ['A', 'A1'])],
    ['leader of B', who(['leader'], 'B')],
    ['officer of A', who(['officer'], 'A', ['A', 'A1'])],
    ['viewer', who(['viewer'], null)],
  ];
  it.each<[string, string]>([
    ['admin', 'all'], ['secretariat', 'all'], ['secretariat and leader of A', 'all'], ['leader of the city', 'all'],
    ['leader of A', 'unit:A'], ['leader of B', 'unit:B'], ['officer of A', 'none'], ['viewer', 'none'],
  ])('%s: %s', (name, key) => expect(remindReach(readers.find(([n]) => n === name)![1])).toBe(key));

  it('gives one key only to readers who get the same ticks on every task', () => {
    const ticks = (p: Principal) => [null, 'A', 'A1', 'B'].map((u) => mayRemindFromList(p, { leadUnitId: u }, 'in_progress_overdue', TODAY, TODAY));
    for (const [, a] of readers) for (const [, b] of readers) if (remindReach(a) === remindReach(b)) expect(ticks(a)).toEqual(ticks(b));
  });
});

describe('reminded today (a Vietnam day)', () => {
  const sent: SentReminder[] = [
    { taskId: 't1', sentOn: '2026-12-04', sentAt: '2026-12-04T03:00:00Z' },
    // 01:30 on 5/12 in Vietnam, still 4/12 in UTC: it counts for the Vietnam day it was sent on.
    { taskId: 't2', sentOn: TODAY, sentAt: '2026-12-04T18:30:00Z' },
    { taskId: 't3', sentOn: TODAY, sentAt: '2026-12-05T02:12:00Z' },
    { taskId: 't3', sentOn: TODAY, sentAt: '2026-12-05T01:00:00Z' },
  ];
  const last = lastRemindedOn(sent, TODAY);

  it('keeps the last reminder of each task sent today, and none of another day', () => {
    expect([...last]).toEqual([['t2', '2026-12-04T18:30:00Z'], ['t3', '2026-12-05T02:12:00Z']]);
  });

  it.each<[string, string[], boolean, string[]]>([
    ['never reminded', ['t0'], false, []],
    ['reminded yesterday only', ['t1'], false, []],
    ['reminded today after midnight in Vietnam', ['t2'], false, ['t2']],
    ['two tasks reminded today and one not', ['t3', 't0', 't2'], false, ['t3', 't2']],
    ['reminded today, sent again on purpose', ['t3', 't2'], true, []],
  ])('%s: %j refused %j', (_, ids, again, refused) => {
    expect(repeatedToday(ids.map((id) => ({ id, title: id })), last, again).map((r) => r.id)).toEqual(refused);
  });

  it('names each task refused and the time it was reminded, in Vietnam, in both languages', () => {
    const m = repeatRefusal(repeatedToday([{ id: 't3', title: 'Trình đề án nhà ở xã hội' }, { id: 't2', title: 'Quyết toán vốn' }], last, false));
    expect(m.vi).toBe('đã đôn đốc hôm nay: «Trình đề án nhà ở xã hội» (lúc 09:12), «Quyết toán vốn» (lúc 01:30); muốn nhắc lại lần nữa thì xác nhận nhắc lại, gửi kèm again: true');
    expect(m.en).toBe('already reminded today: «Trình đề án nhà ở xã hội» (at 09:12), «Quyết toán vốn» (at 01:30); to remind again, confirm it (again: true)');
  });
});
