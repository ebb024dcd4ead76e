// /api/tasks: directives with the six clears, their reports, and their status as of a day.
import { readDb } from '../../replica.ts';
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { AsOf, IdParam, asOfOrToday, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { getTask, listReports } from '../../../db/tasks.ts';
import { listTasks } from '../../../db/task-queries.ts';
import { taskReminders } from '../../../db/task-reminders.ts';
import { remindMarks } from '../../../queries/task-reminders.ts';
import { getUnit, subtreeIds } from '../../../db/units.ts';
import { evaluateTask } from '../../../domain/task-status.ts';
import type { Db } from '../../../db/connection.ts';
import { presentReport, presentTask, presentTaskDetail } from '../../presenters/task.ts';
import { ReportCreated, ReportList, TaskDetail, TaskList } from '../../../contract/task.ts';
import { principal } from '../../auth/session.ts';
import { mayReadTask, readsEverything } from '../../../domain/policy.ts';
import { notFound } from '../../../domain/errors.ts';
import type { Principal } from '../../../domain/user.ts';
import { run } from '../../run.ts';
import { editTask, giveDirective } from '../../../commands/tasks.ts';
import { reportOnTask } from '../../../commands/task-reports.ts';
import { ReportCreate, TaskCreate, TaskQuery, TaskUpdate } from './schema.ts';

const tags = ['Nhiệm vụ (tasks)'];

/** The units whose tasks a list may show: the filter's subtree, cut to what the user may read. */
export async function visibleUnits(db: Db, p: Principal, unitId: string | undefined): Promise<string[] | undefined> {
  const filter = unitId ? await subtreeIds(db, (await getUnit(db, unitId)).id) : undefined;
  if (readsEverything(p)) return filter;
  return (filter ?? [...p.scope]).filter((u) => p.scope.has(u));
}

/** A task the user may not read answers 404, exactly as one that does not exist. */
async function readableTask(db: Db, p: Principal, id: string) {
  const task = await getTask(db, id);
  if (!mayReadTask(p, task)) throw notFound('task', id);
  return task;
}

async function detail(db: Db, p: Principal, id: string, asOf: string, dueSoonDays: number) {
  const task = await getTask(db, id);
  const reports = await listReports(db, id);
  const ev = evaluateTask(task, reports, asOf, { dueSoonDays });
  // The state as it stood on asOf, as the list of that day shows it (not the latest stored one).
  const state = { completedOn: ev.completedOn, deadline: ev.deadline, paused: ev.paused, progress: ev.progress ?? 0 };
  const marks = await remindMarks(db, p, [{ id, leadUnitId: task.leadUnitId, status: ev.status }], asOf);
  return presentTaskDetail({ ...task, state }, reports, ev, asOf, marks(id), await taskReminders(db, [id]));
}

export function taskRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, request: { query: TaskQuery }, responses: { 200: json(TaskList), ...errorResponses } }), async (c) => {
    const q = c.req.valid('query');
    const { dueSoonDays } = c.var.ctx;
    // A list tolerates seconds of lag: a replica's, unless this session wrote lately (replica.ts).
    const db = readDb(c);
    const asOf = asOfOrToday(q.asOf);
    const unitIds = await visibleUnits(db, principal(c), q.unitId);
    const r = await listTasks(db, { ...q, unitIds, asOf, dueSoonDays });
    const marks = await remindMarks(db, principal(c), r.items, asOf);
    return c.json({ asOf, total: r.total, limit: q.limit, offset: q.offset, items: r.items.map((t) => presentTask(t, t.status, marks(t.id))) }, 200);
  });

  app.openapi(
    createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam, query: AsOf }, responses: { 200: json(TaskDetail), ...errorResponses } }),
    async (c) => {
      const { db, dueSoonDays } = c.var.ctx;
      const id = c.req.valid('param').id;
      await readableTask(db, principal(c), id);
      return c.json(await detail(db, principal(c), id, asOfOrToday(c.req.valid('query').asOf), dueSoonDays), 200);
    },
  );

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(TaskCreate), responses: { 201: json(TaskDetail, 'Created'), ...errorResponses } }), async (c) => {
    const { db, dueSoonDays } = c.var.ctx;
    const t = await run(c, giveDirective, c.req.valid('json'));
    return c.json(await detail(db, principal(c), t.id, asOfOrToday(undefined), dueSoonDays), 201);
  });

  app.openapi(
    createRoute({ method: 'patch', path: '/{id}', tags, request: { params: IdParam, ...jsonBody(TaskUpdate) }, responses: { 200: json(TaskDetail), ...errorResponses } }),
    async (c) => {
      const { db, dueSoonDays } = c.var.ctx;
      const id = c.req.valid('param').id;
      await run(c, editTask, { ...c.req.valid('json'), id });
      return c.json(await detail(db, principal(c), id, asOfOrToday(undefined), dueSoonDays), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/{id}/reports', tags, request: { params: IdParam }, responses: { 200: json(ReportList), ...errorResponses } }),
    async (c) => {
      const db = c.var.ctx.db;
      const id = c.req.valid('param').id;
      await readableTask(db, principal(c), id);
      const items = (await listReports(db, id)).map(presentReport);
      return c.json({ items, total: items.length }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/{id}/reports', tags, request: { params: IdParam, ...jsonBody(ReportCreate) }, responses: { 201: json(ReportCreated, 'Created'), ...errorResponses } }),
    async (c) => {
      const { db, dueSoonDays } = c.var.ctx;
      const id = c.req.valid('param').id;
      const { report } = await run(c, reportOnTask, { ...c.req.valid('json'), taskId: id });
      return c.json({ report: presentReport(report), task: await detail(db, principal(c), id, asOfOrToday(undefined), dueSoonDays) }, 201);
    },
  );
  return app;
}
