// /api/congresses/{code}/…: the programme, the papers with their versions, and the written contributions.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.ts';
import { ErrorSchema, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { run } from '../../run.ts';
import { attachment } from '../../download.ts';
import { AppError, invalid } from '../../../domain/errors.ts';
import { mayManageCongress, mayReadContributions, mayReadCongressFloor } from '../../../domain/policy.ts';
import { getCongressByCode } from '../../../db/congresses.ts';
import { getPaper, listPapers, paperVersionContent, readProgramme } from '../../../db/congress-papers.ts';
import { listContributions } from '../../../db/congress-contributions.ts';
import { publishPaperVersion, publishProgramme } from '../../../commands/congress-papers.ts';
import { importContributions, markPresented, registerContribution } from '../../../commands/congress-contributions.ts';
import { uploadedFiles } from '../../upload.ts';
import { readTable } from '../../../sheets/table-file.ts';
import { MAX_UPLOAD_BYTES } from '../intake/intake.ts';
import {
  CodeParam, Contribution, ContributionList, ContributionsImported, ContributionPresented, ContributionRegister, PaperDetail, PaperFileParam, PaperList, PaperParam, PaperPublished, Programme, ProgrammePublish, VersionQuery,
} from './schema.ts';

const tags = ['Đại hội: chương trình, tài liệu, tham luận (papers)'];
const forbidden = { 403: json(ErrorSchema, 'Not allowed') };

/** The congress of the path, once the reader may read its floor. */
async function floorOf(c: Context<AppEnv>, code: string) {
  const congress = await getCongressByCode(c.var.ctx.db, code);
  authorize(mayReadCongressFloor(principal(c), congress.id));
  return congress;
}

export function congressPaperRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/{code}/programme', tags, request: { params: CodeParam }, responses: { 200: json(Programme), ...forbidden, ...errorResponses } }), async (c) => {
    const congress = await floorOf(c, c.req.valid('param').code);
    return c.json({ congress: congress.code, ...(await readProgramme(c.var.ctx.db, congress.id)) }, 200);
  });

  app.openapi(createRoute({ method: 'put', path: '/{code}/programme', tags, request: { params: CodeParam, ...jsonBody(ProgrammePublish.omit({ congress: true })) }, responses: { 200: json(Programme), ...forbidden, ...errorResponses } }), async (c) => {
    const { code } = c.req.valid('param');
    await run(c, publishProgramme, { ...c.req.valid('json'), congress: code });
    const congress = await getCongressByCode(c.var.ctx.db, code);
    return c.json({ congress: congress.code, ...(await readProgramme(c.var.ctx.db, congress.id)) }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/{code}/papers', tags, request: { params: CodeParam }, responses: { 200: json(PaperList), ...forbidden, ...errorResponses } }), async (c) => {
    const congress = await floorOf(c, c.req.valid('param').code);
    const items = await listPapers(c.var.ctx.db, congress.id);
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(
    createRoute({
      method: 'post', path: '/{code}/papers', tags, request: { params: CodeParam },
      description: 'Publishes the next version of a paper (multipart: `title`, optional `label`, `text` and/or `file` — PDF, .docx or text). A new title starts a paper.',
      responses: { 201: json(PaperPublished, 'Published'), ...forbidden, ...errorResponses },
    }),
    async (c) => {
      // Refused before the body is read: someone who may not publish learns nothing from their file.
      authorize(mayManageCongress(principal(c)));
      if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) throw new AppError('unsupported', { vi: 'body: gửi dạng multipart/form-data', en: 'body: send multipart/form-data' });
      const form = await c.req.formData();
      const field = (k: string) => {
        const v = form.get(k);
        // A form's fields pass no JSON gate (clean-input.ts): a NUL is refused here as it is there.
        if (typeof v === 'string' && v.includes('\u0000')) throw invalid({ vi: `${k}: có ký tự không hợp lệ (NUL)`, en: `${k}: an invalid character (NUL)` });
        return typeof v === 'string' && v !== '' ? v : undefined;
      };
      const f = form.get('file');
      if (f !== null && typeof f === 'string' && f !== '') throw invalid({ vi: 'file: gửi tệp trong trường "file"', en: 'file: send a file in the field "file", not text' });
      const file = f && typeof f !== 'string' ? { name: f.name, data: new Uint8Array(await f.arrayBuffer()) } : undefined;
      const r = await run(c, publishPaperVersion, { congress: c.req.valid('param').code, title: field('title') ?? '', label: field('label'), text: field('text'), file });
      return c.json(r, 201);
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/{code}/papers/{id}', tags, request: { params: PaperParam, query: VersionQuery }, responses: { 200: json(PaperDetail), ...forbidden, ...errorResponses } }), async (c) => {
    const { code, id } = c.req.valid('param');
    const congress = await floorOf(c, code);
    const paper = await getPaper(c.var.ctx.db, congress.id, id);
    const latest = paper.versions[0]!;
    const version = c.req.valid('query').version ?? latest.version;
    const v = paper.versions.find((x) => x.version === version);
    if (!v) throw new AppError('not_found', { vi: `không có bản ${version} của tài liệu`, en: `no version ${version} of the paper` }, { version });
    const content = await paperVersionContent(c.var.ctx.db, paper.id, version);
    return c.json({ ...paper, current: { version, label: v.label, text: content.body, fileName: content.fileName } }, 200);
  });

  app.openapi(
    createRoute({ method: 'get', path: '/{code}/papers/{id}/versions/{version}/file', tags, request: { params: PaperFileParam }, responses: { 200: { description: 'Download of the version\'s file (PDF, .docx or text)' }, ...forbidden, ...errorResponses } }),
    async (c) => {
      const { code, id, version } = c.req.valid('param');
      const congress = await floorOf(c, code);
      const paper = await getPaper(c.var.ctx.db, congress.id, id);
      const content = await paperVersionContent(c.var.ctx.db, paper.id, version);
      if (!content.data || !content.fileName || !content.contentType) throw new AppError('not_found', { vi: 'bản này không có tệp', en: 'this version has no file' });
      return c.body(new Uint8Array(content.data), 200, { 'content-type': content.contentType, 'content-disposition': attachment(content.fileName), 'x-content-type-options': 'nosniff' });
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/{code}/contributions', tags, request: { params: CodeParam }, responses: { 200: json(ContributionList), ...forbidden, ...errorResponses } }), async (c) => {
    authorize(mayReadContributions(principal(c)));
    const congress = await getCongressByCode(c.var.ctx.db, c.req.valid('param').code);
    const items = await listContributions(c.var.ctx.db, congress.id);
    return c.json({ items, registered: items.length, presented: items.filter((i) => i.presented).length }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/{code}/contributions', tags, request: { params: CodeParam, ...jsonBody(ContributionRegister.omit({ congress: true })) }, responses: { 201: json(Contribution, 'Registered'), ...forbidden, ...errorResponses } }), async (c) => {
    return c.json(await run(c, registerContribution, { ...c.req.valid('json'), congress: c.req.valid('param').code }), 201);
  });

  app.openapi(
    createRoute({
      method: 'post', path: '/{code}/contributions/import', tags, request: { params: CodeParam },
      description: 'The register of contributions (.csv or .xlsx, multipart field `file`; columns ma_dai_bieu, tac_gia, dang_bo, chu_de, trinh_bay), all or nothing; it replaces the register whole.',
      responses: { 200: json(ContributionsImported), ...forbidden, ...errorResponses },
    }),
    async (c) => {
      authorize(mayManageCongress(principal(c)));
      const [file] = (await uploadedFiles(c, { max: 1, maxBytes: MAX_UPLOAD_BYTES })) as [File];
      const table = await readTable(new Uint8Array(await file.arrayBuffer()));
      return c.json(await run(c, importContributions, { congress: c.req.valid('param').code, table }), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/{code}/contributions/{id}', tags, request: { params: PaperParam, ...jsonBody(ContributionPresented.pick({ presented: true })) }, responses: { 200: json(Contribution), ...forbidden, ...errorResponses } }),
    async (c) => {
      const { code, id } = c.req.valid('param');
      return c.json(await run(c, markPresented, { congress: code, id, presented: c.req.valid('json').presented }), 200);
    },
  );
  return app;
}
