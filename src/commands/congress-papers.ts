// The congress's papers for delegates: the secretariat publishes the programme and the documents' versions.
import { z } from 'zod';
import { authorize, mayManageCongress } from '../domain/policy.ts';
import { invalid } from '../domain/errors.ts';
import { RULES } from '../domain/input-error.ts';
import { draftLabel, isClock, orderProgramme, programmeProblems } from '../domain/congress/programme.ts';
import { ATTACHMENT_TYPES, cleanFilename, sniffAttachment } from '../domain/file-type.ts';
import { getCongressByCode } from '../db/congresses.ts';
import { addPaperVersion, paperForTitle, saveProgramme } from '../db/congress-papers.ts';
import { defineCommand } from './command.ts';
import { Code, Day } from './fields.ts';

const Clock = z.string().refine(isClock, RULES.clock.en);
const Text = (max: number) => z.string().trim().min(1).max(max);

export const ProgrammePublish = z
  .object({
    congress: Code,
    sessions: z
      .array(
        z.object({
          title: Text(300),
          day: Day,
          starts: Clock,
          ends: Clock.nullable().default(null),
          items: z.array(z.object({ time: Clock.nullable().default(null), title: Text(1000), presenter: z.string().trim().max(300).nullable().default(null) }).strict()).max(100).default([]),
        }).strict(),
      )
      .max(50),
  })
  .strict()
  .meta({ id: 'CongressProgrammePublish' });

/** The programme replaced whole, in the order it happens; sessions outside the congress's days are refused. */
export const publishProgramme = defineCommand({
  name: 'publishProgramme',
  input: ProgrammePublish,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, input.congress);
    const problems = programmeProblems(input.sessions, congress);
    const first = problems[0];
    if (first) throw invalid({ vi: `${first.field}: ${first.message.vi}`, en: `${first.field}: ${first.message.en}` }, problems.map((p) => ({ field: p.field, message: p.message.vi })));
    const sessions = orderProgramme(input.sessions.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, presenter: i.presenter || null })) })));
    await saveProgramme(ctx.trx, congress.id, sessions, ctx.actor.id);
    return { congress: congress.code, sessions: sessions.length };
  },
});

/** A paper may be read as a file in these forms; anything else (an archive, a page of HTML) is refused. */
const PAPER_TYPES = new Set(['pdf', 'docx', 'txt'] as const);
export const MAX_PAPER_BYTES = 3 * 1024 * 1024;

export const PaperPublish = z
  .object({
    congress: Code,
    /** The paper's title: a new title starts a paper, a known one gets its next version. */
    title: Text(500),
    /** `Dự thảo n` when left out. */
    label: z.string().trim().max(100).optional(),
    text: z.string().max(2_000_000).optional(),
    file: z.object({ name: z.string().max(500), data: z.instanceof(Uint8Array) }).optional(),
  })
  .strict()
  .refine((p) => (p.text?.trim() ?? '') !== '' || p.file !== undefined, { message: RULES.textOrFile.en, path: ['text'] })
  .meta({ id: 'CongressPaperPublish' });

/** The next version of a paper (dự thảo 1 … 12): the latest is what delegates see, the earlier ones stay listed. */
export const publishPaperVersion = defineCommand({
  name: 'publishPaperVersion',
  input: PaperPublish,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, input.congress);
    let file: { name: string; contentType: string; data: Uint8Array } | null = null;
    if (input.file) {
      if (input.file.data.byteLength > MAX_PAPER_BYTES) throw invalid({ vi: `file: tệp lớn hơn ${MAX_PAPER_BYTES} byte`, en: `file: larger than ${MAX_PAPER_BYTES} bytes` });
      const type = sniffAttachment(input.file.data);
      if (!type || !PAPER_TYPES.has(type as 'pdf')) throw invalid({ vi: 'file: chỉ nhận tệp PDF, Word (.docx) hoặc văn bản', en: 'file: only PDF, Word (.docx) or text' });
      file = { name: cleanFilename(input.file.name), contentType: ATTACHMENT_TYPES[type], data: input.file.data };
    }
    const paper = await paperForTitle(ctx.trx, congress.id, input.title);
    const version = await addPaperVersion(ctx.trx, paper.id, { label: (n) => input.label || draftLabel(n), body: input.text?.trim() ? input.text : null, file }, ctx.actor.id);
    return { congress: congress.code, paperId: paper.id, title: input.title, ...version };
  },
});
