// Shapes of /api/congresses: the commands' inputs, and the statistics exactly as the contract prints them.
import { z } from '@hono/zod-openapi';
import { PathId } from '../../validation.ts';

export { CongressCreate, CheckIn } from '../../../commands/congress.ts';

export const CodeParam = z.object({ code: PathId('code') });

const Line = z.object({ label: z.string(), count: z.number().int(), percent: z.number() });
const Count = z.object({ label: z.string(), count: z.number().int() });
const Person = z.object({ age: z.number().int(), code: z.string(), name: z.string(), unit: z.string() }).nullable();

export const CongressView = z.object({ id: z.string(), code: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() }).openapi('Congress');

export const CongressStats = z
  .object({
    congress: z.string(),
    convened: z.number().int(),
    attended: z.number().int(),
    absent: z.number().int(),
    attendedPercent: z.number(),
    kinds: z.array(Count),
    breakdowns: z.object({ gender: z.array(Line), age: z.array(Line), general: z.array(Line), professional: z.array(Line), theory: z.array(Line), field: z.array(Line) }),
    academicTitles: z.array(Count),
    oldest: Person,
    youngest: Person,
  })
  .openapi('CongressStats');

export const CheckInResult = z.object({ congress: z.string(), session: z.string(), delegates: z.number().int(), added: z.number().int(), already: z.number().int() }).openapi('CongressCheckInResult');
export const RosterResult = z.object({ congress: z.string(), delegates: z.number().int(), replaced: z.number().int() }).openapi('CongressRosterResult');
