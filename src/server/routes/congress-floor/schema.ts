// Shapes of the congress floor's API: delegates' sign-in, sign-in codes, votes, programme, papers, contributions.
import { z } from '@hono/zod-openapi';
import { PathId } from '../../validation.ts';

export { SignInCodesIssue, DelegateLogin } from '../../../commands/congress-signin.ts';
export { VoteOpen, Ballot } from '../../../commands/congress-votes.ts';

export const CodeParam = z.object({ code: PathId('code') });
export const VoteParam = z.object({ code: PathId('code'), id: PathId('id') });

export const DelegateMe = z
  .object({
    delegate: z.object({ code: z.string(), name: z.string() }),
    congress: z.object({ code: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() }),
  })
  .openapi('DelegateMe');
export const DelegateLoginAnswer = DelegateMe.extend({ csrfToken: z.string() }).openapi('DelegateLoginAnswer');

export const SignInCodesIssued = z
  .object({ congress: z.string(), codes: z.array(z.object({ delegate: z.string(), name: z.string(), unit: z.string(), signInCode: z.string() })) })
  .openapi('CongressSignInCodes');

const Choice = z.enum(['agree', 'disagree', 'abstain']);
export const VoteView = z
  .object({
    id: z.string(),
    question: z.string(),
    kind: z.enum(['programme', 'resolution', 'other']),
    kindLabel: z.string(),
    secret: z.boolean(),
    status: z.enum(['open', 'closed']),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    count: z.object({
      present: z.number().int(),
      voted: z.number().int(),
      votedPercent: z.number(),
      choices: z.array(z.object({ choice: Choice, label: z.string(), count: z.number().int(), percent: z.number() })).nullable(),
    }),
    result: z.object({ convened: z.number().int(), present: z.number().int(), agree: z.number().int(), agreePercentOfConvened: z.number(), passed: z.boolean() }).nullable(),
    mine: z.object({ voted: z.boolean(), choice: Choice.nullable() }).nullable(),
  })
  .openapi('CongressVote');
export const VoteList = z.object({ items: z.array(VoteView), total: z.number().int() }).openapi('CongressVoteList');
export const BallotCast = z.object({ vote: z.string(), voted: z.literal(true) }).openapi('CongressBallotCast');
