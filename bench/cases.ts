// What is measured: each request, the src/db calls its handler makes, and the bare SQL behind it.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../src/db/connection.ts';
import { listObservations, listTargets } from '../src/db/targets.ts';
import { countTasksByUnitAndStatus, listTasks, statusSql, tasksSource } from '../src/db/task-queries.ts';
import { listUnits, subtreeIds } from '../src/db/units.ts';
import { searchKey } from '../src/domain/search.ts';
import type { TaskStatus } from '../src/domain/task-status.ts';

export const DUE_SOON_DAYS = 7;
export const SEARCH = 'khu thuong mai';

export interface Case {
  name: string;
  /** Path and query of the HTTP request. */
  path: string;
  /** The same work through src/db, as the handler does it (without presenting and JSON). */
  dbCalls: () => Promise<unknown>;
  /** The one statement the answer rests on, run through Kysely as it is. */
  bare: RawBuilder<unknown>;
  bareLabel: string;
}

/** The list query of listTasks (task-queries.ts), written out with the same WHERE and ORDER BY. */
function listSql(from: RawBuilder<unknown>, asOf: string, where: RawBuilder<SqlBool>[], limit: number) {
  return sql`SELECT t.id, ${statusSql(asOf, DUE_SOON_DAYS)} AS status, t.at_completed_on, t.at_deadline, t.at_paused, t.at_progress
    FROM ${from} t WHERE ${sql.join(where, sql` AND `)}
    ORDER BY t.at_deadline ASC NULLS LAST, t.id LIMIT ${limit} OFFSET 0`;
}

const unitWhere = (ids: string[]) => {
  const list = sql.join(ids);
  return sql<SqlBool>`(t.lead_unit_id IN (${list}) OR EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = t.id AND tu.unit_id IN (${list})))`;
};
const statusWhere = (asOf: string, status: TaskStatus[]) => sql<SqlBool>`(${statusSql(asOf, DUE_SOON_DAYS)}) IN (${sql.join(status)})`;

export async function cases(db: Db, asOf: string, soId: string): Promise<Case[]> {
  const subtree = await subtreeIds(db, soId);
  const lateOrSoon: TaskStatus[] = ['in_progress_overdue', 'due_soon'];
  const needle = `%${searchKey(SEARCH)}%`;
  const base = { asOf, dueSoonDays: DUE_SOON_DAYS };
  // The form of the task source listTasks would pick for this day (see tasksSource).
  const from = await tasksSource(db, asOf);
  return [
    {
      name: 'GET /api/summary',
      path: `/api/summary?asOf=${asOf}`,
      dbCalls: async () => {
        const targets = await listTargets(db, {});
        await listObservations(db, { indicators: [...new Set(targets.map((t) => t.indicator))] });
        await countTasksByUnitAndStatus(db, base);
        await listUnits(db);
        await listTasks(db, { ...base, status: ['in_progress_overdue'], limit: 20, offset: 0 });
        await listTasks(db, { ...base, status: ['due_soon'], limit: 20, offset: 0 });
      },
      bare: sql`SELECT t.lead_unit_id AS unit_id, ${statusSql(asOf, DUE_SOON_DAYS)} AS status,
        (t.at_deadline IS NOT NULL) AS has_deadline, count(*)::int AS n FROM ${from} t WHERE true GROUP BY 1, 2, 3`,
      bareLabel: 'statusSql count by unit and status',
    },
    {
      name: 'GET /api/tasks (sở subtree, overdue or due soon)',
      path: `/api/tasks?asOf=${asOf}&unitId=${soId}&status=${lateOrSoon.join(',')}&limit=50`,
      dbCalls: async () => listTasks(db, { ...base, unitIds: await subtreeIds(db, soId), status: lateOrSoon, limit: 50, offset: 0 }),
      bare: listSql(from, asOf, [unitWhere(subtree), statusWhere(asOf, lateOrSoon)], 50),
      bareLabel: 'list query (unit subtree, status)',
    },
    {
      name: `GET /api/tasks?q=${SEARCH}`,
      path: `/api/tasks?asOf=${asOf}&q=${encodeURIComponent(SEARCH)}&limit=50`,
      dbCalls: () => listTasks(db, { ...base, q: SEARCH, limit: 50, offset: 0 }),
      bare: listSql(from, asOf, [sql<SqlBool>`t.search_text LIKE ${needle}`], 50),
      bareLabel: 'list query (LIKE on search_text)',
    },
  ];
}

/** The statement of listObservations as the summary sends it (explained, to show the server's share). */
export const observationsSql = (indicators: string[]) =>
  sql`SELECT * FROM observations WHERE indicator IN (${sql.join(indicators)}) ORDER BY indicator, period_end, id`;

export const explain = async (db: Db, q: RawBuilder<unknown>): Promise<string> =>
  (await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS) ${q}`.execute(db)).rows.map((r) => r['QUERY PLAN']).join('\n');
