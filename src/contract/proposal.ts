// The answers about proposals: what the extractor found in a document, waiting for a person's decision.
import { z } from 'zod';
import { Day } from './common.ts';

import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/proposal.ts';

export { PROPOSAL_KINDS, PROPOSAL_STATUSES };
export const ProposalKind = z.enum(PROPOSAL_KINDS);
export type ProposalKind = z.infer<typeof ProposalKind>;
export const ProposalStatus = z.enum(PROPOSAL_STATUSES);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

export const Proposal = z
  .strictObject({
    id: z.string(),
    documentId: z.string(),
    kind: ProposalKind,
    span: z.tuple([z.number(), z.number()]),
    quote: z.string(),
    /** The body the item would be registered with (a TargetCreate, ObservationCreate or TaskCreate). */
    payload: z.record(z.string(), z.unknown()),
    /** What the extractor read, as it read it (its shape is the extractor's, kept for review). */
    extracted: z.unknown(),
    confidence: z.number(),
    warnings: z.array(z.string()),
    status: ProposalStatus,
    /** The item registered from it (accepted) or merged into (merged). */
    itemId: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'Proposal' });
export type Proposal = z.infer<typeof Proposal>;

export const ProposalList = z
  .strictObject({
    document: z.strictObject({ id: z.string(), title: z.string(), issuedOn: Day }),
    counts: z.strictObject({ pending: z.number().int(), accepted: z.number().int(), merged: z.number().int(), rejected: z.number().int() }),
    items: z.array(Proposal),
  })
  .meta({ id: 'ProposalList' });
export type ProposalList = z.infer<typeof ProposalList>;

export const ProposalsDecided = z.strictObject({ items: z.array(Proposal) }).meta({ id: 'ProposalsDecided' });
export type ProposalsDecided = z.infer<typeof ProposalsDecided>;
