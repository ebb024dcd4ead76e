// Proposals in and out of the database, and the decisions on them (accept, merge, reject).
import type { Selectable } from 'kysely';
import { conflict, notFound } from '../domain/errors.ts';
import type { Document, RegisteredItem } from '../domain/document.ts';
import { toDocument } from './documents.ts';
import type { Db } from './connection.ts';
import type { ProposalsTable } from './schema.ts';
import { recordAudit } from './audit.ts';
import type { WriteTx } from './tx.ts';

import type { NewProposal, ProposalKind, ProposalStatus, StoredProposal } from '../domain/proposal.ts';

export type { NewProposal, StoredProposal } from '../domain/proposal.ts';

const toProposal = (r: Selectable<ProposalsTable>): StoredProposal => ({
  id: r.id,
  documentId: r.document_id,
  kind: r.kind as ProposalKind,
  span: [r.span_start, r.span_end],
  quote: r.quote,
  payload: r.payload as Record<string, unknown>,
  extracted: r.extracted,
  confidence: r.confidence,
  warnings: r.warnings as string[],
  status: r.status as ProposalStatus,
  itemId: r.item_id,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
});

/** Rows per INSERT: 14 parameters each keeps a batch far below PostgreSQL's 65,535 bind parameters. */
const BATCH = 500;

export async function insertProposals(trx: WriteTx, items: NewProposal[]): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await insertBatch(trx, items.slice(i, i + BATCH));
}

async function insertBatch(trx: WriteTx, items: NewProposal[]): Promise<void> {
  if (items.length === 0) return;
  await trx
    .insertInto('proposals')
    .values(
      items.map((p) => ({
        ...(p.id ? { id: p.id } : {}),
        document_id: p.documentId,
        kind: p.kind,
        span_start: p.span[0],
        span_end: p.span[1],
        quote: p.quote,
        payload: JSON.stringify(p.payload),
        extracted: JSON.stringify(p.extracted),
        confidence: p.confidence,
        warnings: JSON.stringify(p.warnings),
        status: p.status ?? 'pending',
        item_id: p.itemId ?? null,
        decided_by: p.decidedBy ?? null,
        decided_at: p.decidedAt ?? null,
      })),
    )
    .execute();
}

export async function listProposals(db: Db, documentId: string): Promise<StoredProposal[]> {
  const rows = await db.selectFrom('proposals').selectAll().where('document_id', '=', documentId).orderBy('span_start').orderBy('kind').orderBy('id').execute();
  return rows.map(toProposal);
}

export async function documentsWithProposals(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('proposals').select('document_id').distinct().execute();
  return new Set(rows.map((r) => r.document_id));
}

export async function allProposals(db: Db): Promise<StoredProposal[]> {
  return (await db.selectFrom('proposals').selectAll().orderBy('document_id').orderBy('span_start').orderBy('id').execute()).map(toProposal);
}

export async function getProposal(db: Db, id: string): Promise<StoredProposal> {
  const r = await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('proposal', id);
  return toProposal(r);
}

/** Records a decision on a pending proposal; a proposal already decided answers 409. */
export async function decideProposal(trx: WriteTx, id: string, status: Exclude<ProposalStatus, 'pending'>, itemId: string | null, actor: string | null): Promise<StoredProposal> {
  {
    const r = await trx
      .updateTable('proposals')
      .set({ status, item_id: itemId, decided_by: actor, decided_at: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
    if (!r) {
      const p = await getProposal(trx, id);
      throw conflict({ vi: `đề xuất: đã được xử lý (${p.status})`, en: `proposal: already ${p.status}` }, { status: p.status, itemId: p.itemId });
    }
    const after = toProposal(r);
    await recordAudit(trx, { actor, action: status === 'rejected' ? 'reject' : status, objectType: 'proposal', objectId: id, before: { status: 'pending' }, after: { status, itemId } });
    return after;
  }
}

/** The items already registered from a document, with their spans: proposals over them are decided. */
export async function registeredItems(db: Db, documentId: string): Promise<RegisteredItem[]> {
  const span = (r: { span_start: number | null; span_end: number | null }) =>
    r.span_start === null || r.span_end === null ? null : ([r.span_start, r.span_end] as [number, number]);
  const [t, o, k] = await Promise.all([
    db.selectFrom('targets').select(['id', 'span_start', 'span_end', 'indicator']).where('document_id', '=', documentId).execute(),
    db.selectFrom('observations').select(['id', 'span_start', 'span_end', 'indicator']).where('document_id', '=', documentId).execute(),
    db.selectFrom('tasks').select(['id', 'span_start', 'span_end', 'deadline']).where('document_id', '=', documentId).execute(),
  ]);
  return [
    ...t.map((r) => ({ kind: 'target' as const, id: r.id, span: span(r), indicator: r.indicator })),
    ...o.map((r) => ({ kind: 'observation' as const, id: r.id, span: span(r), indicator: r.indicator })),
    ...k.map((r) => ({ kind: 'task' as const, id: r.id, span: span(r), deadline: r.deadline })),
  ];
}

export async function documentsWithoutProposals(db: Db): Promise<Document[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'kind', 'number', 'issued_on', 'issuer', 'title', 'body'])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('proposals').select('proposals.id').whereRef('proposals.document_id', '=', 'documents.id'))))
    .orderBy('id')
    .execute();
  return rows.map(toDocument);
}
