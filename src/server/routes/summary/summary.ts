// /api/summary: what the dashboard shows: targets by status with "x/y chỉ tiêu đạt", tasks by status
// against both denominators, the first units of the ranking, the overdue and soon-due lists, the
// at-risk and off-track targets (capped, with their totals). Kept encoded per data version, day,
// filter and reader's scope (answer-cache.ts); sent gzipped when the client takes it, with an ETag.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { AsOf, Id, asOfOrToday, errorResponses, json, validationHook } from '../../validation.ts';
import { SummaryResponse } from '../../../contract/summary.ts';
import { principal } from '../../auth/session.ts';
import { dataVersion } from '../../../db/audit.ts';
import { readsEverything, remindReach } from '../../../domain/policy.ts';
import { computeSummary } from '../../services/summary.ts';
import { sendCached } from '../../send-cached.ts';
import { readDb } from '../../replica.ts';

const SummaryQuery = AsOf.extend({ unitId: Id.optional() });

export function summaryRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get', path: '/', tags: ['Tổng quan (summary)'], request: { query: SummaryQuery },
      responses: { 200: json(SummaryResponse), 304: { description: 'Không thay đổi: the answer named by If-None-Match still holds' }, ...errorResponses },
    }),
    async (c) => {
      const { db, dueSoonDays, answers } = c.var.ctx;
      const q = c.req.valid('query');
      const asOf = asOfOrToday(q.asOf);
      const p = principal(c);
      // Read before the computation (with the session, in the same statement): a write landing
      // during it makes the next request compute again.
      const version = c.var.dataVersion ?? (await dataVersion(db));
      // Those who read everything share one answer (one per reach of their reminders: the ticks);
      // anyone else's rests on their own rights.
      const scope = readsEverything(p) ? `all|remind:${remindReach(p)}` : `user:${p.id}`;
      const key = `summary|${asOf}|${q.unitId ?? ''}|${scope}|${dueSoonDays}`;
      const source = readDb(c);
      const answer = await answers.get(key, version, async (at) => {
        // A replica behind the version this answer will be kept under would keep older data under
        // it: the primary computes it then.
        const from = source !== db && BigInt(await dataVersion(source)) < BigInt(version) ? db : source;
        const s = await computeSummary(from, p, { asOf, unitId: q.unitId, dueSoonDays });
        const body: SummaryResponse = { ...s, computedAt: at.toISOString() };
        return JSON.stringify(body);
      });
      return sendCached(c, answer);
    },
  );
  return app;
}
