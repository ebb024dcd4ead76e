// Shapes of the congress floor's API: the commands' inputs, the paths' parameters, the answers (src/contract).
import { z } from '@hono/zod-openapi';
import { PathId } from '../../validation.ts';

export { SignInCodesIssue, DelegateLogin } from '../../../commands/congress-signin.ts';
export { VoteOpen, Ballot } from '../../../commands/congress-votes.ts';
export { BallotCast, DelegateLoginAnswer, DelegateMe, SignInCodesIssued, VoteList, VoteView } from '../../../contract/congress-floor.ts';

export const CodeParam = z.object({ code: PathId('code') });
export const VoteParam = z.object({ code: PathId('code'), id: PathId('id') });
export { Contribution, ContributionList, ContributionsImported, Paper, PaperDetail, PaperList, PaperPublished, Programme } from '../../../contract/congress-floor.ts';
export { ProgrammePublish, PaperPublish } from '../../../commands/congress-papers.ts';
export { ContributionRegister, ContributionPresented } from '../../../commands/congress-contributions.ts';
export const PaperParam = z.object({ code: PathId('code'), id: PathId('id') });
export const PaperFileParam = z.object({ code: PathId('code'), id: PathId('id'), version: z.coerce.number().int().min(1).max(10_000).openapi({ param: { name: 'version', in: 'path' } }) });
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1).max(10_000).optional() });
