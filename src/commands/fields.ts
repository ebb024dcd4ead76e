// The zod pieces every command's input shares: ids, versions, calendar days, periods, the source span.
import { z } from 'zod';
import { isValidPeriod } from '../domain/period.ts';
import { INVISIBLE } from '../domain/file-type.ts';
import { RULES } from '../domain/input-error.ts';

import { Id } from '../domain/fields.ts';

// Ids and days are shared with the sheets' cells (domain/fields.ts): one definition for every door.
export { Day, FIRST_DAY, Id, LAST_DAY } from '../domain/fields.ts';
export const Version = z.number().int().positive();
/** A short code people type and match (a unit's code): printable, without invisible characters. */
export const Code = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .refine((c) => !new RegExp(INVISIBLE.source, 'u').test(c), RULES.invisible.en);
export const PeriodCode = z
  .string()
  .refine(isValidPeriod, RULES.period.en)
  // The same years as a day (2000–2100): 9999-Q4 is no period anyone reports on, and dates past it overflow.
  .refine((p) => [...p.matchAll(/(?<!\d)\d{4}(?!\d)/g)].every((m) => Number(m[0]) >= 2000 && Number(m[0]) <= 2100), RULES.periodYears.en)
  .meta({ example: '2025-Q3' });
/** Why a figure was corrected or withdrawn, why a report was returned: a person's words, never empty. */
export const Reason = z.string().trim().min(1, RULES.reason.en).max(2000);

export const Source = z
  .object({
    documentId: Id.nullable().default(null),
    span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).nullable().default(null),
    quote: z.string().max(10_000).nullable().default(null),
  })
  .strict()
  .refine((s) => !s.span || s.span[0] <= s.span[1], { message: RULES.spanOrder.en, path: ['span'] });

export const EMPTY_SOURCE = { documentId: null, span: null, quote: null };
