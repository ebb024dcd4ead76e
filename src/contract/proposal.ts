// The answers about proposals: what the extractor found in a document, waiting for a person's decision.
import { z } from 'zod';
import { Day } from './common.ts';

import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/proposal.ts';
import { MATCH_REASONS } from '../domain/proposal-match.ts';

export { PROPOSAL_KINDS, PROPOSAL_STATUSES };
export const ProposalKind = z.enum(PROPOSAL_KINDS);
export type ProposalKind = z.infer<typeof ProposalKind>;
export const ProposalStatus = z.enum(PROPOSAL_STATUSES);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

export const MatchReason = z.enum(MATCH_REASONS);

/** The registered target a figure most likely belongs to (among those the reader sees), and why. */
export const ProposalMatch = z
  .strictObject({ targetId: z.string(), label: z.string(), period: z.string(), reasons: z.array(MatchReason) })
  .meta({ id: 'ProposalMatch' });
export type ProposalMatch = z.infer<typeof ProposalMatch>;

/** The registered target a proposed target repeats (same indicator, owner and period), with its value. */
export const ProposalDuplicate = z
  .strictObject({ targetId: z.string(), label: z.string(), period: z.string(), value: z.number(), unit: z.string(), sameValue: z.boolean() })
  .meta({ id: 'ProposalDuplicate' });
export type ProposalDuplicate = z.infer<typeof ProposalDuplicate>;

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
    /** In the list of a document's proposals: the target a figure most likely belongs to. */
    match: ProposalMatch.optional(),
    /** In the list of a document's proposals: the registered target a proposed target repeats. */
    duplicateOf: ProposalDuplicate.optional(),
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
