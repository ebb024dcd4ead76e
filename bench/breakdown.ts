// The work of GET /api/summary replayed step by step (as src/server/routes/summary/summary.ts does
// it for a user who reads everything), timing each step's wall clock and this process's CPU, so
// the table shows which part of a request is SQL, row decoding, domain computing or JSON.
import type { Db } from '../src/db/connection.ts';
import { listObservations, listTargets } from '../src/db/targets.ts';
import { countTasksByUnitAndStatus, listTasks } from '../src/db/task-queries.ts';
import { listUnits, subtreeIds } from '../src/db/units.ts';
import type { Observation } from '../src/domain/observation.ts';
import { summarizeTasks, type TaskStatusEntry } from '../src/domain/summary.ts';
import { targetStatus } from '../src/domain/target-status.ts';
import { presentTarget } from '../src/server/presenters/target.ts';
import { DUE_SOON_DAYS } from './cases.ts';
import { percentile } from './measure.ts';

export interface Step {
  label: string;
  wall: number;
  cpu: number;
}

const expand = (rows: { status: TaskStatusEntry['status']; hasDeadline: boolean; n: number }[]): TaskStatusEntry[] =>
  rows.flatMap((r) => Array.from({ length: r.n }, () => ({ status: r.status, hasDeadline: r.hasDeadline })));

/** Medians over `rounds` replays. */
export async function summarySteps(db: Db, asOf: string, rootUnitId: string, rounds: number): Promise<Step[]> {
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
    await step('session: the user\'s scope (subtree of the Thành ủy)', () => subtreeIds(db, rootUnitId));
    const targets = await step('SQL+decode: listTargets', () => listTargets(db, {}));
    const obs = await step('SQL+decode: listObservations', () => listObservations(db, { indicators: [...new Set(targets.map((t) => t.indicator))] }));
    const byIndicator = await step('JS: group observations by indicator', () => {
      const m = new Map<string, Observation[]>();
      for (const o of obs) m.set(o.indicator, [...(m.get(o.indicator) ?? []), o]);
      return m;
    });
    const assessed = await step('JS: targetStatus for every target', () => targets.map((t) => [t, targetStatus(t, byIndicator.get(t.indicator) ?? [], asOf)] as const));
    const presented = await step('JS: presentTarget for every target', () => assessed.map(([t, s]) => presentTarget(t, s)));
    const counts = await step('SQL+decode: count by unit and status', () => countTasksByUnitAndStatus(db, base));
    const units = await step('SQL+decode: listUnits', async () => new Map((await listUnits(db)).map((u) => [u.id, u])));
    const byUnit = await step('JS: per-unit summaries (expand + summarizeTasks)', () => {
      const per = new Map<string | null, typeof counts>();
      for (const r of counts) per.set(r.unitId, [...(per.get(r.unitId) ?? []), r]);
      return [...per.entries()].map(([unitId, rows]) => ({ unitId, unitName: unitId ? units.get(unitId)?.name : null, ...summarizeTasks(expand(rows)) }));
    });
    const totals = await step('JS: totals (expand + summarizeTasks)', () => summarizeTasks(expand(counts)));
    const overdue = await step('SQL+decode: listTasks overdue (list, count, rows, links)', () => listTasks(db, { ...base, status: ['in_progress_overdue'], limit: 20, offset: 0 }));
    const dueSoon = await step('SQL+decode: listTasks due soon', () => listTasks(db, { ...base, status: ['due_soon'], limit: 20, offset: 0 }));
    await step('JS: JSON.stringify of an answer of that shape', () => JSON.stringify({ targets: presented, tasks: { ...totals, byUnit, overdue, dueSoon } }).length);
  }
  return [...wall.keys()].map((label) => ({
    label,
    wall: percentile([...wall.get(label)!].sort((a, b) => a - b), 50),
    cpu: percentile([...cpu.get(label)!].sort((a, b) => a - b), 50),
  }));
}
