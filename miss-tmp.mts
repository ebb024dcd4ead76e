import { openDb } from './src/db/connection.ts';
import { computeSummary } from './src/server/services/summary.ts';
import { assessAllTargets } from './src/server/services/assessments.ts';
import { allCurrentOn, countTasksByUnitAndStatus, listTasks } from './src/db/task-queries.ts';
const url = process.argv[2]!;
const h = await openDb({ databaseUrl: url });
const db = h.db; await (await import('./src/db/migrate.ts')).migrate(db);
const p = { id: 'x', login: 'x', name: 'x', unitId: null, roles: ['leader'], mustChangePassword: false, disabled: false, scope: new Set<string>() } as any;
const t = async (label: string, f: () => Promise<unknown>) => { const t0 = performance.now(); const r = await f(); console.log(label, Math.round(performance.now() - t0), 'ms'); return r; };
for (let i = 0; i < 4; i++) {
  const day = new Date(Date.UTC(2026, 11, 6 + i)).toISOString().slice(0, 10);
  const base = { asOf: day, dueSoonDays: 7 };
  await t(`[${day}] targets`, () => assessAllTargets(db, day));
  const ac = await allCurrentOn(db, day);
  await t(`[${day}] count (allCurrent ${ac})`, () => countTasksByUnitAndStatus(db, { ...base, allCurrent: ac }));
  await t(`[${day}] overdue list`, () => listTasks(db, { ...base, allCurrent: ac, status: ['in_progress_overdue'], limit: 20, offset: 0, withTotal: false }));
  await t(`[${day}] due soon list`, () => listTasks(db, { ...base, allCurrent: ac, status: ['due_soon'], limit: 20, offset: 0, withTotal: false }));
  const day2 = new Date(Date.UTC(2027, 0, 6 + i)).toISOString().slice(0, 10);
  await t(`[${day2}] whole computeSummary`, () => computeSummary(db, p, { asOf: day2, dueSoonDays: 7 }));
}
await h.close();
