// /api/tasks: directives with the six clears, their reports, and their status as of a day.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { AsOf, IdParam, asOfOrToday, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { addReport, createTask, getTask, listReports, updateTask } from '../../../db/tasks.ts';
import { listTasks } from '../../../db/task-queries.ts';
import { getUnit, subtreeIds } from '../../../db/units.ts';
import { getTarget } from '../../../db/targets.ts';
import { evaluateTask } from '../../../domain/task-status.ts';
import type { Db } from '../../../db/connection.ts';
import { presentReport, presentTask } from '../../presenters/task.ts';
import { checkSource } from '../targets/targets.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayManage, mayReadTask, mayReportOnTask, readsEverything } from '../../../domain/policy.ts';
import { notFound } from '../../../domain/errors.ts';
import type { Principal } from '../../../domain/user.ts';
import { ReportCreate, TaskCreate, TaskQuery, TaskUpdate } from './schema.ts';

const tags = ['Nhiệm vụ (tasks)'];

async function checkRefs(db: Db, t: { leadUnitId?: string | null; coUnitIds?: string[]; targetIds?: string[]; parentId?: string | null }) {
  // Unknown ids answer 404 naming the id, before anything is written.
  for (const id of [t.leadUnitId, ...(t.coUnitIds ?? [])]) if (id) await getUnit(db, id);
  for (const id of t.targetIds ?? []) await getTarget(db, id);
  if (t.parentId) await getTask(db, t.parentId);
}

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

async function detail(db: Db, id: string, asOf: string, dueSoonDays: number) {
  const task = await getTask(db, id);
  const reports = await listReports(db, id);
  const ev = evaluateTask(task, reports, asOf, { dueSoonDays });
  // The state as it stood on asOf, as the list of that day shows it (not the latest stored one).
  const state = { completedOn: ev.completedOn, deadline: ev.deadline, paused: ev.paused, progress: ev.progress ?? 0 };
  return { asOf, ...presentTask({ ...task, state }, ev.status), evaluation: ev, reports: reports.map(presentReport) };
}

export function taskRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, request: { query: TaskQuery }, responses: { 200: json(z.any()), ...errorResponses } }), async (c) => {
    const q = c.req.valid('query');
    const { db, dueSoonDays } = c.var.ctx;
    const asOf = asOfOrToday(q.asOf);
    const unitIds = await visibleUnits(db, principal(c), q.unitId);
    const r = await listTasks(db, { ...q, unitIds, asOf, dueSoonDays });
    return c.json({ asOf, total: r.total, limit: q.limit, offset: q.offset, items: r.items.map((t) => presentTask(t, t.status)) }, 200);
  });

  app.openapi(
    createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam, query: AsOf }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const { db, dueSoonDays } = c.var.ctx;
      const id = c.req.valid('param').id;
      await readableTask(db, principal(c), id);
      return c.json(await detail(db, id, asOfOrToday(c.req.valid('query').asOf), dueSoonDays), 200);
    },
  );

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(TaskCreate), responses: { 201: json(z.any(), 'Created'), ...errorResponses } }), async (c) => {
    const { db, dueSoonDays } = c.var.ctx;
    const body = c.req.valid('json');
    const p = principal(c);
    authorize(mayManage(p));
    await checkRefs(db, body);
    await checkSource(db, body.source);
    const t = await createTask(db, body, p.id);
    return c.json(await detail(db, t.id, asOfOrToday(undefined), dueSoonDays), 201);
  });

  app.openapi(
    createRoute({ method: 'patch', path: '/{id}', tags, request: { params: IdParam, ...jsonBody(TaskUpdate) }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const { db, dueSoonDays } = c.var.ctx;
      const { version, ...patch } = c.req.valid('json');
      const id = c.req.valid('param').id;
      const p = principal(c);
      await readableTask(db, p, id);
      authorize(mayManage(p));
      await checkRefs(db, patch);
      await checkSource(db, patch.source);
      await updateTask(db, id, version, patch, p.id);
      return c.json(await detail(db, id, asOfOrToday(undefined), dueSoonDays), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/{id}/reports', tags, request: { params: IdParam }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const db = c.var.ctx.db;
      const id = c.req.valid('param').id;
      await readableTask(db, principal(c), id);
      const items = (await listReports(db, id)).map(presentReport);
      return c.json({ items, total: items.length }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/{id}/reports', tags, request: { params: IdParam, ...jsonBody(ReportCreate) }, responses: { 201: json(z.any(), 'Created'), ...errorResponses } }),
    async (c) => {
      const { db, dueSoonDays } = c.var.ctx;
      const id = c.req.valid('param').id;
      const p = principal(c);
      const body = c.req.valid('json');
      authorize(mayReportOnTask(p, await readableTask(db, p, id), body.kind));
      const { report } = await addReport(db, id, { ...body, authorId: p.id }, p.id);
      return c.json({ report: presentReport(report), task: await detail(db, id, asOfOrToday(undefined), dueSoonDays) }, 201);
    },
  );
  return app;
}
