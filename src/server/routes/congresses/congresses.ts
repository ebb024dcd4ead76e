// /api/congresses: list and create congresses, import a roster, check delegates in, the statistics and the bulletin.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { run } from '../../run.ts';
import { uploadedFiles } from '../../upload.ts';
import { attachment } from '../../download.ts';
import { checkIn, createCongress, importRoster } from '../../../commands/congress.ts';
import { listCongresses } from '../../../db/congresses.ts';
import { mayManageCongress } from '../../../domain/policy.ts';
import { congressStats } from '../../../queries/congress.ts';
import { readTable } from '../../../sheets/table-file.ts';
import { MAX_UPLOAD_BYTES } from '../intake/intake.ts';
import { hallRoutes } from './hall.ts';
import { CheckIn, CheckInResult, CodeParam, CongressCreate, CongressStats, CongressView, RosterResult } from './schema.ts';

const tags = ['Đại hội (congresses)'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function congressRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, responses: { 200: json(z.object({ items: z.array(CongressView), total: z.number() })) } }), async (c) => {
    const items = await listCongresses(c.var.ctx.db);
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(CongressCreate), responses: { 201: json(CongressView, 'Created'), ...errorResponses } }), async (c) => {
    return c.json(await run(c, createCongress, c.req.valid('json')), 201);
  });

  app.openapi(
    createRoute({
      method: 'post', path: '/{code}/roster', tags, request: { params: CodeParam },
      description: 'The roster (.csv or .xlsx, multipart field `file`), as the contract says. Any bad cell refuses the whole file, with its row and column; nothing is written.',
      responses: { 200: json(RosterResult), ...errorResponses },
    }),
    async (c) => {
      // Refused before the file is read: someone who may not import learns nothing from their file.
      authorize(mayManageCongress(principal(c)));
      const [file] = (await uploadedFiles(c, { max: 1, maxBytes: MAX_UPLOAD_BYTES })) as [File];
      const table = await readTable(new Uint8Array(await file.arrayBuffer()));
      return c.json(await run(c, importRoster, { congress: c.req.valid('param').code, table }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/{code}/checkins', tags, request: { params: CodeParam, ...jsonBody(CheckIn.omit({ congress: true })) },
      description: 'Checks in one delegate or a batch. A second check-in counts once; an unknown code refuses the whole batch.',
      responses: { 200: json(CheckInResult), ...errorResponses },
    }),
    async (c) => c.json(await run(c, checkIn, { ...c.req.valid('json'), congress: c.req.valid('param').code }), 200),
  );

  app.openapi(createRoute({ method: 'get', path: '/{code}/stats', tags, request: { params: CodeParam }, responses: { 200: json(CongressStats), ...errorResponses } }), async (c) => {
    return c.json((await congressStats(c.var.ctx.db, c.req.valid('param').code)).stats, 200);
  });

  app.openapi(
    createRoute({ method: 'get', path: '/{code}/report', tags, request: { params: CodeParam }, responses: { 200: { description: 'Thông báo nhanh kết quả Đại hội (.docx)' }, ...errorResponses } }),
    async (c) => {
      const data = await congressStats(c.var.ctx.db, c.req.valid('param').code);
      const { writeCongressBulletin } = await import('../../../reports/congress-bulletin.ts');
      const bytes = await writeCongressBulletin(data);
      return c.body(new Uint8Array(bytes), 200, { 'content-type': DOCX, 'content-disposition': attachment(`thong-bao-nhanh-${data.congress.code}.docx`) });
    },
  );
  hallRoutes(app);
  return app;
}
