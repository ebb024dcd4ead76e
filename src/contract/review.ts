// The preview of the review report beside its options: the frame (number, date line, title, signer,
// recipients) and the target rows exactly as the document will print them.
import { z } from 'zod';

export const ReviewPreview = z
  .strictObject({
    numberLine: z.string(),
    dateLine: z.string(),
    title: z.string(),
    signer: z.strictObject({ role: z.string(), name: z.string().nullable() }),
    recipients: z.array(z.string()),
    targets: z.array(z.strictObject({ label: z.string(), targetText: z.string(), unit: z.string(), periodValue: z.number().nullable(), statusLabel: z.string() })),
    headline: z.string(),
    ratings: z.array(z.strictObject({ unitName: z.string(), personInCharge: z.string().nullable(), levelLabel: z.string() })),
  })
  .meta({ id: 'ReviewPreview' });
export type ReviewPreview = z.infer<typeof ReviewPreview>;
