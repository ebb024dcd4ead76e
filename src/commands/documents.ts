// Văn bản: register a document; the reader's proposals are stored with it, in the same transaction.
import { z } from 'zod';
import type { WriteTx } from '../db/tx.ts';
import { createDocument, findDocumentByText } from '../db/documents.ts';
import { listUnits } from '../db/units.ts';
import { insertProposals, registeredItems } from '../db/proposals.ts';
import { DOCUMENT_KINDS, type Document } from '../domain/document.ts';
import { authorize, mayManage } from '../domain/policy.ts';
import { extract } from '../extract/index.ts';
import { defaultLexicon } from '../extract/indicators.ts';
import { buildProposals, type IndicatorInfo } from '../intake/proposals.ts';
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
  })
  .strict()
  .meta({ id: 'DocumentCreate' });

/**
 * Reads the document and stores what it proposes. A proposal whose span already holds a registered
 * item (a workspace imported with its items) is stored as accepted, pointing at that item.
 */
export async function propose(trx: WriteTx, doc: Document): Promise<number> {
  const lexicon = defaultLexicon();
  const indicators = new Map<string, IndicatorInfo>(lexicon.keys.map((k) => [k.key, { unit: k.unit, measure: k.measure }]));
  const x = extract(doc.text, { documentDate: doc.issuedOn }, lexicon);
  const proposals = buildProposals(doc, x, { units: await listUnits(trx), indicators, registered: await registeredItems(trx, doc.id) });
  await insertProposals(
    trx,
    proposals.map((p) => ({
      documentId: doc.id,
      kind: p.kind,
      span: p.span,
      quote: p.quote,
      payload: p.body,
      extracted: p.kind === 'task' ? p.task : p.fact,
      confidence: p.confidence,
      warnings: p.warnings,
      ...(p.registeredId ? { status: 'accepted' as const, itemId: p.registeredId } : {}),
    })),
  );
  return proposals.length;
}

/** Stores a document and its proposals; the same text submitted again returns the stored one. */
export const registerDocument = defineCommand({
  name: 'registerDocument',
  input: DocumentCreate,
  async run(ctx, input): Promise<{ document: Document; duplicate: boolean; proposals: number }> {
    authorize(mayManage(ctx.actor));
    const existing = await findDocumentByText(ctx.trx, input.text);
    if (existing) return { document: existing, duplicate: true, proposals: 0 };
    const document = await createDocument(ctx.trx, input, ctx.actor.id);
    return { document, duplicate: false, proposals: await propose(ctx.trx, document) };
  },
});
