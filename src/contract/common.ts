// Pieces every answer shares: calendar days, a document span, and the list envelope.
import { z } from 'zod';

/** A calendar day `YYYY-MM-DD` (dates are never sent as timestamps, see docs/architecture.md). */
export const Day = z.string();

/** Where a stored figure or task came from: the document and the [start, end) span of its text. */
export const SourceRef = z
  .strictObject({
    documentId: z.string().nullable(),
    span: z.tuple([z.number(), z.number()]).nullable(),
    quote: z.string().nullable(),
  })
  .meta({ id: 'SourceRef' });
export type SourceRef = z.infer<typeof SourceRef>;

/** A list answer: the items and how many there are (paged lists also say their window). */
export const listOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), total: z.number().int() });
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

/** An answer that only says the action was done. */
export const Ok = z.strictObject({ ok: z.boolean() }).meta({ id: 'Ok' });
