// The dashboard's task counts from task_tally (migration 0110): the whole workspace's counts by status,
// and the counts of the first units of the ranking only, as of any day, with SQL that sums the
// tally's rows instead of grouping every task. The ranking is chosen in SQL by the same order as
// domain/summary.ts's `compareUnits` (the summary sorts the chosen rows again with it), so at national
// size the answer carries a hundred units, not eighty thousand rows to decode.
import { sql } from 'kysely';
import type { Db } from './connection.ts';
import type { StatusCount } from './task-queries.ts';
import type { TaskStatus } from '../domain/task-status.ts';

export interface TalliedCounts {
  /** Counts by status over every task (unitId null in each row). */
  totals: StatusCount[];
  /** Counts by unit and status of the first `rankLimit` units of the ranking. */
  ranked: StatusCount[];
  /** How many units lead at least one task (plus one for tasks without a unit, if any). */
  unitsWithTasks: number;
}

/**
 * Counts as of `asOf`, valid when the stored state is the state in force that day (allCurrentOn) and
 * the reader reads every task: task_tally counts by lead unit only, not by co-ordinating unit.
 */
export async function talliedCounts(db: Db, q: { asOf: string; dueSoonDays: number; rankLimit: number }): Promise<TalliedCounts> {
  const d = sql`${q.asOf}::date`;
  const rows = await sql<{ part: 'total' | 'unit' | 'units'; unit_key: string | null; status: TaskStatus | null; has_deadline: boolean | null; n: number }>`
    WITH s AS (
      SELECT unit_key,
        CASE WHEN state <> 'open' THEN state
             WHEN deadline = 'infinity'::date THEN 'in_progress'
             WHEN ${d} > deadline THEN 'in_progress_overdue'
             WHEN deadline - ${d} <= ${q.dueSoonDays}::int THEN 'due_soon'
             ELSE 'in_progress' END AS status,
        has_deadline, sum(n)::int AS n
      FROM task_tally GROUP BY 1, 2, 3),
    u AS (
      SELECT unit_key,
        coalesce(sum(n) FILTER (WHERE status = 'done_on_time'), 0) AS on_time,
        coalesce(sum(n) FILTER (WHERE status = 'done_late'), 0) AS late,
        coalesce(sum(n) FILTER (WHERE status IN ('done_on_time', 'done_late', 'done_no_deadline')), 0) AS done,
        coalesce(sum(n) FILTER (WHERE status = 'in_progress_overdue'), 0) AS overdue
      FROM s GROUP BY unit_key),
    top AS (
      -- compareUnits: on-time rate (none: -1) down, overdue up, done down, id in code-unit order.
      SELECT unit_key FROM u
      ORDER BY CASE WHEN on_time + late > 0 THEN on_time::float8 / (on_time + late) ELSE -1 END DESC, overdue, done DESC, unit_key COLLATE "C"
      LIMIT ${q.rankLimit})
    SELECT 'total' AS part, NULL AS unit_key, status, has_deadline, sum(n)::int AS n FROM s GROUP BY status, has_deadline
    UNION ALL
    SELECT 'unit', s.unit_key, s.status, s.has_deadline, s.n FROM s JOIN top ON top.unit_key = s.unit_key
    UNION ALL
    SELECT 'units', NULL, NULL, NULL, count(*)::int FROM u`.execute(db);
  const out: TalliedCounts = { totals: [], ranked: [], unitsWithTasks: 0 };
  for (const r of rows.rows) {
    if (r.part === 'units') out.unitsWithTasks = r.n;
    else {
      const row = { unitId: r.part === 'unit' && r.unit_key !== '' ? r.unit_key : null, status: r.status!, hasDeadline: r.has_deadline!, n: r.n };
      (r.part === 'total' ? out.totals : out.ranked).push(row);
    }
  }
  return out;
}
