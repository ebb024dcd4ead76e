// /api/summary: what the dashboard shows: targets by status with "x/y chỉ tiêu đạt", tasks by status
// against both denominators, tasks by unit with on-time rates, the overdue and soon-due lists.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { AsOf, Id, asOfOrToday, errorResponses, json, validationHook } from '../../validation.ts';
import { listTargets, observationsByIndicator } from '../../../db/targets.ts';
import { allCurrentOn, countTasksByUnitAndStatus, listTasks } from '../../../db/task-queries.ts';
import { getUnit, listUnits, subtreeIds } from '../../../db/units.ts';
import { targetStatus } from '../../../domain/target-status.ts';
import { summarizeTargets, summarizeTaskCounts } from '../../../domain/summary.ts';
import { presentTarget } from '../../presenters/target.ts';
import { presentTask } from '../../presenters/task.ts';
import { presentSummaryTarget, presentSummaryTask } from '../../presenters/summary.ts';
import { SummaryResponse } from '../../../contract/summary.ts';
import { principal } from '../../auth/session.ts';
import { mayReadObservation, mayReadTarget, readsEverything } from '../../../domain/policy.ts';
import { assessAllTargets, type AssessedTarget } from '../../services/assessments.ts';
import { visibleUnits } from '../tasks/tasks.ts';

const SummaryQuery = AsOf.extend({ unitId: Id.optional() });
const LIST_LIMIT = 20;

/** The ranking of units is cut here: a province has thousands; the full table is the units page's. */
const UNIT_LIMIT = 100;

export function summaryRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({ method: 'get', path: '/', tags: ['Tổng quan (summary)'], request: { query: SummaryQuery }, responses: { 200: json(SummaryResponse), ...errorResponses } }),
    async (c) => {
      const { db, dueSoonDays } = c.var.ctx;
      const q = c.req.valid('query');
      const asOf = asOfOrToday(q.asOf);
      const p = principal(c);
      const unitIds = await visibleUnits(db, p, q.unitId);
      const targetUnits = q.unitId ? await subtreeIds(db, (await getUnit(db, q.unitId)).id) : undefined;

      let assessed: AssessedTarget[];
      if (readsEverything(p)) {
        const owners = targetUnits ? new Set(targetUnits) : null;
        assessed = (await assessAllTargets(db, asOf)).filter((t) => !owners || (t.ownerUnitId !== null && owners.has(t.ownerUnitId)));
      } else {
        // A scoped reader's statuses rest on the figures they may see: computed for them.
        const targets = (await listTargets(db, { ownerUnitIds: targetUnits })).filter((t) => mayReadTarget(p, t));
        const byIndicator = await observationsByIndicator(db, [...new Set(targets.map((t) => t.indicator))], (o) => mayReadObservation(p, o));
        assessed = targets.map((t) => presentTarget(t, targetStatus(t, byIndicator.get(t.indicator) ?? [], asOf)));
      }

      // One probe for the three task queries below: whether the day reads the stored state alone.
      const filter = { unitIds, asOf, dueSoonDays, allCurrent: await allCurrentOn(db, asOf) };
      const counts = await countTasksByUnitAndStatus(db, filter);
      const units = new Map((await listUnits(db)).map((u) => [u.id, u]));
      const perUnit = new Map<string | null, typeof counts>();
      for (const r of counts) {
        const list = perUnit.get(r.unitId);
        if (list) list.push(r);
        else perUnit.set(r.unitId, [r]);
      }
      const byUnit = [...perUnit.entries()]
        .map(([unitId, rows]) => {
          const u = unitId ? units.get(unitId) : undefined;
          return { unitId, unitCode: u?.code ?? null, unitName: u?.name ?? 'Chưa giao đơn vị', ...summarizeTaskCounts(rows) };
        })
        // Ranked by on-time completion, then by fewer overdue tasks.
        .sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || a.overdue - b.overdue || (a.unitCode ?? '').localeCompare(b.unitCode ?? ''));

      const page = { limit: LIST_LIMIT, offset: 0 };
      const taskSummary = summarizeTaskCounts(counts);
      const overdue = await listTasks(db, { ...filter, ...page, status: ['in_progress_overdue'], withTotal: false });
      const dueSoon = await listTasks(db, { ...filter, ...page, status: ['due_soon'], withTotal: false });
      const briefTask = (t: (typeof overdue.items)[number]) => presentSummaryTask(presentTask(t, t.status));

      return c.json(
        {
          asOf,
          targets: {
            ...summarizeTargets(assessed),
            atRisk: assessed.filter((t) => t.status === 'at_risk').map(presentSummaryTarget),
            offTrack: assessed.filter((t) => t.status === 'off_track').map(presentSummaryTarget),
          },
          tasks: {
            ...taskSummary,
            byUnit: byUnit.slice(0, UNIT_LIMIT),
            byUnitTotal: byUnit.length,
            overdue: { total: taskSummary.counts.in_progress_overdue, items: overdue.items.map(briefTask) },
            dueSoon: { total: taskSummary.counts.due_soon, items: dueSoon.items.map(briefTask) },
          },
        },
        200,
      );
    },
  );
  return app;
}
