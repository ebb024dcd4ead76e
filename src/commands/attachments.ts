// Tệp đính kèm: files attached to a task (its product, a report's evidence), typed from their content.
import { z } from 'zod';
import { addAttachments } from '../db/attachments.ts';
import { getTask } from '../db/tasks.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { ATTACHMENT_TYPES, cleanFilename, sniffAttachment } from '../domain/file-type.ts';
import { authorize, mayReadTask, mayAttachToTask } from '../domain/policy.ts';
import { defineCommand } from './command.ts';
import { Id } from './fields.ts';

export const MAX_FILES = 5;
/** Each file; the whole request stays under the server's body limit. */
export const MAX_FILE_BYTES = 3 * 1024 * 1024;

const Upload = z.object({ name: z.string().max(1000), data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES, `at most ${MAX_FILE_BYTES} bytes`) });

export const attachFiles = defineCommand({
  name: 'attachFiles',
  input: z.object({ taskId: Id, files: z.array(Upload).min(1).max(MAX_FILES) }).strict(),
  async run(ctx, { taskId, files }) {
    const task = await getTask(ctx.trx, taskId);
    if (!mayReadTask(ctx.actor, task)) throw notFound('task', taskId);
    authorize(mayAttachToTask(ctx.actor, task));
    const checked = files.map((f) => {
      const type = sniffAttachment(f.data);
      if (!type) throw new AppError('unsupported', { vi: `tệp: ${cleanFilename(f.name)} không phải PDF, Word, Excel, PNG, JPEG hay tệp văn bản`, en: `file: ${cleanFilename(f.name)} is not a PDF, Word, Excel, PNG, JPEG or text file` });
      return { filename: cleanFilename(f.name), contentType: ATTACHMENT_TYPES[type], data: f.data };
    });
    return addAttachments(ctx.trx, task.id, checked, ctx.actor.id);
  },
});
