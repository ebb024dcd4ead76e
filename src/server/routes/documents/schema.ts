// Request shapes of /api/documents.
import { z } from '@hono/zod-openapi';
import { DOCUMENT_KINDS } from '../../../domain/document.ts';
import { Day } from '../../validation.ts';

export const DocumentCreate = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    number: z.string().trim().max(100).nullable().default(null),
    issuedOn: Day,
    issuer: z.string().trim().max(300).default(''),
    title: z.string().trim().min(1).max(1000),
    text: z.string().max(2_000_000).default(''),
  })
  .strict()
  .openapi('DocumentCreate');
