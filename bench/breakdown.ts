// The work of GET /api/summary replayed step by step (as src/server/routes/summary/summary.ts does
// it for a user who reads everything), timing each step's wall clock and this process's CPU, so
// the table shows which part of a request is SQL, row decoding, domain computing or JSON.
import type { Db } from '../src/db/connection.ts';
import { countTasksByUnitAndStatus, listTasks } from '../src/db/task-queries.ts';
import { listUnits } from '../src/db/units.ts';
import { summarizeTaskCounts } from '../src/domain/summary.ts';
import { assessAllTargets } from '../src/server/services/assessments.ts';
import { DUE_SOON_DAYS } from './cases.ts';
import { percentile } from './measure.ts';

export interface Step {
  label: string;
  wall: number;
  cpu: number;
}

/** Medians over `rounds` replays. */
export async function summarySteps(db: Db, asOf: string, _rootUnitId: string, rounds: number): Promise<Step[]> {
  const wall = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const step = async <T>(label: string, f: () => Promise<T> | T): Promise<T> => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = await f();
    const t = performance.now() - t0;
    const c = process.cpuUsage(c0);
    (wall.get(label) ?? wall.set(label, []).get(label)!).push(t);
    (cpu.get(label) ?? cpu.set(label, []).get(label)!).push((c.user + c.system) / 1000);
    return out;
  };
  const base = { asOf, dueSoonDays: DUE_SOON_DAYS };
  for (let i = 0; i < rounds + 3; i++) {
    if (i === 3) (wall.clear(), cpu.clear()); // the first rounds warm up
    // A leader's session walks no unit tree (only scoped roles need one); the statuses of the
    // targets are kept while targets and figures are unchanged, so a request pays the version check.
    const presented = await step('targets: statuses (kept while the data is unchanged; version check)', () => assessAllTargets(db, asOf));
    const counts = await step('SQL+decode: count by unit and status', () => countTasksByUnitAndStatus(db, base));
    const units = await step('SQL+decode: listUnits', async () => new Map((await listUnits(db)).map((u) => [u.id, u])));
    const byUnit = await step('JS: per-unit summaries (summarizeTaskCounts)', () => {
      const per = new Map<string | null, typeof counts>();
      for (const r of counts) {
        const l = per.get(r.unitId);
        if (l) l.push(r);
        else per.set(r.unitId, [r]);
      }
      return [...per.entries()].map(([unitId, rows]) => ({ unitId, unitName: unitId ? units.get(unitId)?.name : null, ...summarizeTaskCounts(rows) })).slice(0, 100);
    });
    const totals = await step('JS: totals (summarizeTaskCounts)', () => summarizeTaskCounts(counts));
    const overdue = await step('SQL+decode: listTasks overdue (list, rows, links)', () => listTasks(db, { ...base, status: ['in_progress_overdue'], limit: 20, offset: 0, withTotal: false }));
    const dueSoon = await step('SQL+decode: listTasks due soon', () => listTasks(db, { ...base, status: ['due_soon'], limit: 20, offset: 0, withTotal: false }));
    await step('JS: JSON.stringify of an answer of that shape', () => JSON.stringify({ targets: presented, tasks: { ...totals, byUnit, overdue, dueSoon } }).length);
  }
  return [...wall.keys()].map((label) => ({
    label,
    wall: percentile([...wall.get(label)!].sort((a, b) => a - b), 50),
    cpu: percentile([...cpu.get(label)!].sort((a, b) => a - b), 50),
  }));
}
