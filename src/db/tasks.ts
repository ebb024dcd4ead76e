// Tasks (nhiệm vụ), their co-ordinating units, linked targets and progress reports.
import type { Selectable } from 'kysely';
import type { Task, TaskReport, ReportKind } from '../domain/task.ts';
import { searchKey } from '../domain/search.ts';
import { conflict, invalid, notFound } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import type { TasksTable, TaskReportsTable } from './schema.ts';
import { recordAudit } from './audit.ts';
import { fromSource, toSource } from './source.ts';
import { writeTaskStates } from './task-states.ts';

export interface StoredTaskState {
  completedOn: string | null;
  deadline: string | null;
  paused: boolean;
  progress: number;
}
export type TaskWithState = Task & { state: StoredTaskState };

export function toTask(r: Selectable<TasksTable>, coUnitIds: string[], targetIds: string[]): TaskWithState {
  return {
    id: r.id,
    title: r.title,
    leadUnitId: r.lead_unit_id,
    coUnitIds,
    personInCharge: r.person_in_charge,
    authority: r.authority,
    product: r.product,
    assignedOn: r.assigned_on,
    deadline: r.deadline,
    latest: r.latest,
    recurring: r.recurring,
    parentId: r.parent_id,
    targetIds,
    source: toSource(r),
    visibility: r.visibility as Task['visibility'],
    version: r.version,
    state: { completedOn: r.state_completed_on, deadline: r.state_deadline, paused: r.state_paused, progress: r.state_progress },
  };
}

export const toReport = (r: Selectable<TaskReportsTable>): TaskReport => ({
  id: r.id,
  taskId: r.task_id,
  kind: r.kind as ReportKind,
  reportedOn: r.reported_on,
  progress: r.progress,
  text: r.body,
  newDeadline: r.new_deadline,
  approved: r.approved,
  authorId: r.author_id,
  unitId: r.unit_id,
  link: r.link,
});

async function links(db: Db, ids: string[]) {
  if (ids.length === 0) return { units: new Map<string, string[]>(), targets: new Map<string, string[]>() };
  const [u, t] = await Promise.all([
    db.selectFrom('task_units').select(['task_id', 'unit_id']).where('task_id', 'in', ids).orderBy('unit_id').execute(),
    db.selectFrom('task_targets').select(['task_id', 'target_id']).where('task_id', 'in', ids).orderBy('target_id').execute(),
  ]);
  const group = (rows: { task_id: string; v: string }[]) => {
    const m = new Map<string, string[]>();
    for (const r of rows) m.set(r.task_id, [...(m.get(r.task_id) ?? []), r.v]);
    return m;
  };
  return {
    units: group(u.map((r) => ({ task_id: r.task_id, v: r.unit_id }))),
    targets: group(t.map((r) => ({ task_id: r.task_id, v: r.target_id }))),
  };
}

export async function hydrate(db: Db, rows: Selectable<TasksTable>[]): Promise<TaskWithState[]> {
  const l = await links(db, rows.map((r) => r.id));
  return rows.map((r) => toTask(r, l.units.get(r.id) ?? [], l.targets.get(r.id) ?? []));
}

export async function getTask(db: Db, id: string): Promise<TaskWithState> {
  const r = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('task', id);
  return (await hydrate(db, [r]))[0]!;
}

/** A task's reports in date order, each with its author's name (the thread on the task page shows who spoke). */
export async function listReports(db: Db, taskId: string): Promise<TaskReport[]> {
  const rows = await db
    .selectFrom('task_reports')
    .leftJoin('users', 'users.id', 'task_reports.author_id')
    .selectAll('task_reports')
    .select('users.name as author_name')
    .where('task_id', '=', taskId)
    .orderBy('reported_on')
    .orderBy('entry_no')
    .execute();
  return rows.map((r) => ({ ...toReport(r), authorName: r.author_name, recordedAt: new Date(r.created_at).toISOString() }));
}

/** The tasks with a lead unit assigned on or before `day` (what a quarter's rating looks at). */
export async function ledTasksAssignedBy(db: Db, day: string): Promise<TaskWithState[]> {
  return hydrate(db, await db.selectFrom('tasks').selectAll().where('lead_unit_id', 'is not', null).where('assigned_on', '<=', day).execute());
}

/** Every report of these tasks, in date order (same-day reports in the order entered). */
export async function reportsOf(db: Db, taskIds: string[]): Promise<TaskReport[]> {
  if (taskIds.length === 0) return [];
  const rows = await db.selectFrom('task_reports').selectAll().where('task_id', 'in', taskIds).orderBy('reported_on').orderBy('entry_no').execute();
  return rows.map(toReport);
}

export type TaskInput = Omit<Task, 'id' | 'version'> & { id?: string };

function checkDates(t: Omit<TaskInput, 'id'>) {
  if (t.recurring && t.deadline) throw invalid('deadline: a standing task (thường xuyên) has no deadline', { field: 'deadline' });
  if (t.deadline && t.deadline < t.assignedOn) throw invalid({ vi: 'thời hạn: trước ngày giao nhiệm vụ', en: 'deadline: before the day the task was assigned' }, { field: 'deadline' });
  if (t.latest && t.deadline && t.latest < t.deadline) throw invalid({ vi: 'hạn chót: trước thời hạn', en: 'latest: the harder limit comes before the deadline' }, { field: 'latest' });
}

function taskColumns(t: Omit<TaskInput, 'id'>) {
  checkDates(t);
  return {
    title: t.title,
    lead_unit_id: t.leadUnitId,
    person_in_charge: t.personInCharge,
    authority: t.authority,
    product: t.product,
    assigned_on: t.assignedOn,
    deadline: t.deadline,
    latest: t.latest,
    recurring: t.recurring,
    parent_id: t.parentId,
    visibility: t.visibility,
    search_text: searchKey(`${t.title} ${t.product ?? ''} ${t.personInCharge ?? ''}`),
    ...fromSource(t.source),
  };
}

async function setLinks(trx: Db, id: string, coUnitIds: string[], targetIds: string[]) {
  await trx.deleteFrom('task_units').where('task_id', '=', id).execute();
  await trx.deleteFrom('task_targets').where('task_id', '=', id).execute();
  const units = [...new Set(coUnitIds)];
  const targets = [...new Set(targetIds)];
  if (units.length) await trx.insertInto('task_units').values(units.map((unit_id) => ({ task_id: id, unit_id }))).execute();
  if (targets.length) await trx.insertInto('task_targets').values(targets.map((target_id) => ({ task_id: id, target_id }))).execute();
}

/**
 * Recomputes the stored state from the reports, with the same rule the domain uses for any day: every
 * stretch between report days (task_states, for days in the past) and the last one (tasks.state_*).
 */
export async function refreshState(trx: WriteTx, id: string): Promise<void> {
  const task = await getTask(trx, id);
  await writeTaskStates(trx, [{ task, reports: await listReports(trx, id) }]);
}

export async function createTask(trx: WriteTx, input: TaskInput, actor: string | null): Promise<TaskWithState> {
  {
    const r = await trx
      .insertInto('tasks')
      .values({ ...(input.id ? { id: input.id } : {}), ...taskColumns(input) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await setLinks(trx, r.id, input.coUnitIds, input.targetIds);
    await refreshState(trx, r.id);
    const t = await getTask(trx, r.id);
    await recordAudit(trx, { actor, action: 'create', objectType: 'task', objectId: t.id, before: null, after: t });
    return t;
  }
}

export async function updateTask(trx: WriteTx, id: string, version: number, patch: Partial<TaskInput>, actor: string | null): Promise<TaskWithState> {
  {
    const before = await getTask(trx, id);
    if (before.version !== version) throw conflict({ vi: `phiên bản: nhiệm vụ ${id} vừa được người khác sửa (nay là phiên bản ${before.version}); hãy tải lại`, en: `version: task ${id} was changed by someone else (now version ${before.version})` }, { current: before.version });
    if (patch.parentId === id) throw invalid({ vi: 'nhiệm vụ cha: một nhiệm vụ không là cha của chính nó', en: 'parentId: a task cannot be its own parent' }, { field: 'parentId' });
    const { state: _s, ...plain } = before;
    const merged = { ...plain, ...patch, id };
    const r = await trx
      .updateTable('tasks')
      .set({ ...taskColumns(merged), version: before.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    if (!r) throw conflict({ vi: `phiên bản: nhiệm vụ ${id} vừa được người khác sửa; hãy tải lại`, en: `version: task ${id} was changed by someone else` });
    await setLinks(trx, id, merged.coUnitIds, merged.targetIds);
    await refreshState(trx, id);
    const after = await getTask(trx, id);
    await recordAudit(trx, { actor, action: 'update', objectType: 'task', objectId: id, before, after });
    return after;
  }
}

export type ReportInput = Omit<TaskReport, 'id' | 'taskId'> & { id?: string };

/**
 * Stores a report (its rules are the reportOnTask command's) and refreshes the task's state. `known`:
 * the task and its reports as the caller read them under the task's lock (lockTask), so they are
 * not read again; the new report goes last when its day is not before the last one's, as listReports
 * would order it (else they are read again).
 */
export async function addReport(
  trx: WriteTx, taskId: string, input: ReportInput, actor: string | null,
  known?: { task: TaskWithState; reports: readonly TaskReport[] },
): Promise<{ report: TaskReport; task: TaskWithState }> {
  const before = known?.task ?? (await getTask(trx, taskId));
  const r = await trx
    .insertInto('task_reports')
    .values({
      ...(input.id ? { id: input.id } : {}),
      task_id: taskId,
      kind: input.kind,
      reported_on: input.reportedOn,
      progress: input.progress,
      body: input.text,
      new_deadline: input.newDeadline,
      approved: input.approved,
      author_id: input.authorId,
      unit_id: input.unitId ?? null,
      link: input.link ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const report = toReport(r);
  const last = known?.reports.at(-1);
  if (known && (!last || last.reportedOn <= report.reportedOn)) await writeTaskStates(trx, [{ task: before, reports: [...known.reports, report] }]);
  else await refreshState(trx, taskId);
  await recordAudit(trx, { actor, action: 'report', objectType: 'task', objectId: taskId, before: before.state, after: report });
  return { report, task: await getTask(trx, taskId) };
}

/**
 * Takes the task's row lock for the rest of the transaction: two reports on one task (a double
 * click, an acceptance and a return at once) are then checked and written one after the other.
 */
export async function lockTask(trx: WriteTx, id: string): Promise<void> {
  const r = await trx.selectFrom('tasks').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  if (!r) throw notFound('task', id);
}

/**
 * lockTask, returning the task as it stands under the lock: its row read with the lock (a report or
 * an edit may have landed since `read`), its co-units and targets taken from `read` when the version
 * says no edit did (only an edit changes them), else read again.
 */
export async function lockedTask(trx: WriteTx, read: TaskWithState): Promise<TaskWithState> {
  const r = await trx.selectFrom('tasks').selectAll().where('id', '=', read.id).forUpdate().executeTakeFirst();
  if (!r) throw notFound('task', read.id);
  return r.version === read.version ? toTask(r, read.coUnitIds, read.targetIds) : (await hydrate(trx, [r]))[0]!;
}
