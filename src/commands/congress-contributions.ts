// Tham luận: the secretariat registers written contributions (by a delegate or another author) and marks those presented.
import { z } from 'zod';
import { authorize, mayManageCongress } from '../domain/policy.ts';
import { invalid } from '../domain/errors.ts';
import { getCongressByCode } from '../db/congresses.ts';
import { delegateByCode, getContribution, insertContribution, setPresented } from '../db/congress-contributions.ts';
import { defineCommand } from './command.ts';
import { Code, Id } from './fields.ts';

export const ContributionRegister = z
  .object({
    congress: Code,
    /** A delegate of the roster: their name and party committee are taken from it unless given. */
    delegate: Code.optional(),
    author: z.string().trim().max(300).optional(),
    committee: z.string().trim().max(300).optional(),
    topic: z.string().trim().min(1).max(1000),
    presented: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'CongressContributionRegister' });

export const registerContribution = defineCommand({
  name: 'registerContribution',
  input: ContributionRegister,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, input.congress);
    const d = input.delegate ? await delegateByCode(ctx.trx, congress.id, input.delegate) : null;
    if (input.delegate && !d) throw invalid(`delegate: không có đại biểu mã ${input.delegate} trong đại hội ${congress.code} (unknown delegate)`);
    const author = input.author || d?.name;
    const committee = input.committee || d?.unit;
    if (!author) throw invalid('author: cần tên tác giả hoặc mã đại biểu (author or delegate)');
    if (!committee) throw invalid('committee: cần đảng bộ của tác giả (party committee)');
    const id = await insertContribution(ctx.trx, congress.id, { delegateId: d?.id ?? null, author, committee, topic: input.topic, presented: input.presented }, ctx.actor.id);
    return getContribution(ctx.trx, congress.id, id);
  },
});

export const ContributionPresented = z.object({ congress: Code, id: Id, presented: z.boolean() }).strict().meta({ id: 'CongressContributionPresented' });

export const markPresented = defineCommand({
  name: 'markContributionPresented',
  input: ContributionPresented,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, input.congress);
    await setPresented(ctx.trx, congress.id, input.id, input.presented, ctx.actor.id);
    return getContribution(ctx.trx, congress.id, input.id);
  },
});
