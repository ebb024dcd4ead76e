// task_tally (migration 0110) counts the tasks by lead unit, state and deadline day, kept by triggers
// in the writing transaction: after any sequence of writes it must equal the same grouping over the
// tasks themselves, and the dashboard's counts read from it must equal those grouped over the tasks,
// on any day — totals, the first units of the ranking, the number of units.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { freshDb } from './support/db.ts';
import { writeTransaction } from '../src/db/tx.ts';
import { addReport, createTask } from '../src/db/tasks.ts';
import { createUnit } from '../src/db/units.ts';
import { allCurrentOn, countTasksByUnitAndStatus, type StatusCount } from '../src/db/task-queries.ts';
import { talliedCounts } from '../src/db/task-tally.ts';
import { copyDatabase } from '../src/db/copy.ts';
import { compareUnits, summarizeTaskCounts } from '../src/domain/summary.ts';
import { addDays } from '../src/domain/calendar.ts';
import { REPORT_KINDS, type ReportKind } from '../src/domain/task.ts';
import type { DbHandle } from '../src/db/connection.ts';

let h: DbHandle;
let units: string[];
beforeAll(async () => {
  h = await freshDb();
  units = [];
  for (let i = 0; i < 4; i++) units.push((await writeTransaction(h.db, (trx) => createUnit(trx, { code: `T${i}`, name: `Đơn vị ${i}`, kind: 'so_nganh', parentId: null }, null))).id);
});
afterAll(async () => h?.close());

const ASSIGNED = '2025-03-01';

/** The tally as the triggers keep it, and as it would be grouped from the tasks now. */
async function tallyAgainstTasks() {
  const kept = await sql`SELECT unit_key, state, has_deadline, deadline::text AS deadline, n FROM task_tally ORDER BY 1, 2, 3, 4`.execute(h.db);
  const fresh = await sql`
    SELECT coalesce(lead_unit_id, '') AS unit_key, task_tally_state(state_completed_on, state_deadline, state_paused) AS state,
           state_deadline IS NOT NULL AS has_deadline, task_tally_day(state_completed_on, state_deadline, state_paused)::text AS deadline, count(*)::int AS n
    FROM tasks GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`.execute(h.db);
  return { kept: kept.rows, fresh: fresh.rows };
}

/** What the summary computed before the tally: every unit's rows, ranked in JavaScript. */
function rankedFromTasks(rows: StatusCount[], limit: number) {
  const per = new Map<string | null, StatusCount[]>();
  for (const r of rows) per.set(r.unitId, [...(per.get(r.unitId) ?? []), r]);
  const order = [...per.entries()].map(([unitId, list]) => ({ unitId, ...summarizeTaskCounts(list) })).sort(compareUnits);
  return { order: order.slice(0, limit).map((u) => u.unitId), units: per.size };
}

const sortRows = (rows: StatusCount[]) => [...rows].sort((a, b) => `${a.unitId}|${a.status}|${a.hasDeadline}`.localeCompare(`${b.unitId}|${b.status}|${b.hasDeadline}`));
/** Rows of the same unit and status but with and without a deadline add up; merged so both sides compare. */
function totalsByStatus(rows: StatusCount[]) {
  const m = new Map<string, number>();
  for (const r of rows) m.set(`${r.status}|${r.hasDeadline}`, (m.get(`${r.status}|${r.hasDeadline}`) ?? 0) + r.n);
  return Object.fromEntries([...m.entries()].sort());
}

async function expectSameCounts(asOf: string, window: number, limit: number) {
  expect(await allCurrentOn(h.db, asOf)).toBe(true);
  const grouped = await countTasksByUnitAndStatus(h.db, { asOf, dueSoonDays: window, allCurrent: true });
  const tallied = await talliedCounts(h.db, { asOf, dueSoonDays: window, rankLimit: limit });
  const want = rankedFromTasks(grouped, limit);
  expect(totalsByStatus(tallied.totals), asOf).toEqual(totalsByStatus(grouped));
  expect(tallied.unitsWithTasks, asOf).toBe(want.units);
  const chosen = rankedFromTasks(tallied.ranked, limit);
  expect(chosen.order, asOf).toEqual(want.order);
  expect(sortRows(tallied.ranked), asOf).toEqual(sortRows(grouped.filter((r) => want.order.includes(r.unitId))));
}

const reportArb = fc.record({
  kind: fc.constantFrom<ReportKind>(...REPORT_KINDS),
  offset: fc.integer({ min: 0, max: 60 }),
  progress: fc.integer({ min: 0, max: 100 }),
  newDeadline: fc.integer({ min: 10, max: 200 }).map((n) => addDays(ASSIGNED, n)),
  approved: fc.boolean(),
});
const taskArb = fc.record({
  unit: fc.integer({ min: -1, max: 3 }),
  deadline: fc.option(fc.integer({ min: 0, max: 200 }).map((n) => addDays(ASSIGNED, n)), { nil: null }),
  reports: fc.array(reportArb, { maxLength: 4 }),
  moveTo: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
});

describe('task_tally', () => {
  it('gives nothing, not a row of zeros, before the first task', async () => {
    expect(await talliedCounts(h.db, { asOf: '2025-09-01', dueSoonDays: 7, rankLimit: 10 })).toEqual({ totals: [], ranked: [], unitsWithTasks: 0 });
  });

  it('equals the grouping of the tasks after creations, reports, moves, bulk moves and deletions', { timeout: 300_000 }, async () => {
    const tasks = fc.sample(taskArb, { numRuns: 60, seed: 20261205 });
    const ids: string[] = [];
    for (const [i, g] of tasks.entries()) {
      const task = await writeTransaction(h.db, (trx) => createTask(trx, {
        title: `Nhiệm vụ ${i}`, leadUnitId: g.unit < 0 ? null : units[g.unit]!, coUnitIds: [], personInCharge: null, authority: null, product: null,
        assignedOn: ASSIGNED, deadline: g.deadline, latest: null, recurring: false, parentId: null,
        targetIds: [], source: { documentId: null, span: null, quote: null }, visibility: 'internal',
      }, null));
      ids.push(task.id);
      for (const r of g.reports) {
        const extension = r.kind === 'extension_request' || r.kind === 'extension_decision';
        await writeTransaction(h.db, (trx) => addReport(trx, task.id, {
          kind: r.kind, reportedOn: addDays(ASSIGNED, r.offset), progress: r.progress, text: '',
          newDeadline: extension ? r.newDeadline : null, approved: r.kind === 'extension_decision' ? r.approved : null, authorId: null,
        }, null));
      }
      if (g.moveTo !== null) await writeTransaction(h.db, (trx) => trx.updateTable('tasks').set({ lead_unit_id: units[g.moveTo!]! }).where('id', '=', task.id).execute());
    }
    let t = await tallyAgainstTasks();
    expect(t.kept).toEqual(t.fresh);
    expect(t.kept.length).toBeGreaterThan(5);

    // A unit merger moves many tasks in one statement; a title change moves none.
    await writeTransaction(h.db, (trx) => trx.updateTable('tasks').set({ lead_unit_id: units[0]! }).where('lead_unit_id', '=', units[1]!).execute());
    await writeTransaction(h.db, (trx) => trx.updateTable('tasks').set({ title: 'Đổi tên' }).execute());
    await writeTransaction(h.db, async (trx) => {
      await trx.deleteFrom('task_reports').where('task_id', 'in', ids.slice(0, 5)).execute();
      await trx.deleteFrom('task_units').where('task_id', 'in', ids.slice(0, 5)).execute();
      await trx.deleteFrom('task_states').where('task_id', 'in', ids.slice(0, 5)).execute();
      await trx.deleteFrom('tasks').where('id', 'in', ids.slice(0, 5)).execute();
    });
    t = await tallyAgainstTasks();
    expect(t.kept).toEqual(t.fresh);
    // No row is left at zero: the table is as small as the counts.
    expect(t.kept.every((r) => Number((r as { n: number }).n) > 0)).toBe(true);
  });

  it('gives the dashboard the counts grouped over the tasks, on any day and window', async () => {
    for (const asOf of ['2025-09-01', '2025-10-15', '2026-01-01']) {
      for (const window of [0, 7, 30]) for (const limit of [1, 2, 10]) await expectSameCounts(asOf, window, limit);
    }
  });

  it('stays exact under writes from many transactions at once', { timeout: 120_000 }, async () => {
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        writeTransaction(h.db, async (trx) => {
          const task = await createTask(trx, {
            title: `Cùng lúc ${i}`, leadUnitId: units[i % 3]!, coUnitIds: [], personInCharge: null, authority: null, product: null,
            assignedOn: ASSIGNED, deadline: addDays(ASSIGNED, 100 + (i % 5)), latest: null, recurring: false, parentId: null,
            targetIds: [], source: { documentId: null, span: null, quote: null }, visibility: 'internal',
          }, null);
          if (i % 2) await addReport(trx, task.id, { kind: 'complete', reportedOn: addDays(ASSIGNED, 50), progress: 100, text: '', newDeadline: null, approved: true, authorId: null }, null);
          // Moves of several units' tasks at once: the tally's rows of both units in one statement.
          if (i % 4 === 0) await trx.updateTable('tasks').set({ lead_unit_id: units[(i + 1) % 3]! }).where('title', '=', `Cùng lúc ${i}`).execute();
        }),
      ),
    );
    const t = await tallyAgainstTasks();
    expect(t.kept).toEqual(t.fresh);
    await expectSameCounts('2025-10-15', 7, 3);
  });

  it('is counted once in a copy of the database (copy-to): the target\'s triggers count the tasks as they arrive', async () => {
    const target = await freshDb();
    try {
      await copyDatabase(h.db, target.db);
      const rows = (db: DbHandle['db']) => sql`SELECT unit_key, state, has_deadline, deadline::text AS deadline, n FROM task_tally ORDER BY 1, 2, 3, 4`.execute(db);
      expect((await rows(target.db)).rows).toEqual((await rows(h.db)).rows);
    } finally {
      await target.close();
    }
  });
});
