// A task's attached files: stored with their sniffed type and hash, listed without their bytes.
import { createHash } from 'node:crypto';
import { notFound } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

export interface AttachmentInfo {
  id: string;
  taskId: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  createdAt: string;
}

const INFO = ['id', 'task_id', 'filename', 'content_type', 'size', 'sha256', 'uploaded_by', 'created_at'] as const;
const toInfo = (r: { id: string; task_id: string; filename: string; content_type: string; size: number; sha256: string; uploaded_by: string | null; created_at: Date | string }): AttachmentInfo => ({
  id: r.id, taskId: r.task_id, filename: r.filename, contentType: r.content_type, size: r.size, sha256: r.sha256, uploadedBy: r.uploaded_by, createdAt: new Date(r.created_at).toISOString(),
});

export async function addAttachments(trx: WriteTx, taskId: string, files: { filename: string; contentType: string; data: Uint8Array }[], actor: string | null): Promise<AttachmentInfo[]> {
  {
    const out: AttachmentInfo[] = [];
    for (const f of files) {
      const r = await trx
        .insertInto('attachments')
        .values({
          task_id: taskId, filename: f.filename, content_type: f.contentType, size: f.data.byteLength,
          sha256: createHash('sha256').update(f.data).digest('hex'), data: Buffer.from(f.data), uploaded_by: actor, created_at: new Date(),
        })
        .returning(INFO)
        .executeTakeFirstOrThrow();
      const info = toInfo(r);
      await recordAudit(trx, { actor, action: 'attach', objectType: 'task', objectId: taskId, before: null, after: info });
      out.push(info);
    }
    return out;
  }
}

export async function listAttachments(db: Db, taskId: string): Promise<AttachmentInfo[]> {
  return (await db.selectFrom('attachments').select(INFO).where('task_id', '=', taskId).orderBy('created_at').orderBy('id').execute()).map(toInfo);
}

export async function getAttachment(db: Db, id: string): Promise<AttachmentInfo & { data: Buffer }> {
  const r = await db.selectFrom('attachments').select([...INFO, 'data']).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('attachment', id);
  return { ...toInfo(r), data: r.data };
}
