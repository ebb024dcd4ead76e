// Sao lưu: an administrator takes a backup of the running server's database; the trail says so.
import { z } from 'zod';
import { recordAudit } from '../db/audit.ts';
import { authorize, mayManageUsers } from '../domain/policy.ts';
import { defineCommand } from './command.ts';

/** Checked and recorded before the bytes are taken: a backup holds every account and file. */
export const noteBackup = defineCommand({
  name: 'noteBackup',
  input: z.object({ kind: z.enum(['pglite', 'postgres']) }).strict(),
  async run(ctx, { kind }) {
    authorize(mayManageUsers(ctx.actor));
    await recordAudit(ctx.trx, { actor: ctx.actor.id, action: 'backup', objectType: 'database', objectId: kind, before: null, after: { on: ctx.today } });
    return { kind };
  },
});
