// The answers of the audit trail: each write with who, when, what before and after, and the hash chain.
import { z } from 'zod';
import { listOf } from './common.ts';

export const AuditEntry = z
  .strictObject({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string().nullable(),
    /** The actor's name as the accounts hold it now (null for the system, a command line, or a removed account). */
    actorName: z.string().nullable(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string(),
    /** The object as it was and as it became, in the shape the command stored (free-form by design). */
    before: z.unknown(),
    after: z.unknown(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = listOf(AuditEntry).meta({ id: 'AuditList' });
export type AuditList = z.infer<typeof AuditList>;
