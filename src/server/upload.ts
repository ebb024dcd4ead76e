// Uploaded files (multipart field `file`): the count and size checked before any byte is used.
import type { Context } from 'hono';
import { AppError, invalid } from '../domain/errors.ts';
import { cleanFilename } from '../domain/file-type.ts';

export async function uploadedFiles(c: Context, opts: { max: number; maxBytes: number }): Promise<File[]> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new AppError('unsupported', { vi: 'tệp: hãy gửi tệp dạng multipart/form-data, trường "file"', en: 'file: send the file as multipart/form-data, field "file"' });
  }
  const files = (await c.req.formData()).getAll('file');
  if (files.length === 0 || files.some((f) => typeof f === 'string')) throw invalid({ vi: 'tệp: cần ít nhất một tệp, trong trường "file"', en: 'file: at least one file, in the field "file"' });
  if (files.length > opts.max) throw invalid({ vi: `tệp: mỗi lần tối đa ${opts.max} tệp`, en: `file: at most ${opts.max} file${opts.max > 1 ? 's' : ''} at once` });
  for (const f of files as File[]) {
    if (f.size > opts.maxBytes) throw new AppError('too_large', { vi: `tệp: ${cleanFilename(f.name)} lớn hơn ${opts.maxBytes} byte`, en: `file: ${cleanFilename(f.name)} is larger than ${opts.maxBytes} bytes` });
  }
  return files as File[];
}
