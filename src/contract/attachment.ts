// The answers about a task's attached files: what is known of each file (its bytes come as a download).
import { z } from 'zod';
import { listOf } from './common.ts';

export const AttachmentItem = z
  .strictObject({
    id: z.string(),
    taskId: z.string(),
    filename: z.string(),
    /** Read from the content, never from the name. */
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Attachment' });
export type AttachmentItem = z.infer<typeof AttachmentItem>;

export const AttachmentList = listOf(AttachmentItem).meta({ id: 'AttachmentList' });
export const AttachmentsAdded = z.strictObject({ items: z.array(AttachmentItem) }).meta({ id: 'AttachmentsAdded' });
export type AttachmentList = z.infer<typeof AttachmentList>;
export type AttachmentsAdded = z.infer<typeof AttachmentsAdded>;
