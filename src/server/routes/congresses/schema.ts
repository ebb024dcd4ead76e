// Shapes of /api/congresses: the commands' inputs, and the statistics exactly as the contract prints them.
import { z } from '@hono/zod-openapi';
import { PathId } from '../../validation.ts';

export { CongressCreate, CheckIn } from '../../../commands/congress.ts';

export const CodeParam = z.object({ code: PathId('code') });

export { Attendance, CheckInResult, CongressStats, CongressView, DelegateList, DelegateView, ReviewResult, RosterResult } from '../../../contract/congress.ts';
