// Task lists and counts by status as of a day, computed in SQL from the stored state stretches so they
// scale to many tasks and give the answer the domain's fold gives for that day.
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { TaskStatus } from '../domain/task-status.ts';
import { searchKey } from '../domain/search.ts';
import { openDeadlineRange } from '../domain/status-deadlines.ts';
import type { Db } from './connection.ts';
import { hydrate, type TaskWithState } from './tasks.ts';

/**
 * Every task (all columns of tasks) with the state in force on `asOf` as at_completed_on,
 * at_deadline, at_paused and at_progress; use as `FROM ${tasksAsOf(day)} t`.
 * A task reads tasks.state_* unless a closed stretch of task_states covers the day (at most one
 * can: the stretches do not overlap), found through the GiST index on daterange(from_day, to_day).
 * With `allCurrent` (see allCurrentOn) no stretch does, so the plain columns are read: the planner
 * then orders by deadline with the index on state_deadline, as for the stored state alone.
 */
export function tasksAsOf(asOf: string, allCurrent = false): RawBuilder<unknown> {
  if (allCurrent) {
    return sql`(SELECT t.*, t.state_completed_on AS at_completed_on, t.state_deadline AS at_deadline,
        t.state_paused AS at_paused, t.state_progress AS at_progress FROM tasks t)`;
  }
  const d = sql`${asOf}::date`;
  const pick = (stored: string, stretch: RawBuilder<unknown>) => sql`CASE WHEN s.task_id IS NULL THEN ${sql.ref(`t.${stored}`)} ELSE ${stretch} END`;
  return sql`(SELECT t.*, ${pick('state_completed_on', sql`s.completed_on`)} AS at_completed_on,
        ${pick('state_deadline', sql`s.deadline`)} AS at_deadline, ${pick('state_paused', sql`s.paused`)} AS at_paused,
        ${pick('state_progress', sql`coalesce(s.progress, 0)`)} AS at_progress
      FROM tasks t LEFT JOIN task_states s
        ON s.task_id = t.id AND s.to_day IS NOT NULL AND daterange(s.from_day, s.to_day) @> ${d})`;
}

/**
 * Whether every task's last stretch began on or before `asOf` (no closed stretch ends after it):
 * true for today unless a report is dated in the future, so the common case costs one index probe.
 */
export async function allCurrentOn(db: Db, asOf: string): Promise<boolean> {
  const r = await sql<{ past: boolean }>`SELECT EXISTS (SELECT 1 FROM task_states WHERE to_day > ${asOf}::date) AS past`.execute(db);
  return !r.rows[0]?.past;
}

/** tasksAsOf in its cheapest correct form for the day, as the data stands now. */
export async function tasksSource(db: Db, asOf: string, allCurrent?: boolean): Promise<RawBuilder<unknown>> {
  return tasksAsOf(asOf, allCurrent ?? (await allCurrentOn(db, asOf)));
}

/**
 * The SQL twin of the domain's statusFromState(), over the state in force on `asOf` (the at_*
 * columns of tasksAsOf(asOf), aliased t). test/task-status-sql.test.ts checks that both agree, on
 * the domain's table and on random report sequences.
 */
export function statusSql(asOf: string, dueSoonDays: number) {
  const d = sql`${asOf}::date`;
  return sql<TaskStatus>`CASE
    WHEN t.at_completed_on IS NOT NULL THEN
      CASE WHEN t.at_deadline IS NULL THEN 'done_no_deadline'
           WHEN t.at_completed_on <= t.at_deadline THEN 'done_on_time'
           ELSE 'done_late' END
    WHEN t.at_paused THEN 'paused'
    WHEN t.at_deadline IS NULL THEN 'in_progress'
    WHEN ${d} > t.at_deadline THEN 'in_progress_overdue'
    WHEN t.at_deadline - ${d} <= ${dueSoonDays}::int THEN 'due_soon'
    ELSE 'in_progress' END`;
}

export interface TaskFilter {
  /** Tasks led by, or co-ordinated by, one of these units. */
  unitIds?: string[];
  documentId?: string;
  /** Tasks linked to this target. */
  targetId?: string;
  status?: TaskStatus[];
  deadlineFrom?: string;
  deadlineTo?: string;
  q?: string;
  asOf: string;
  dueSoonDays: number;
  limit: number;
  offset: number;
  /** Skip the count when the caller knows it already (the summary has it from its counts). */
  withTotal?: boolean;
  /** allCurrentOn(asOf), when the caller asked once for several queries (the summary makes three). */
  allCurrent?: boolean;
}

function whereClauses(f: Omit<TaskFilter, 'limit' | 'offset'>) {
  const parts: Expression<SqlBool>[] = [];
  if (f.unitIds) {
    if (f.unitIds.length === 0) parts.push(sql<SqlBool>`false`);
    else {
      const ids = sql.join(f.unitIds);
      parts.push(sql<SqlBool>`(t.lead_unit_id IN (${ids}) OR EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = t.id AND tu.unit_id IN (${ids})))`);
    }
  }
  if (f.documentId) parts.push(sql<SqlBool>`t.document_id = ${f.documentId}`);
  if (f.targetId) parts.push(sql<SqlBool>`EXISTS (SELECT 1 FROM task_targets tt WHERE tt.task_id = t.id AND tt.target_id = ${f.targetId})`);
  if (f.deadlineFrom) parts.push(sql<SqlBool>`t.at_deadline >= ${f.deadlineFrom}::date`);
  if (f.deadlineTo) parts.push(sql<SqlBool>`t.at_deadline <= ${f.deadlineTo}::date`);
  if (f.q && searchKey(f.q)) {
    // LIKE wildcards in the user's words are matched literally.
    const needle = '%' + searchKey(f.q).replace(/[\\%_]/g, (c) => '\\' + c) + '%';
    parts.push(sql<SqlBool>`t.search_text LIKE ${needle}`);
  }
  if (f.status?.length) {
    // Overdue and due soon are exactly the open, running tasks with a deadline in a range
    // (openDeadlineRange): said so, and only so, the planner reads the index on open tasks'
    // deadlines in order and stops at the page — the status CASE, opaque to its estimates, made it
    // fetch and sort every task of the range (136 ms for a week's 2.700 tasks at national size).
    const range = openDeadlineRange(f.status, f.asOf, f.dueSoonDays);
    if (range) {
      parts.push(sql<SqlBool>`t.at_completed_on IS NULL AND NOT t.at_paused AND t.at_deadline <= ${range.to}::date`);
      if (range.from) parts.push(sql<SqlBool>`t.at_deadline >= ${range.from}::date`);
    } else parts.push(sql<SqlBool>`(${statusSql(f.asOf, f.dueSoonDays)}) IN (${sql.join(f.status)})`);
  }
  return parts.length ? sql<SqlBool>`${sql.join(parts, sql` AND `)}` : sql<SqlBool>`true`;
}

type InForce = { id: string; at_completed_on: string | null; at_deadline: string | null; at_paused: boolean; at_progress: number };

/** The tasks of these rows, in their order, with the state they had on the day asked (not today's). */
async function withStateInForce<R extends InForce>(db: Db, rows: R[]): Promise<(TaskWithState & { row: R })[]> {
  const ids = rows.map((r) => r.id);
  const full = ids.length ? await db.selectFrom('tasks').selectAll().where('id', 'in', ids).execute() : [];
  const byId = new Map((await hydrate(db, full)).map((t) => [t.id, t]));
  return rows.map((r) => ({
    ...byId.get(r.id)!,
    state: { completedOn: r.at_completed_on, deadline: r.at_deadline, paused: r.at_paused, progress: r.at_progress },
    row: r,
  }));
}

export async function listTasks(db: Db, f: TaskFilter): Promise<{ items: (TaskWithState & { status: TaskStatus })[]; total: number | null }> {
  const where = whereClauses(f);
  const status = statusSql(f.asOf, f.dueSoonDays);
  const from = await tasksSource(db, f.asOf, f.allCurrent);
  const rows = await sql<InForce & { status: TaskStatus }>`
    SELECT t.id, ${status} AS status, t.at_completed_on, t.at_deadline, t.at_paused, t.at_progress FROM ${from} t WHERE ${where}
    ORDER BY t.at_deadline ASC NULLS LAST, t.id LIMIT ${f.limit} OFFSET ${f.offset}`.execute(db);
  const count = f.withTotal === false ? null : await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${from} t WHERE ${where}`.execute(db);
  return {
    items: (await withStateInForce(db, rows.rows)).map(({ row, ...t }) => ({ ...t, status: row.status })),
    total: count ? (count.rows[0]?.n ?? 0) : null,
  };
}

/**
 * The tasks a period accounts for: assigned by its last day and not finished before its first, with
 * the state in force on its last day (a decision taken after the period does not change its account),
 * by deadline then id. Optionally only those a unit leads.
 */
export async function tasksOfPeriod(db: Db, p: { start: string; end: string }, leadUnitId?: string): Promise<TaskWithState[]> {
  const rows = await sql<InForce>`
    SELECT t.id, t.at_completed_on, t.at_deadline, t.at_paused, t.at_progress FROM ${await tasksSource(db, p.end)} t
    WHERE t.assigned_on <= ${p.end}::date AND (t.at_completed_on IS NULL OR t.at_completed_on >= ${p.start}::date)
      ${leadUnitId === undefined ? sql`` : sql`AND t.lead_unit_id = ${leadUnitId}`}
    ORDER BY t.at_deadline ASC NULLS LAST, t.id`.execute(db);
  return (await withStateInForce(db, rows.rows)).map(({ row: _row, ...t }) => t);
}

export interface StatusCount {
  unitId: string | null;
  status: TaskStatus;
  hasDeadline: boolean;
  n: number;
}

/** Counts per lead unit and status; the summary folds them into totals and rankings. */
export async function countTasksByUnitAndStatus(db: Db, f: Omit<TaskFilter, 'limit' | 'offset'>): Promise<StatusCount[]> {
  const r = await sql<{ unit_id: string | null; status: TaskStatus; has_deadline: boolean; n: number }>`
    SELECT t.lead_unit_id AS unit_id, ${statusSql(f.asOf, f.dueSoonDays)} AS status,
           (t.at_deadline IS NOT NULL) AS has_deadline, count(*)::int AS n
    FROM ${await tasksSource(db, f.asOf, f.allCurrent)} t WHERE ${whereClauses(f)} GROUP BY 1, 2, 3`.execute(db);
  return r.rows.map((x) => ({ unitId: x.unit_id, status: x.status, hasDeadline: x.has_deadline, n: x.n }));
}
