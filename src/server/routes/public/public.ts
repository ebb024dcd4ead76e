// /api/public/summary: what may be shown outside, without an account: public targets and their status only.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { AsOf, asOfOrToday, json, validationHook } from '../../validation.ts';
import { listObservations, listTargets } from '../../../db/targets.ts';
import { targetStatus } from '../../../domain/target-status.ts';
import { summarizeTargets } from '../../../domain/summary.ts';
import { presentTarget } from '../../presenters/target.ts';
import { PublicSummary } from '../../../contract/summary.ts';

export function publicRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(createRoute({ method: 'get', path: '/summary', tags: ['Công khai (public)'], request: { query: AsOf }, responses: { 200: json(PublicSummary) } }), async (c) => {
    const db = c.var.ctx.db;
    const asOf = asOfOrToday(c.req.valid('query').asOf);
    // Only items marked public (công khai); figures are those of the whole city (no unit).
    const targets = (await listTargets(db)).filter((t) => t.visibility === 'public');
    const obs = (await listObservations(db, { indicators: [...new Set(targets.map((t) => t.indicator))] })).filter((o) => o.unitId === null);
    const items = targets.map((t) => {
      const p = presentTarget(t, targetStatus(t, obs.filter((o) => o.indicator === t.indicator), asOf));
      return { id: p.id, label: p.label, group: p.group, groupLabel: p.groupLabel, value: p.value, max: p.max, unit: p.unit, period: p.period, periodLabel: p.periodLabel, status: p.status, statusLabel: p.statusLabel, latest: p.latest ? { value: p.latest.value, period: p.latest.period, periodLabel: p.latest.periodLabel } : null };
    });
    return c.json({ asOf, targets: { ...summarizeTargets(items), items } }, 200);
  });
  return app;
}
