// Documents (văn bản) in and out of the database.
import { createHash } from 'node:crypto';
import type { Document, DocumentKind } from '../domain/document.ts';
import { notFound } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

import type { ExpressionBuilder } from 'kysely';
import type { Database } from './schema.ts';
import type { Visibility } from '../domain/target.ts';

type DocRow = { id: string; kind: string; number: string | null; issued_on: string; issuer: string; title: string; body: string };
export type DocumentSummary = Omit<Document, 'text'> & { length: number; visibility: Visibility };
/** 'all', or the units whose documents a reader sees (see domain/policy.ts documentScope). */
export type DocumentScope = 'all' | readonly string[];

/** A document is seen when public, or when an item of one of the units was registered from it. */
function visible(scope: DocumentScope) {
  return (eb: ExpressionBuilder<Database, 'documents'>) => {
    if (scope === 'all') return eb.lit(true);
    if (scope.length === 0) return eb('documents.visibility', '=', 'public');
    const units = [...scope];
    return eb.or([
      eb('documents.visibility', '=', 'public'),
      eb.exists(eb.selectFrom('targets').select('targets.id').whereRef('targets.document_id', '=', 'documents.id').where('targets.owner_unit_id', 'in', units)),
      eb.exists(eb.selectFrom('observations').select('observations.id').whereRef('observations.document_id', '=', 'documents.id').where('observations.unit_id', 'in', units)),
      eb.exists(
        eb.selectFrom('tasks').select('tasks.id').whereRef('tasks.document_id', '=', 'documents.id')
          .where((t) => t.or([t('tasks.lead_unit_id', 'in', units), t.exists(t.selectFrom('task_units').select('task_units.task_id').whereRef('task_units.task_id', '=', 'tasks.id').where('task_units.unit_id', 'in', units))])),
      ),
    ]);
  };
}

export const toDocument = (r: DocRow): Document => ({
  id: r.id,
  kind: r.kind as DocumentKind,
  number: r.number,
  issuedOn: r.issued_on,
  issuer: r.issuer,
  title: r.title,
  text: r.body,
});

export async function listDocuments(db: Db, f: { limit: number; offset: number }, scope: DocumentScope): Promise<{ items: DocumentSummary[]; total: number }> {
  const rows = await db
    .selectFrom('documents')
    .where(visible(scope))
    .select(['id', 'kind', 'number', 'issued_on', 'issuer', 'title', 'visibility'])
    .select((eb) => eb.fn('length', ['body']).as('length'))
    .orderBy('issued_on', 'desc')
    .orderBy('id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const { total } = await db.selectFrom('documents').where(visible(scope)).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return {
    items: rows.map((r) => ({ ...toDocument({ ...r, body: '' }), text: undefined, length: Number(r.length), visibility: r.visibility as Visibility }) as DocumentSummary),
    total: Number(total),
  };
}

/** One document; outside the reader's scope it is not found (404), like any object of another unit. */
export async function getDocument(db: Db, id: string, scope: DocumentScope = 'all'): Promise<Document & { visibility: Visibility }> {
  const r = await db.selectFrom('documents').select(['id', 'kind', 'number', 'issued_on', 'issuer', 'title', 'body', 'visibility']).where('id', '=', id).where(visible(scope)).executeTakeFirst();
  if (!r) throw notFound('document', id);
  return { ...toDocument(r), visibility: r.visibility as Visibility };
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

export async function createDocument(trx: WriteTx, input: Omit<Document, 'id'> & { id?: string; visibility?: Visibility }, actor: string | null): Promise<Document> {
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
        visibility: input.visibility ?? 'internal',
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

/** The day each of these documents was issued (the term a target belongs to depends on it). */
export async function documentIssuedOn(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('documents').select(['id', 'issued_on']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.issued_on as string]));
}
