// Votes (biểu quyết) of a congress: the questions with their counts, and the fact that a delegate voted.
import { sql } from 'kysely';
import type { VoteChoice, VoteKind } from '../domain/congress/vote.ts';
import { AppError, conflict } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

export interface Vote {
  id: string;
  congressId: string;
  question: string;
  kind: VoteKind;
  secret: boolean;
  status: 'open' | 'closed';
  agree: number;
  disagree: number;
  abstain: number;
  openedAt: string;
  closedAt: string | null;
  /** Recorded when closed: the delegates convened and present then, and whether it passed. */
  result: { convened: number; present: number; passed: boolean } | null;
}

type VoteRow = { id: string; congress_id: string; question: string; kind: string; secret: boolean; status: string; agree: number; disagree: number; abstain: number; opened_at: Date; closed_at: Date | null; convened: number | null; present: number | null; passed: boolean | null };
const COLUMNS = ['id', 'congress_id', 'question', 'kind', 'secret', 'status', 'agree', 'disagree', 'abstain', 'opened_at', 'closed_at', 'convened', 'present', 'passed'] as const;
const toVote = (r: VoteRow): Vote => ({
  id: r.id, congressId: r.congress_id, question: r.question, kind: r.kind as VoteKind, secret: r.secret, status: r.status as Vote['status'],
  agree: r.agree, disagree: r.disagree, abstain: r.abstain, openedAt: new Date(r.opened_at).toISOString(), closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
  result: r.convened !== null && r.present !== null && r.passed !== null ? { convened: r.convened, present: r.present, passed: r.passed } : null,
});

export async function insertVote(trx: WriteTx, congressId: string, v: { question: string; kind: VoteKind; secret: boolean }, actor: string | null): Promise<Vote> {
  const r = toVote(await trx.insertInto('congress_votes').values({ congress_id: congressId, question: v.question, kind: v.kind, secret: v.secret, opened_at: new Date(), opened_by: actor }).returning(COLUMNS).executeTakeFirstOrThrow());
  await recordAudit(trx, { actor, action: 'open_vote', objectType: 'congress_vote', objectId: r.id, before: null, after: { congressId, ...v } });
  return r;
}

export async function findVote(db: Db, congressId: string, id: string): Promise<Vote | null> {
  const r = await db.selectFrom('congress_votes').select(COLUMNS).where('id', '=', id).where('congress_id', '=', congressId).executeTakeFirst();
  return r ? toVote(r) : null;
}

export async function getVote(db: Db, congressId: string, id: string): Promise<Vote> {
  const v = await findVote(db, congressId, id);
  if (!v) throw new AppError('not_found', { vi: `không tìm thấy biểu quyết ${id}`, en: `vote not found: ${id}` }, { id });
  return v;
}

export async function listVotes(db: Db, congressId: string): Promise<Vote[]> {
  return (await db.selectFrom('congress_votes').select(COLUMNS).where('congress_id', '=', congressId).orderBy('opened_at', 'desc').orderBy('id').execute()).map(toVote);
}

/**
 * One ballot. The question's row is counted first (which takes its lock and checks it is still open),
 * then the delegate's having voted is inserted: the primary key refuses a second one, even from two
 * phones at the same instant, and the refusal rolls the count back with it. A secret ballot stores no
 * choice beside the delegate, and its audit entry says only that they voted.
 */
export async function recordBallot(trx: WriteTx, vote: Vote, delegateId: string, choice: VoteChoice, actor: string): Promise<void> {
  const counted = await trx
    .updateTable('congress_votes')
    .set({ [choice]: sql`${sql.ref(choice)} + 1` })
    .where('id', '=', vote.id)
    .where('status', '=', 'open')
    .returning('id')
    .executeTakeFirst();
  if (!counted) throw conflict({ vi: 'vote: biểu quyết đã kết thúc', en: 'vote: the vote is closed' });
  const voted = await trx
    .insertInto('congress_vote_voters')
    .values({ vote_id: vote.id, delegate_id: delegateId, choice: vote.secret ? null : choice })
    .onConflict((oc) => oc.columns(['vote_id', 'delegate_id']).doNothing())
    .returning('delegate_id')
    .executeTakeFirst();
  if (!voted) throw conflict({ vi: 'vote: đại biểu đã biểu quyết vấn đề này', en: 'vote: already voted on this question' }, { reason: 'already_voted' });
  await recordAudit(trx, { actor, action: 'vote', objectType: 'congress_vote', objectId: vote.id, before: null, after: vote.secret ? { secret: true } : { choice } });
}

export async function closeVoteRow(trx: WriteTx, vote: Vote, result: { convened: number; present: number; passed: boolean }, actor: string | null): Promise<Vote> {
  const r = await trx
    .updateTable('congress_votes')
    .set({ status: 'closed', closed_at: new Date(), closed_by: actor, ...result })
    .where('id', '=', vote.id)
    .where('status', '=', 'open')
    .returning(COLUMNS)
    .executeTakeFirst();
  if (!r) throw conflict({ vi: 'vote: biểu quyết đã kết thúc', en: 'vote: already closed' });
  const closed = toVote(r);
  await recordAudit(trx, { actor, action: 'close_vote', objectType: 'congress_vote', objectId: vote.id, before: null, after: { ...result, agree: closed.agree, disagree: closed.disagree, abstain: closed.abstain } });
  return closed;
}

/** The question's row locked, so that closing waits for the ballots being counted. */
export async function lockVote(trx: WriteTx, id: string): Promise<void> {
  await trx.selectFrom('congress_votes').select('id').where('id', '=', id).forUpdate().execute();
}

/** Delegates convened (all but those replaced) and present (checked in at any session). */
export async function attendance(db: Db, congressId: string): Promise<{ convened: number; present: number }> {
  const r = await db
    .selectFrom('congress_delegates as d')
    .where('d.congress_id', '=', congressId)
    .where('d.status', '<>', 'replaced')
    .select((eb) => [
      eb.fn.countAll<number>().as('convened'),
      eb.fn.count<number>(eb.case().when(eb.exists(eb.selectFrom('congress_checkins as k').select('k.delegate_id').whereRef('k.delegate_id', '=', 'd.id'))).then(1).end()).as('present'),
    ])
    .executeTakeFirstOrThrow();
  return { convened: Number(r.convened), present: Number(r.present) };
}

export async function isPresent(db: Db, delegateId: string): Promise<boolean> {
  const r = await db.selectFrom('congress_checkins').select('delegate_id').where('delegate_id', '=', delegateId).limit(1).executeTakeFirst();
  return r !== undefined;
}

/** Which of these questions the delegate has voted on, with the choice for an open ballot (null for a secret one). */
export async function ballotsOf(db: Db, delegateId: string, voteIds: readonly string[]): Promise<Map<string, VoteChoice | null>> {
  if (voteIds.length === 0) return new Map();
  const rows = await db.selectFrom('congress_vote_voters').select(['vote_id', 'choice']).where('delegate_id', '=', delegateId).where('vote_id', 'in', voteIds).execute();
  return new Map(rows.map((r) => [r.vote_id, r.choice as VoteChoice | null]));
}
