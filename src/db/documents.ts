// Documents (văn bản) in and out of the database.
import { createHash } from 'node:crypto';
import type { Document, DocumentKind } from '../domain/document.ts';
import { notFound } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

type DocRow = { id: string; kind: string; number: string | null; issued_on: string; issuer: string; title: string; body: string };
export type DocumentSummary = Omit<Document, 'text'> & { length: number };

export const toDocument = (r: DocRow): Document => ({
  id: r.id,
  kind: r.kind as DocumentKind,
  number: r.number,
  issuedOn: r.issued_on,
  issuer: r.issuer,
  title: r.title,
  text: r.body,
});

export async function listDocuments(db: Db, f: { limit: number; offset: number }): Promise<{ items: DocumentSummary[]; total: number }> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'kind', 'number', 'issued_on', 'issuer', 'title'])
    .select((eb) => eb.fn('length', ['body']).as('length'))
    .orderBy('issued_on', 'desc')
    .orderBy('id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const { total } = await db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return {
    items: rows.map((r) => ({ ...toDocument({ ...r, body: '' }), text: undefined, length: Number(r.length) }) as DocumentSummary),
    total: Number(total),
  };
}

export async function getDocument(db: Db, id: string): Promise<Document> {
  const r = await db.selectFrom('documents').select(['id', 'kind', 'number', 'issued_on', 'issuer', 'title', 'body']).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('document', id);
  return toDocument(r);
}

/** Same text, same document: the hash of the NFC text, or null for a document registered without text. */
export function contentHash(text: string): string | null {
  const t = text.normalize('NFC').trim();
  return t ? createHash('sha256').update(t).digest('hex') : null;
}

export async function findDocumentByText(db: Db, text: string): Promise<Document | null> {
  const h = contentHash(text);
  if (!h) return null;
  const r = await db.selectFrom('documents').select(['id', 'kind', 'number', 'issued_on', 'issuer', 'title', 'body']).where('content_hash', '=', h).executeTakeFirst();
  return r ? toDocument(r) : null;
}

export async function createDocument(trx: WriteTx, input: Omit<Document, 'id'> & { id?: string }, actor: string | null): Promise<Document> {
  {
    const r = await trx
      .insertInto('documents')
      .values({
        ...(input.id ? { id: input.id } : {}),
        kind: input.kind,
        number: input.number,
        issued_on: input.issuedOn,
        issuer: input.issuer,
        title: input.title,
        body: input.text,
        content_hash: contentHash(input.text),
      })
      .returning(['id', 'kind', 'number', 'issued_on', 'issuer', 'title', 'body'])
      .executeTakeFirstOrThrow();
    const doc = toDocument(r);
    // The full text is kept in the document row; the trail records what identifies it.
    const { text: _text, ...head } = doc;
    await recordAudit(trx, { actor, action: 'create', objectType: 'document', objectId: doc.id, before: null, after: head });
    return doc;
  }
}
