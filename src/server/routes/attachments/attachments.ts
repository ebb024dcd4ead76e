// /api/tasks/{id}/attachments and /api/attachments/{id}: files of a task, checked on the way in
// (count, size, type from the content) and served back as downloads that a browser will not run.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, errorResponses, json, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayReadTask, mayAttachToTask } from '../../../domain/policy.ts';
import { notFound } from '../../../domain/errors.ts';
import { uploadedFiles } from '../../upload.ts';
import { getTask } from '../../../db/tasks.ts';
import { getAttachment, listAttachments } from '../../../db/attachments.ts';
import { attachment } from '../../download.ts';
import { presentAttachment } from '../../presenters/attachment.ts';
import { AttachmentList, AttachmentsAdded } from '../../../contract/attachment.ts';
import { run } from '../../run.ts';
import { MAX_FILE_BYTES, MAX_FILES, attachFiles } from '../../../commands/attachments.ts';

export { MAX_FILE_BYTES, MAX_FILES };
const tags = ['Tệp đính kèm (attachments)'];

export function attachmentRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({ method: 'get', path: '/tasks/{id}/attachments', tags, request: { params: IdParam }, responses: { 200: json(AttachmentList), ...errorResponses } }),
    async (c) => {
      const task = await getTask(c.var.ctx.db, c.req.valid('param').id);
      if (!mayReadTask(principal(c), task)) throw notFound('task', task.id);
      const items = (await listAttachments(c.var.ctx.db, task.id)).map(presentAttachment);
      return c.json({ items, total: items.length }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/tasks/{id}/attachments', tags,
      description: `Up to ${MAX_FILES} files (multipart field \`file\`), each at most ${MAX_FILE_BYTES} bytes, of a type read from the content: PDF, Word, Excel, PNG, JPEG or plain text.`,
      request: { params: IdParam }, responses: { 201: json(AttachmentsAdded, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const p = principal(c);
      const db = c.var.ctx.db;
      const task = await getTask(db, c.req.valid('param').id);
      if (!mayReadTask(p, task)) throw notFound('task', task.id);
      authorize(mayAttachToTask(p, task));
      // Who may attach is checked before the body is read; the command checks it again with the rest.
      const files = await Promise.all((await uploadedFiles(c, { max: MAX_FILES, maxBytes: MAX_FILE_BYTES })).map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })));
      const items = await run(c, attachFiles, { taskId: task.id, files });
      return c.json({ items: items.map(presentAttachment) }, 201);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/attachments/{id}', tags, request: { params: IdParam }, responses: { 200: { description: 'The file, as a download' }, ...errorResponses } }),
    async (c) => {
      const db = c.var.ctx.db;
      const a = await getAttachment(db, c.req.valid('param').id);
      if (!mayReadTask(principal(c), await getTask(db, a.taskId))) throw notFound('attachment', a.id);
      return c.body(new Uint8Array(a.data), 200, {
        'content-type': a.contentType,
        // Always a download (never shown inline), with nosniff and the strict CSP from app.ts.
        'content-disposition': attachment(a.filename),
        'cache-control': 'private, no-store',
      });
    },
  );
  return app;
}
