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
