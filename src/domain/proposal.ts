// A proposal: what the extractor read in a document (a figure, a target, a task), waiting for a person's decision.

export const PROPOSAL_KINDS = ['observation', 'target', 'task'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'merged', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

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

/**
 * A proposal to store: what the reading of a document gives (intake/propose.ts, in a worker), as the
 * repository takes it (db/proposals.ts). Pending unless it says otherwise: one over an item already
 * registered from the same sentence comes `accepted`, with that item.
 */
export type NewProposal = Omit<StoredProposal, 'id' | 'status' | 'itemId' | 'decidedBy' | 'decidedAt'> &
  Partial<Pick<StoredProposal, 'id' | 'status' | 'itemId' | 'decidedBy' | 'decidedAt'>>;
