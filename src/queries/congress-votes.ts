// Read model of a congress's votes: each question with its live count, its result once closed, and the reader's own ballot.
import type { Db } from '../db/connection.ts';
import { attendance, ballotsOf, getVote, listVotes, type Vote } from '../db/congress-votes.ts';
import { liveCount, VOTE_KIND_LABELS, type LiveCount, type VoteChoice, type VoteKind } from '../domain/congress/vote.ts';
import { percentOf } from '../domain/congress/percent.ts';
import type { Principal } from '../domain/user.ts';

export interface VoteView {
  id: string;
  question: string;
  kind: VoteKind;
  kindLabel: string;
  secret: boolean;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  count: LiveCount;
  result: { convened: number; present: number; agree: number; agreePercentOfConvened: number; passed: boolean } | null;
  /** For a delegate: whether they voted, and their choice on an open ballot (never on a secret one). */
  mine: { voted: boolean; choice: VoteChoice | null } | null;
}

function present(v: Vote, live: number, mine: Map<string, VoteChoice | null> | null): VoteView {
  const r = v.result;
  return {
    id: v.id, question: v.question, kind: v.kind, kindLabel: VOTE_KIND_LABELS[v.kind], secret: v.secret, status: v.status, openedAt: v.openedAt, closedAt: v.closedAt,
    // Once closed, against the delegates present when it closed, as recorded.
    count: liveCount(v, r ? r.present : live),
    result: r ? { convened: r.convened, present: r.present, agree: v.agree, agreePercentOfConvened: percentOf(v.agree, r.convened), passed: r.passed } : null,
    mine: mine ? { voted: mine.has(v.id), choice: mine.get(v.id) ?? null } : null,
  };
}

export async function congressVotes(db: Db, congressId: string, reader: Principal): Promise<VoteView[]> {
  const [votes, { present: live }] = await Promise.all([listVotes(db, congressId), attendance(db, congressId)]);
  const mine = reader.seat ? await ballotsOf(db, reader.seat.delegateId, votes.map((v) => v.id)) : null;
  return votes.map((v) => present(v, live, mine));
}

export async function congressVote(db: Db, congressId: string, id: string, reader: Principal): Promise<VoteView> {
  const [v, { present: live }] = await Promise.all([getVote(db, congressId, id), attendance(db, congressId)]);
  const mine = reader.seat ? await ballotsOf(db, reader.seat.delegateId, [v.id]) : null;
  return present(v, live, mine);
}
