// Shapes of the congress floor's API: the commands' inputs, the paths' parameters, the answers (src/contract).
import { z } from '@hono/zod-openapi';
import { PathId } from '../../validation.ts';

export { SignInCodesIssue, DelegateLogin } from '../../../commands/congress-signin.ts';
export { VoteOpen, Ballot } from '../../../commands/congress-votes.ts';
export { BallotCast, DelegateLoginAnswer, DelegateMe, SignInCodesIssued, VoteList, VoteView } from '../../../contract/congress-floor.ts';

export const CodeParam = z.object({ code: PathId('code') });
export const VoteParam = z.object({ code: PathId('code'), id: PathId('id') });
