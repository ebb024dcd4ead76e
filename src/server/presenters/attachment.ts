// What the API shows of an attached file: its name, type, size and hash (the bytes come as a download).
import type { AttachmentInfo } from '../../db/attachments.ts';
import type { AttachmentItem } from '../../contract/attachment.ts';

export const presentAttachment = (a: AttachmentInfo): AttachmentItem => ({
  id: a.id, taskId: a.taskId, filename: a.filename, contentType: a.contentType, size: a.size, sha256: a.sha256, uploadedBy: a.uploadedBy, createdAt: a.createdAt,
});
