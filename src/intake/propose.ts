// A document's proposals as rows to store, computed from its text alone (pure, so a worker can do it).
import { AppError } from '../domain/errors.ts';
import type { Unit } from '../domain/unit.ts';
import type { NewProposal } from '../domain/proposal.ts';
import { extract } from '../extract/index.ts';
import { defaultLexicon } from '../extract/indicators.ts';
import { buildProposals, type DocumentRef, type IndicatorInfo, type Registered } from './proposals.ts';

/**
 * Past this a document is not something a person confirms line by line (2 MB of one repeated
 * sentence gives 125,000): it is refused rather than stored as a list nobody can work through.
 */
export const MAX_PROPOSALS = 20_000;

export function proposalRows(doc: DocumentRef, units: readonly Unit[], registered: readonly Registered[]): NewProposal[] {
  const lexicon = defaultLexicon();
  const indicators = new Map<string, IndicatorInfo>(lexicon.keys.map((k) => [k.key, { unit: k.unit, measure: k.measure }]));
  const x = extract(doc.text, { documentDate: doc.issuedOn }, lexicon);
  const proposals = buildProposals(doc, x, { units, indicators, registered });
  if (proposals.length > MAX_PROPOSALS) {
    throw new AppError('too_large', `text: văn bản cho ${proposals.length} đề xuất, quá giới hạn ${MAX_PROPOSALS}; hãy tách văn bản`);
  }
  return proposals.map((p) => ({
    documentId: doc.id,
    kind: p.kind,
    span: p.span,
    quote: p.quote,
    payload: p.body as unknown as Record<string, unknown>,
    extracted: p.kind === 'task' ? p.task : p.fact,
    confidence: p.confidence,
    warnings: p.warnings,
    ...(p.registeredId ? { status: 'accepted' as const, itemId: p.registeredId } : {}),
  }));
}
