// /api/intake/read: the text of an uploaded file, to register it as a document (see routes/proposals).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { errorResponses, json, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayManage } from '../../../domain/policy.ts';
import { uploadedFiles } from '../../upload.ts';
import { MAX_DOCUMENT_CHARS, sniffFormat } from '../../../intake/read.ts';
import { OCR_JOB_TIMEOUT_MS } from '../../../intake/ocr.ts';
import { DEFAULT_LIMITS, runJob } from '../../../workers/pool.ts';
import { IntakeRead } from '../../../contract/document.ts';

const tags = ['Tiếp nhận văn bản (intake)'];
export const MAX_UPLOAD_BYTES = 3 * 1024 * 1024;

export function intakeRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/read',
      tags,
      description: 'The text of an uploaded .txt, .html, .docx or PDF file (multipart field `file`; a scanned PDF is read by OCR where Tesseract is installed); the format is sniffed from the content.',
      responses: { 200: json(IntakeRead), ...errorResponses },
    }),
    async (c) => {
      const p = principal(c);
      authorize(mayManage(p));
      const [file] = (await uploadedFiles(c, { max: 1, maxBytes: MAX_UPLOAD_BYTES })) as [File];
      // Unpacking runs in a worker with a memory ceiling and a time budget, one file at a time per user.
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A scanned PDF is read by OCR, several seconds a page: a PDF gets the time budget of a scan.
      const limits = sniffFormat(bytes) === 'pdf' ? { timeoutMs: Math.max(DEFAULT_LIMITS.timeoutMs, OCR_JOB_TIMEOUT_MS) } : {};
      const r = await runJob('documentText', { bytes, maxChars: MAX_DOCUMENT_CHARS }, { owner: p.id, limits });
      return c.json({ ...r, name: file.name.slice(0, 300), length: r.text.length }, 200);
    },
  );

  return app;
}
