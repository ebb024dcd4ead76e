// A document's proposals with what they map to: for a figure the registered target it most likely
// belongs to, for a proposed target the registered one it repeats, among the targets the reader sees.
import type { Db } from '../db/connection.ts';
import { listProposals, type StoredProposal } from '../db/proposals.ts';
import { listTargets } from '../db/targets.ts';
import { mayReadTarget } from '../domain/policy.ts';
import type { Principal } from '../domain/user.ts';
import { bestTarget, duplicateOf, matchSubject, type Duplicate, type TargetMatch } from '../domain/proposal-match.ts';

export type MatchedProposal = StoredProposal & { match?: TargetMatch; duplicateOf?: Duplicate };

export async function proposalsWithMatches(db: Db, documentId: string, reader: Principal): Promise<MatchedProposal[]> {
  const items = await listProposals(db, documentId);
  // Only a pending proposal asks where it goes; only the targets the reader may read are named.
  if (!items.some((p) => p.status === 'pending' && p.kind !== 'task')) return items;
  const targets = (await listTargets(db)).filter((t) => mayReadTarget(reader, t));
  return items.map((p) => {
    if (p.status !== 'pending') return p;
    const subject = matchSubject(p.kind, p.payload);
    const match = bestTarget(subject, targets);
    const dup = duplicateOf(subject, targets);
    return { ...p, ...(match ? { match } : {}), ...(dup ? { duplicateOf: dup } : {}) };
  });
}
