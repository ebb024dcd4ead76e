// What the API shows of a proposal: the span, the body it would register, the extractor's reading and the decision.
import type { StoredProposal } from '../../db/proposals.ts';
import type { MatchedProposal } from '../../queries/proposal-match.ts';
import type { Proposal } from '../../contract/proposal.ts';

export const presentProposal = (p: StoredProposal | MatchedProposal): Proposal => ({
  id: p.id, documentId: p.documentId, kind: p.kind, span: p.span, quote: p.quote, payload: p.payload, extracted: p.extracted,
  confidence: p.confidence, warnings: p.warnings, status: p.status, itemId: p.itemId, decidedBy: p.decidedBy, decidedAt: p.decidedAt,
  ...('match' in p && p.match ? { match: p.match } : {}),
  ...('duplicateOf' in p && p.duplicateOf ? { duplicateOf: p.duplicateOf } : {}),
});
