import { writeTransaction } from '../src/db/tx.ts';
// The SQL twin of taskStatus() must agree with the domain rule on every combination of dates, and the
// stored state stretches must give, for any day, what the domain's fold of the reports gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { freshDb } from './support/db.ts';
import { allCurrentOn, countTasksByUnitAndStatus, listTasks, statusSql, tasksAsOf } from '../src/db/task-queries.ts';
import { addReport, createTask, listReports } from '../src/db/tasks.ts';
import { createUnit } from '../src/db/units.ts';
import { deriveTaskState, statusFromState, taskStatus } from '../src/domain/task-status.ts';
import { REPORT_KINDS, type ReportKind } from '../src/domain/task.ts';
import { addDays } from '../src/domain/calendar.ts';
import type { DbHandle } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';

let h: DbHandle;
beforeAll(async () => {
  h = await freshDb();
});
afterAll(async () => h?.close());

const BASE = '2025-06-01';
const day = fc.integer({ min: -40, max: 40 }).map((n) => addDays(BASE, n));
const state = fc.record({
  deadline: fc.option(day, { nil: null }),
  completedOn: fc.option(day, { nil: null }),
  paused: fc.boolean(),
});

describe('statusSql', () => {
  it('agrees with statusFromState', async () => {
    const samples = fc.sample(fc.tuple(state, day, fc.integer({ min: 0, max: 14 })), 300);
    for (const [s, asOf, window] of samples) {
      // A state in force on asOf: its completion, if any, is on or before that day.
      const completedOn = s.completedOn && s.completedOn <= asOf ? s.completedOn : null;
      const r = await sql<{ status: string }>`
        SELECT ${statusSql(asOf, window)} AS status FROM (SELECT
          ${completedOn}::date AS at_completed_on, ${s.deadline}::date AS at_deadline, ${s.paused}::boolean AS at_paused) t`.execute(h.db);
      const domainState = { completedOn, awaitingAcceptanceSince: null, deadline: s.deadline, latest: null, progress: null, paused: s.paused, extensions: 0 };
      expect(r.rows[0]?.status, JSON.stringify({ s, asOf, window })).toBe(statusFromState(domainState, asOf, { dueSoonDays: window }));
    }
  });
});

// Random report sequences: every kind, on days from the assignment to four months after, with
// extensions approved or refused, returns, pauses and resumes in any order (and on the same day).
const ASSIGNED = '2025-01-10';
const after = (max: number) => fc.integer({ min: 0, max }).map((n) => addDays(ASSIGNED, n));
const reportArb = fc.record({
  kind: fc.constantFrom<ReportKind>(...REPORT_KINDS),
  reportedOn: after(120),
  progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  newDeadline: after(200),
  approved: fc.boolean(),
});
const taskArb = fc.record({
  recurring: fc.boolean(),
  deadline: fc.option(after(90), { nil: null }),
  reports: fc.array(reportArb, { maxLength: 8 }),
  // Days asked about, besides every report day and the day before it (the stretches' edges).
  days: fc.array(fc.integer({ min: -5, max: 220 }).map((n) => addDays(ASSIGNED, n)), { minLength: 1, maxLength: 6 }),
  window: fc.integer({ min: 0, max: 14 }),
});

describe('the state in force on a day (task_states) against the domain fold', () => {
  it('list status, deadline, completion and counts equal taskStatus/deriveTaskState on every day', { timeout: 300_000 }, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(taskArb, async (g) => {
        // One unit per run, so the list of that unit holds exactly this task.
        const unit = await writeTransaction(h.db, (trx) => createUnit(trx, { code: `P${++n}`, name: `Đơn vị ${n}`, kind: 'so_nganh', parentId: null }, null));
        const task = await writeTransaction(h.db, (trx) => createTask(trx, {
          title: `Nhiệm vụ ${n}`, leadUnitId: unit.id, coUnitIds: [], personInCharge: null, authority: null, product: null,
          assignedOn: ASSIGNED, deadline: g.recurring ? null : g.deadline, latest: null, recurring: g.recurring, parentId: null,
          targetIds: [], source: { documentId: null, span: null, quote: null }, visibility: 'internal',
        }, null));
        for (const r of g.reports) {
          const extension = r.kind === 'extension_request' || r.kind === 'extension_decision';
          await writeTransaction(h.db, (trx) => addReport(trx, task.id, {
            kind: r.kind, reportedOn: r.reportedOn, progress: r.progress, text: '',
            newDeadline: extension ? r.newDeadline : null, approved: r.kind === 'extension_decision' ? r.approved : null, authorId: null,
          }, null));
        }
        const reports = await listReports(h.db, task.id);
        const days = [...g.days, ...reports.flatMap((r) => [addDays(r.reportedOn, -1), r.reportedOn])];
        for (const asOf of days) {
          const f = { unitIds: [unit.id], asOf, dueSoonDays: g.window };
          const list = await listTasks(h.db, { ...f, limit: 10, offset: 0 });
          const want = deriveTaskState(task, reports, asOf);
          const status = taskStatus(task, reports, asOf, { dueSoonDays: g.window });
          const why = JSON.stringify({ asOf, g, reports });
          expect(list.items.map((t) => t.status), why).toEqual([status]);
          expect(list.items[0]?.state, why).toEqual({ completedOn: want.completedOn, deadline: want.deadline, paused: want.paused, progress: want.progress ?? 0 });
          expect(await countTasksByUnitAndStatus(h.db, f), why).toEqual([{ unitId: unit.id, status, hasDeadline: want.deadline !== null, n: 1 }]);
          // The status filter and the deadline filter select by the same day's state.
          expect((await listTasks(h.db, { ...f, status: [status], limit: 10, offset: 0 })).total, why).toBe(1);
          if (want.deadline) expect((await listTasks(h.db, { ...f, deadlineFrom: want.deadline, deadlineTo: want.deadline, limit: 10, offset: 0 })).total, why).toBe(1);
        }
      }),
      { numRuns: 60, seed: 20250415 },
    );
  });

  it('holds exactly one state for any day of any task, and the plain form agrees when all are current', async () => {
    const all = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM tasks`.execute(h.db)).rows[0]!.n;
    const states = async (from: ReturnType<typeof tasksAsOf>) =>
      (await sql`SELECT id, at_completed_on, at_deadline, at_paused, at_progress FROM ${from} t ORDER BY id`.execute(h.db)).rows;
    for (const asOf of ['2024-12-31', '2025-01-10', '2025-03-01', '2025-05-11', '2025-09-01']) {
      const r = await sql<{ n: number; tasks: number }>`SELECT count(*)::int AS n, count(DISTINCT id)::int AS tasks FROM ${tasksAsOf(asOf)} t`.execute(h.db);
      expect(r.rows[0]).toEqual({ n: all, tasks: all });
      if (await allCurrentOn(h.db, asOf)) expect(await states(tasksAsOf(asOf, true))).toEqual(await states(tasksAsOf(asOf)));
    }
    // Every report is dated by 2025-05-10: after that no stretch has ended, before it some have.
    expect(await allCurrentOn(h.db, '2025-09-01')).toBe(true);
    expect(await allCurrentOn(h.db, '2025-03-01')).toBe(false);
  });

  it('the migration that adds the stretches writes, for existing tasks, what the writes write', async () => {
    const snapshot = async () => (await sql`SELECT t.id, t.state_from, t.state_deadline, t.state_completed_on, t.state_paused, t.state_progress,
        (SELECT json_agg(s ORDER BY s.from_day NULLS FIRST) FROM task_states s WHERE s.task_id = t.id) AS stretches
      FROM tasks t ORDER BY t.id`.execute(h.db)).rows;
    const written = await snapshot();
    expect(written.length).toBeGreaterThan(10);
    // Back to the schema before 0008, with the tasks and reports kept, and migrated again.
    await sql`DROP TABLE task_states`.execute(h.db);
    await sql`ALTER TABLE tasks DROP COLUMN state_from`.execute(h.db);
    await sql`DELETE FROM schema_migrations WHERE name = '0010_task_states.sql'`.execute(h.db);
    expect(await migrate(h.db)).toEqual(['0010_task_states.sql']);
    expect(await snapshot()).toEqual(written);
  });
});

