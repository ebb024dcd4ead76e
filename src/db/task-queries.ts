// Task lists and counts by status, computed in SQL from the stored state so they scale to many tasks.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { TaskStatus } from '../domain/task-status.ts';
import { searchKey } from '../domain/search.ts';
import type { Db } from './connection.ts';
import { hydrate, type TaskWithState } from './tasks.ts';

/**
 * The SQL twin of the domain's taskStatus(), over the stored state (all reports applied).
 * test/task-status-sql.test.ts checks that both agree on every case the domain table lists.
 */
export function statusSql(asOf: string, dueSoonDays: number) {
  const d = sql`${asOf}::date`;
  return sql<TaskStatus>`CASE
    WHEN t.state_completed_on IS NOT NULL AND t.state_completed_on <= ${d} THEN
      CASE WHEN t.state_deadline IS NULL THEN 'done_no_deadline'
           WHEN t.state_completed_on <= t.state_deadline THEN 'done_on_time'
           ELSE 'done_late' END
    WHEN t.state_paused THEN 'paused'
    WHEN t.state_deadline IS NULL THEN 'in_progress'
    WHEN ${d} > t.state_deadline THEN 'in_progress_overdue'
    WHEN t.state_deadline - ${d} <= ${dueSoonDays}::int THEN 'due_soon'
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
  if (f.deadlineFrom) parts.push(sql<SqlBool>`t.state_deadline >= ${f.deadlineFrom}::date`);
  if (f.deadlineTo) parts.push(sql<SqlBool>`t.state_deadline <= ${f.deadlineTo}::date`);
  if (f.q && searchKey(f.q)) {
    // LIKE wildcards in the user's words are matched literally.
    const needle = '%' + searchKey(f.q).replace(/[\\%_]/g, (c) => '\\' + c) + '%';
    parts.push(sql<SqlBool>`t.search_text LIKE ${needle}`);
  }
  if (f.status?.length) parts.push(sql<SqlBool>`(${statusSql(f.asOf, f.dueSoonDays)}) IN (${sql.join(f.status)})`);
  return parts.length ? sql<SqlBool>`${sql.join(parts, sql` AND `)}` : sql<SqlBool>`true`;
}

export async function listTasks(db: Db, f: TaskFilter): Promise<{ items: (TaskWithState & { status: TaskStatus })[]; total: number | null }> {
  const where = whereClauses(f);
  const status = statusSql(f.asOf, f.dueSoonDays);
  const rows = await sql<{ id: string; status: TaskStatus }>`
    SELECT t.id, ${status} AS status FROM tasks t WHERE ${where}
    ORDER BY t.state_deadline ASC NULLS LAST, t.id LIMIT ${f.limit} OFFSET ${f.offset}`.execute(db);
  const count = f.withTotal === false ? null : await sql<{ n: number }>`SELECT count(*)::int AS n FROM tasks t WHERE ${where}`.execute(db);
  const ids = rows.rows.map((r) => r.id);
  const full = ids.length ? await db.selectFrom('tasks').selectAll().where('id', 'in', ids).execute() : [];
  const byId = new Map((await hydrate(db, full)).map((t) => [t.id, t]));
  return {
    items: rows.rows.map((r) => ({ ...byId.get(r.id)!, status: r.status })),
    total: count ? (count.rows[0]?.n ?? 0) : null,
  };
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
           (t.state_deadline IS NOT NULL) AS has_deadline, count(*)::int AS n
    FROM tasks t WHERE ${whereClauses(f)} GROUP BY 1, 2, 3`.execute(db);
  return r.rows.map((x) => ({ unitId: x.unit_id, status: x.status, hasDeadline: x.has_deadline, n: x.n }));
}
