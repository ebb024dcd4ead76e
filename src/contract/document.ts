// The answers about documents (văn bản): the list, one document with its text, a registration, a read upload.
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../domain/document.ts';
import { Day, listOf } from './common.ts';

const documentFields = {
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  number: z.string().nullable(),
  issuedOn: Day,
  issuer: z.string(),
  title: z.string(),
  kindLabel: z.string(),
};

/** In lists the text stays behind; its length says how long it is. */
export const DocumentItem = z.strictObject({ ...documentFields, length: z.number().int() }).meta({ id: 'DocumentItem' });
export type DocumentItem = z.infer<typeof DocumentItem>;
export const DocumentList = listOf(DocumentItem).meta({ id: 'DocumentList' });
export type DocumentList = z.infer<typeof DocumentList>;

export const DocumentDetail = z.strictObject({ ...documentFields, text: z.string() }).meta({ id: 'Document' });
export type DocumentDetail = z.infer<typeof DocumentDetail>;

/** What POST /api/documents answers: the document, how many proposals it gave, and whether the same text was there already. */
export const DocumentCreated = DocumentDetail.extend({ proposals: z.number().int(), duplicate: z.boolean() }).meta({ id: 'DocumentCreated' });
export type DocumentCreated = z.infer<typeof DocumentCreated>;

/** The text of an uploaded file, before it is registered. */
export const IntakeRead = z
  .strictObject({ format: z.enum(['txt', 'html', 'docx', 'pdf']), text: z.string(), name: z.string(), length: z.number().int() })
  .meta({ id: 'IntakeRead' });
export type IntakeRead = z.infer<typeof IntakeRead>;
