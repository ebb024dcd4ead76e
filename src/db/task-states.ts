// Writes a task's state stretches (task_states) and the current one (tasks.state_*), from the domain fold.
import { sql } from 'kysely';
import type { ReportKind, TaskReport } from '../domain/task.ts';
import type { TaskFoldInput } from '../domain/task-status.ts';
import { stateIntervals, type TaskStateInterval } from '../domain/task-state-intervals.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';

const toRow = (taskId: string, i: TaskStateInterval) => ({
  task_id: taskId,
  from_day: i.from,
  to_day: i.to,
  completed_on: i.state.completedOn,
  deadline: i.state.deadline,
  paused: i.state.paused,
  progress: i.state.progress,
});

// Rows per INSERT when many tasks are written at once (8 parameters a row, far below the 65,535 limit).
const CHUNK = 2000;

/**
 * Replaces the stretches of the given tasks and copies the last one into tasks.state_*. The caller
 * passes each task's reports in the order they were entered on the same day (the fold depends on it).
 */
export async function writeTaskStates(trx: WriteTx, items: readonly { task: TaskFoldInput; reports: readonly TaskReport[] }[]): Promise<void> {
  if (items.length === 0) return;
  const rows = items.flatMap(({ task, reports }) => stateIntervals(task, reports).map((i) => toRow(task.id, i)));
  const ids = items.map((x) => x.task.id);
  await trx.deleteFrom('task_states').where('task_id', 'in', ids).execute();
  for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('task_states').values(rows.slice(i, i + CHUNK)).execute();
  await sql`UPDATE tasks t SET state_completed_on = s.completed_on, state_deadline = s.deadline, state_paused = s.paused,
      state_progress = coalesce(s.progress, 0), state_from = s.from_day
    FROM task_states s WHERE s.task_id = t.id AND s.to_day IS NULL AND t.id IN (${sql.join(ids)})`.execute(trx);
}

/**
 * Every task's stretches from its reports: run once by the migration that adds task_states, and
 * usable after a bulk load that wrote tasks and reports directly. Reads the columns by name (no
 * select *), so a later migration adding columns does not change what this sees.
 */
export async function rebuildAllTaskStates(trx: Db): Promise<number> {
  const tasks = (await sql<{ id: string; recurring: boolean; deadline: string | null; latest: string | null }>`
    SELECT id, recurring, deadline, latest FROM tasks ORDER BY id`.execute(trx)).rows;
  // Same order as listReports (src/db/tasks.ts): by day, then as entered.
  const reports = (await sql<{ id: string; task_id: string; kind: string; reported_on: string; progress: number | null; new_deadline: string | null; approved: boolean | null }>`
    SELECT id, task_id, kind, reported_on, progress, new_deadline, approved FROM task_reports ORDER BY task_id, reported_on, created_at`.execute(trx)).rows;
  const byTask = new Map<string, TaskReport[]>();
  for (const r of reports) {
    const list = byTask.get(r.task_id) ?? [];
    list.push({ id: r.id, taskId: r.task_id, kind: r.kind as ReportKind, reportedOn: r.reported_on, progress: r.progress, text: '', newDeadline: r.new_deadline, approved: r.approved, authorId: null });
    byTask.set(r.task_id, list);
  }
  // In slices, so the id list of the UPDATE stays a reasonable statement.
  for (let i = 0; i < tasks.length; i += CHUNK) {
    // A migration is the schema's own writer, in its own transaction, before any command can run.
    await writeTaskStates(trx as WriteTx, tasks.slice(i, i + CHUNK).map((task) => ({ task, reports: byTask.get(task.id) ?? [] })));
  }
  return tasks.length;
}
