// The workspace of the đôn đốc tests: a few units and tasks led by them, due some days from today
// (negative: overdue), through the API as the administrator.
import { addDays, todayInVietnam } from '../../src/domain/calendar.ts';
import type { TestServer } from './server.ts';

/** Units by key (key: [code, name]) and tasks by key (key: [title, unit key, days from today]); their ids by key. */
export async function seedReminderTasks(
  s: TestServer,
  units: Record<string, [code: string, name: string]>,
  tasks: Record<string, [title: string, unit: string, days: number]>,
): Promise<Record<string, string>> {
  const id: Record<string, string> = {};
  const today = todayInVietnam();
  for (const [key, [code, name]] of Object.entries(units)) id[key] = (await s.api('POST', '/api/units', { code, name, kind: 'so_nganh' })).body.id;
  for (const [key, [title, unit, days]] of Object.entries(tasks)) {
    id[key] = (await s.api('POST', '/api/tasks', { title, leadUnitId: id[unit], assignedOn: '2025-07-01', deadline: addDays(today, days) })).body.id;
  }
  return id;
}
