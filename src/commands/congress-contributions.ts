// Tham luận: the secretariat registers written contributions (by a delegate or another author) and marks those presented.
import { z } from 'zod';
import { authorize, mayManageCongress } from '../domain/policy.ts';
import { invalid } from '../domain/errors.ts';
import { getCongressByCode } from '../db/congresses.ts';
import { delegateByCode, delegatesForRegister, getContribution, insertContribution, replaceContributions, setPresented } from '../db/congress-contributions.ts';
import { parseContributions } from '../domain/congress/contributions.ts';
import { refuseCells } from '../domain/congress/rows.ts';
import { TableInput } from './congress-fields.ts';
import { lockCongress } from '../db/congresses.ts';
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
    if (input.delegate && !d) throw invalid({ vi: `delegate: không có đại biểu mã ${input.delegate} trong đại hội ${congress.code}`, en: `delegate: no delegate ${input.delegate} in congress ${congress.code}` });
    const author = input.author || d?.name;
    const committee = input.committee || d?.unit;
    if (!author) throw invalid({ vi: 'author: cần tên tác giả hoặc mã đại biểu', en: 'author: an author or a delegate code is needed' });
    if (!committee) throw invalid({ vi: 'committee: cần đảng bộ của tác giả', en: "committee: the author's party committee is needed" });
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

export const ContributionsImport = z.object({ congress: Code, table: TableInput }).strict();

/**
 * The register from a sheet (tac_gia, dang_bo, chu_de, ma_dai_bieu, trinh_bay), all or nothing: it
 * replaces the congress's contributions whole, as the roster does; a delegate's code not on the roster
 * refuses the file with its row.
 */
export const importContributions = defineCommand({
  name: 'importContributions',
  input: ContributionsImport,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, input.congress);
    await lockCongress(ctx.trx, congress.id);
    const rows = parseContributions(input.table);
    if (rows.length === 0) throw invalid({ vi: 'file: không có dòng tham luận nào', en: 'file: no contributions in the file' });
    const roster = await delegatesForRegister(ctx.trx, congress.id);
    const unknown = rows.filter((r) => r.delegate && !roster.has(r.delegate.toLowerCase()));
    if (unknown.length) {
      refuseCells(unknown.slice(0, 50).map((r) => ({ row: r.row, column: 'ma_dai_bieu', message: { vi: `không có đại biểu mã ${r.delegate} trong đại hội ${congress.code}`, en: `no delegate ${r.delegate} in congress ${congress.code}` } })));
    }
    const resolved = rows.map((r) => {
      const d = r.delegate ? roster.get(r.delegate.toLowerCase())! : null;
      return { delegateId: d?.id ?? null, author: r.author || d!.name, committee: r.committee || d!.unit, topic: r.topic, presented: r.presented };
    });
    return { congress: congress.code, ...(await replaceContributions(ctx.trx, congress.id, resolved, ctx.actor.id)) };
  },
});
