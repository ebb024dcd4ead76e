// Biểu quyết: the secretariat opens a question and closes it; each delegate present votes once from their phone.
import { z } from 'zod';
import { authorize, mayManageCongress, sitsIn } from '../domain/policy.ts';
import { AppError } from '../domain/errors.ts';
import { VOTE_CHOICES, VOTE_KINDS, passes } from '../domain/congress/vote.ts';
import { getCongressByCode } from '../db/congresses.ts';
import { attendance, closeVoteRow, getVote, insertVote, isPresent, lockVote, recordBallot } from '../db/congress-votes.ts';
import { defineCommand } from './command.ts';
import { Code, Id } from './fields.ts';

export const VoteOpen = z
  .object({
    congress: Code,
    question: z.string().trim().min(1).max(2000),
    kind: z.enum(VOTE_KINDS).default('resolution'),
    /** Bỏ phiếu kín: who voted what is never stored. */
    secret: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'CongressVoteOpen' });

export const openVote = defineCommand({
  name: 'openVote',
  input: VoteOpen,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, input.congress);
    ctx.changed({ topic: 'votes', congressId: congress.id });
    return insertVote(ctx.trx, congress.id, input, ctx.actor.id);
  },
});

export const Ballot = z.object({ congress: Code, vote: Id, choice: z.enum(VOTE_CHOICES) }).strict().meta({ id: 'CongressBallot' });

/** A delegate's vote: their own seat, in their congress, checked in, once. */
export const castBallot = defineCommand({
  name: 'castBallot',
  input: Ballot,
  async run(ctx, input) {
    const seat = ctx.actor.seat;
    if (!seat) throw new AppError('forbidden', { vi: 'vote: chỉ đại biểu đăng nhập bằng mã trên thẻ mới biểu quyết', en: 'vote: only a delegate signed in with their card votes' });
    const congress = await getCongressByCode(ctx.trx, input.congress);
    authorize(sitsIn(ctx.actor, congress.id), { vi: 'vote: đại biểu của đại hội khác', en: 'vote: not a delegate of this congress' });
    const vote = await getVote(ctx.trx, congress.id, input.vote);
    if (!(await isPresent(ctx.trx, seat.delegateId))) {
      throw new AppError('forbidden', { vi: 'vote: đại biểu chưa điểm danh nên chưa biểu quyết được', en: 'vote: check in first' }, { reason: 'not_present' });
    }
    await recordBallot(ctx.trx, vote, seat.delegateId, input.choice, ctx.actor.id);
    ctx.changed({ topic: 'votes', congressId: congress.id });
    return { vote: vote.id, voted: true as const };
  },
});

export const VoteClose = z.object({ congress: Code, vote: Id }).strict().meta({ id: 'CongressVoteClose' });

/** Closes a question and records its result against the delegates convened and present at that moment. */
export const closeVote = defineCommand({
  name: 'closeVote',
  input: VoteClose,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, input.congress);
    await lockVote(ctx.trx, input.vote);
    const vote = await getVote(ctx.trx, congress.id, input.vote);
    const { convened, present } = await attendance(ctx.trx, congress.id);
    ctx.changed({ topic: 'votes', congressId: congress.id });
    return closeVoteRow(ctx.trx, vote, { convened, present, passed: passes(vote.agree, convened) }, ctx.actor.id);
  },
});
