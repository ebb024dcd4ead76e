// Shared zod pieces of the API: dates, periods, paging, and the hook that turns a failed check into a 400.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { todayInVietnam } from '../domain/calendar.ts';
import { Day } from '../commands/fields.ts';
import { errorBody, readerLanguage } from './errors.ts';
import { inputError } from '../domain/input-error.ts';

export { Day, Id, PeriodCode, Version } from '../commands/fields.ts';

/**
 * An id in the path. Made here, not from the commands' `Id`: `.openapi()` exists only on schemas
 * built after @hono/zod-openapi extended zod, and the commands do not depend on the HTTP layer.
 */
export const PathId = (name: string) => z.string().min(1).max(200).openapi({ param: { name, in: 'path' } });

export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const AsOf = z.object({ asOf: Day.optional() });
export const asOfOrToday = (asOf: string | undefined) => asOf ?? todayInVietnam();

export const IdParam = z.object({ id: PathId('id') });

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }) })
  .openapi('Error');

/** Validation failures answer 400 with `field: message` lines, before any handler runs. */
export function validationHook(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, c: Context) {
  if (result.success || !result.error) return;
  const err = inputError(result.error.issues as z.core.$ZodIssue[]);
  return c.json(errorBody('invalid', err.text![readerLanguage(c)], err.details), 400);
}

export const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
  409: { description: 'Conflict (stale version, duplicate)', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

/** A JSON answer; every status a route sends JSON for names its schema (from src/contract), so the handler's `c.json` is type-checked against it. */
export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
/** A Server-Sent Events stream (server/live.ts): its events' data are JSON of the shapes the description names. */
export const eventStream = (description: string) => ({ description, content: { 'text/event-stream': { schema: z.string() } } });
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
