// Proposals in and out of the database, and the decisions on them (accept, merge, reject).
import type { Selectable } from 'kysely';
import { conflict, notFound } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { ProposalsTable } from './schema.ts';
import { recordAudit } from './audit.ts';
import { tx } from './tx.ts';

export type ProposalKind = 'observation' | 'target' | 'task';
export type ProposalStatus = 'pending' | 'accepted' | 'merged' | 'rejected';

export interface StoredProposal {
  id: string;
  documentId: string;
  kind: ProposalKind;
  span: [number, number];
  quote: string;
  payload: Record<string, unknown>;
  extracted: unknown;
  confidence: number;
  warnings: string[];
  status: ProposalStatus;
  itemId: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export type NewProposal = Omit<StoredProposal, 'id' | 'status' | 'itemId' | 'decidedBy' | 'decidedAt'> &
  Partial<Pick<StoredProposal, 'id' | 'status' | 'itemId' | 'decidedBy' | 'decidedAt'>>;

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

export async function insertProposals(db: Db, items: NewProposal[]): Promise<void> {
  if (items.length === 0) return;
  await db
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
export async function decideProposal(db: Db, id: string, status: Exclude<ProposalStatus, 'pending'>, itemId: string | null, actor: string | null): Promise<StoredProposal> {
  return tx(db, async (trx) => {
    const r = await trx
      .updateTable('proposals')
      .set({ status, item_id: itemId, decided_by: actor, decided_at: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
    if (!r) {
      const p = await getProposal(trx, id);
      throw conflict(`proposal: already ${p.status}`, { status: p.status, itemId: p.itemId });
    }
    const after = toProposal(r);
    await recordAudit(trx, { actor, action: status === 'rejected' ? 'reject' : status, objectType: 'proposal', objectId: id, before: { status: 'pending' }, after: { status, itemId } });
    return after;
  });
}
