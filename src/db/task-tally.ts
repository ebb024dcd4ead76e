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
  // One pass over the tally: each unit's counts by status as columns (the day decides which open
  // rows are overdue or due soon), then the totals over the units and the first units of the ranking.
  const rows = await sql<UnitRow & { part: 'total' | 'unit' | 'units'; units: number }>`
    WITH u AS (
      SELECT unit_key,
        coalesce(sum(n) FILTER (WHERE state = 'done_on_time'), 0)::int AS done_on_time,
        coalesce(sum(n) FILTER (WHERE state = 'done_late'), 0)::int AS done_late,
        coalesce(sum(n) FILTER (WHERE state = 'done_no_deadline'), 0)::int AS done_no_deadline,
        coalesce(sum(n) FILTER (WHERE state = 'paused' AND has_deadline), 0)::int AS paused_d,
        coalesce(sum(n) FILTER (WHERE state = 'paused' AND NOT has_deadline), 0)::int AS paused_n,
        coalesce(sum(n) FILTER (WHERE state = 'open' AND NOT has_deadline), 0)::int AS in_progress_n,
        coalesce(sum(n) FILTER (WHERE state = 'open' AND has_deadline AND deadline < ${d}), 0)::int AS overdue,
        coalesce(sum(n) FILTER (WHERE state = 'open' AND has_deadline AND deadline >= ${d} AND deadline - ${d} <= ${q.dueSoonDays}::int), 0)::int AS due_soon,
        coalesce(sum(n) FILTER (WHERE state = 'open' AND has_deadline AND deadline - ${d} > ${q.dueSoonDays}::int), 0)::int AS in_progress_d
      FROM task_tally GROUP BY unit_key),
    top AS (
      -- compareUnits: on-time rate (none: -1) down, overdue up, done down, id in code-unit order.
      SELECT * FROM u
      ORDER BY CASE WHEN done_on_time + done_late > 0 THEN done_on_time::float8 / (done_on_time + done_late) ELSE -1 END DESC,
        overdue, done_on_time + done_late + done_no_deadline DESC, unit_key COLLATE "C"
      LIMIT ${q.rankLimit})
    SELECT 'total' AS part, NULL AS unit_key, sum(done_on_time)::int AS done_on_time, sum(done_late)::int AS done_late,
      sum(done_no_deadline)::int AS done_no_deadline, sum(paused_d)::int AS paused_d, sum(paused_n)::int AS paused_n,
      sum(in_progress_n)::int AS in_progress_n, sum(overdue)::int AS overdue, sum(due_soon)::int AS due_soon,
      sum(in_progress_d)::int AS in_progress_d, count(*)::int AS units FROM u
    UNION ALL
    SELECT 'unit', unit_key, done_on_time, done_late, done_no_deadline, paused_d, paused_n, in_progress_n, overdue, due_soon, in_progress_d, 0 FROM top`.execute(db);
  const out: TalliedCounts = { totals: [], ranked: [], unitsWithTasks: 0 };
  for (const r of rows.rows) {
    if (r.part === 'total') {
      out.totals = statusRows(null, r);
      out.unitsWithTasks = r.units;
    } else out.ranked.push(...statusRows(r.unit_key === '' ? null : r.unit_key, r));
  }
  return out;
}

interface UnitRow {
  unit_key: string | null;
  done_on_time: number;
  done_late: number;
  done_no_deadline: number;
  paused_d: number;
  paused_n: number;
  in_progress_n: number;
  overdue: number;
  due_soon: number;
  in_progress_d: number;
}

/** A unit's columns as the rows countTasksByUnitAndStatus gives (status, with or without a deadline), none at zero. */
function statusRows(unitId: string | null, r: UnitRow): StatusCount[] {
  const all: [TaskStatus, boolean, number][] = [
    ['done_on_time', true, r.done_on_time], ['done_late', true, r.done_late], ['done_no_deadline', false, r.done_no_deadline],
    ['paused', true, r.paused_d], ['paused', false, r.paused_n], ['in_progress', false, r.in_progress_n], ['in_progress', true, r.in_progress_d],
    ['in_progress_overdue', true, r.overdue], ['due_soon', true, r.due_soon],
  ];
  return all.filter(([, , n]) => n > 0).map(([status, hasDeadline, n]) => ({ unitId, status, hasDeadline, n }));
}
