// /api/congress-seasons: grassroots congress seasons, their schedule, an organisation marked held, the progress.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { asOfOrToday, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { run } from '../../run.ts';
import { uploadedFiles } from '../../upload.ts';
import { createSeason, importSchedule, markHeld } from '../../../commands/congress-seasons.ts';
import { listSeasons } from '../../../db/congress-seasons.ts';
import { mayManageCongress } from '../../../domain/policy.ts';
import { congressSeasonProgress } from '../../../queries/congress.ts';
import { readTable } from '../../../sheets/table-file.ts';
import { MAX_UPLOAD_BYTES } from '../intake/intake.ts';
import { CodeParam, HeldBody, HeldResult, OrgParams, ProgressQuery, ScheduleResult, SeasonCreate, SeasonProgress, SeasonView } from './schema.ts';

const tags = ['Đại hội cơ sở (congress seasons)'];

export function congressSeasonRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, responses: { 200: json(z.object({ items: z.array(SeasonView), total: z.number() })) } }), async (c) => {
    const items = await listSeasons(c.var.ctx.db);
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(SeasonCreate), responses: { 201: json(SeasonView, 'Created'), ...errorResponses } }), async (c) => {
    return c.json(await run(c, createSeason, c.req.valid('json')), 201);
  });

  app.openapi(
    createRoute({
      method: 'post', path: '/{code}/schedule', tags, request: { params: CodeParam },
      description: 'Import or update the schedule (.csv or .xlsx, multipart field `file`) by organisation code; a bad cell refuses the whole file.',
      responses: { 200: json(ScheduleResult), ...errorResponses },
    }),
    async (c) => {
      authorize(mayManageCongress(principal(c)));
      const [file] = (await uploadedFiles(c, { max: 1, maxBytes: MAX_UPLOAD_BYTES })) as [File];
      const table = await readTable(new Uint8Array(await file.arrayBuffer()));
      return c.json(await run(c, importSchedule, { season: c.req.valid('param').code, table }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/{code}/orgs/{org}/held', tags, request: { params: OrgParams, ...jsonBody(HeldBody) },
      description: 'The day the organisation held its congress: the secretariat, or an officer of the unit the organisation is linked to.',
      responses: { 200: json(HeldResult), ...errorResponses },
    }),
    async (c) => {
      const { code, org } = c.req.valid('param');
      return c.json(await run(c, markHeld, { season: code, org, on: c.req.valid('json').on }), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/{code}/progress', tags, request: { params: CodeParam, query: ProgressQuery }, responses: { 200: json(SeasonProgress), ...errorResponses } }),
    async (c) => {
      return c.json(await congressSeasonProgress(c.var.ctx.db, c.req.valid('param').code, asOfOrToday(c.req.valid('query').asOf)), 200);
    },
  );
  return app;
}
