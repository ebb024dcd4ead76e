// Văn bản: register a document; the reader's proposals are stored with it, in the same transaction.
import { z } from 'zod';
import type { WriteTx } from '../db/tx.ts';
import { createDocument, findDocumentByText } from '../db/documents.ts';
import { listUnits } from '../db/units.ts';
import { insertProposals, registeredItems } from '../db/proposals.ts';
import { DOCUMENT_KINDS, type Document } from '../domain/document.ts';
import { VISIBILITIES } from '../domain/target.ts';
import { authorize, mayManage } from '../domain/policy.ts';
import { invalid } from '../domain/errors.ts';
import { proposalRows } from '../intake/propose.ts';
import type { NewProposal } from '../domain/proposal.ts';
import { defineCommand } from './command.ts';
import { Day } from './fields.ts';

export const DocumentCreate = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    number: z.string().trim().max(100).nullable().default(null),
    issuedOn: Day,
    issuer: z.string().trim().max(300).default(''),
    title: z.string().trim().min(1).max(1000),
    text: z.string().max(2_000_000).default(''),
    // Internal (the units it concerns) unless the secretariat publishes it.
    visibility: z.enum(VISIBILITIES).default('internal'),
  })
  .strict()
  .meta({ id: 'DocumentCreate' });

/**
 * Reads the document and stores what it proposes. A proposal whose span already holds a registered
 * item (a workspace imported with its items) is stored as accepted, pointing at that item.
 */
export async function propose(trx: WriteTx, doc: Document): Promise<number> {
  const rows = proposalRows(doc, await listUnits(trx), await registeredItems(trx, doc.id));
  await insertProposals(trx, rows);
  return rows.length;
}

/** Stores a document and its proposals; the same text submitted again returns the stored one. */
export const registerDocument = defineCommand({
  name: 'registerDocument',
  // A route reads the text in a worker first (see workers/) and hands over the document's id and its
  // proposals; the CLI and imports let the command read it here.
  input: DocumentCreate.extend({ id: z.uuid().optional(), proposals: z.array(z.custom<NewProposal>()).optional() }),
  async run(ctx, { proposals, ...input }): Promise<{ document: Document; duplicate: boolean; proposals: number }> {
    authorize(mayManage(ctx.actor));
    const existing = await findDocumentByText(ctx.trx, input.text);
    if (existing) return { document: existing, duplicate: true, proposals: 0 };
    const document = await createDocument(ctx.trx, input, ctx.actor.id);
    if (!proposals) return { document, duplicate: false, proposals: await propose(ctx.trx, document) };
    if (proposals.some((p) => p.documentId !== document.id)) throw invalid({ vi: 'đề xuất: thuộc văn bản khác', en: 'proposals: computed for another document' });
    await insertProposals(ctx.trx, proposals);
    return { document, duplicate: false, proposals: proposals.length };
  },
});
