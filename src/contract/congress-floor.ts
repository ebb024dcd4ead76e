// The answers of a congress's floor: a delegate's session, sign-in codes, votes with their live count.
import { z } from 'zod';
import { VOTE_CHOICES, VOTE_KINDS } from '../domain/congress/vote.ts';

export const DelegateMe = z
  .strictObject({
    delegate: z.strictObject({ code: z.string(), name: z.string() }),
    congress: z.strictObject({ code: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() }),
  })
  .meta({ id: 'DelegateMe' });
export type DelegateMe = z.infer<typeof DelegateMe>;
export const DelegateLoginAnswer = DelegateMe.extend({ csrfToken: z.string() }).meta({ id: 'DelegateLoginAnswer' });

export const SignInCodesIssued = z
  .strictObject({ congress: z.string(), codes: z.array(z.strictObject({ delegate: z.string(), name: z.string(), unit: z.string(), signInCode: z.string() })) })
  .meta({ id: 'CongressSignInCodes' });
export type SignInCodesIssued = z.infer<typeof SignInCodesIssued>;

const Choice = z.enum(VOTE_CHOICES);
export const VoteView = z
  .strictObject({
    id: z.string(),
    question: z.string(),
    kind: z.enum(VOTE_KINDS),
    kindLabel: z.string(),
    secret: z.boolean(),
    status: z.enum(['open', 'closed']),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    count: z.strictObject({
      present: z.number().int(),
      voted: z.number().int(),
      votedPercent: z.number(),
      /** Null while a secret question is open. */
      choices: z.array(z.strictObject({ choice: Choice, label: z.string(), count: z.number().int(), percent: z.number() })).nullable(),
    }),
    result: z.strictObject({ convened: z.number().int(), present: z.number().int(), agree: z.number().int(), agreePercentOfConvened: z.number(), passed: z.boolean() }).nullable(),
    mine: z.strictObject({ voted: z.boolean(), choice: Choice.nullable() }).nullable(),
  })
  .meta({ id: 'CongressVote' });
export type VoteView = z.infer<typeof VoteView>;
export const VoteList = z.strictObject({ items: z.array(VoteView), total: z.number().int() }).meta({ id: 'CongressVoteList' });
export type VoteList = z.infer<typeof VoteList>;
export const BallotCast = z.strictObject({ vote: z.string(), voted: z.literal(true) }).meta({ id: 'CongressBallotCast' });

const Clock = z.string();
export const Programme = z
  .strictObject({
    congress: z.string(),
    publishedAt: z.string().nullable(),
    sessions: z.array(z.strictObject({
      title: z.string(), day: z.string(), starts: Clock, ends: Clock.nullable(),
      items: z.array(z.strictObject({ time: Clock.nullable(), title: z.string(), presenter: z.string().nullable() })),
    })),
  })
  .meta({ id: 'CongressProgramme' });
export type Programme = z.infer<typeof Programme>;

export const PaperVersion = z
  .strictObject({ version: z.number().int(), label: z.string(), publishedAt: z.string(), hasText: z.boolean(), fileName: z.string().nullable(), contentType: z.string().nullable(), size: z.number().int().nullable() })
  .meta({ id: 'CongressPaperVersion' });
/** A paper with its versions newest first: the first is the one delegates read. */
export const Paper = z.strictObject({ id: z.string(), title: z.string(), versions: z.array(PaperVersion) }).meta({ id: 'CongressPaper' });
export type Paper = z.infer<typeof Paper>;
export const PaperList = z.strictObject({ items: z.array(Paper), total: z.number().int() }).meta({ id: 'CongressPaperList' });
export type PaperList = z.infer<typeof PaperList>;
export const PaperDetail = Paper.extend({ current: z.strictObject({ version: z.number().int(), label: z.string(), text: z.string().nullable(), fileName: z.string().nullable() }) }).meta({ id: 'CongressPaperDetail' });
export type PaperDetail = z.infer<typeof PaperDetail>;
export const PaperPublished = PaperVersion.extend({ congress: z.string(), paperId: z.string(), title: z.string() }).meta({ id: 'CongressPaperPublished' });

export const Contribution = z
  .strictObject({ id: z.string(), delegate: z.string().nullable(), author: z.string(), committee: z.string(), topic: z.string(), presented: z.boolean() })
  .meta({ id: 'CongressContribution' });
export type Contribution = z.infer<typeof Contribution>;
/** Registered and presented: "156 tham luận, 17 trình bày". */
export const ContributionList = z.strictObject({ items: z.array(Contribution), registered: z.number().int(), presented: z.number().int() }).meta({ id: 'CongressContributionList' });
export type ContributionList = z.infer<typeof ContributionList>;
export const ContributionsImported = z
  .strictObject({ congress: z.string(), registered: z.number().int(), presented: z.number().int(), replaced: z.number().int() })
  .meta({ id: 'CongressContributionsImported' });
