// The mailer's one write: the outcome of an attempt to send a queued mail (sent, or the server's
// refusal), kept on the mail and in the audit trail. Only the system sends mail; no route reaches it.
import { z } from 'zod';
import { recordMailAttempt } from '../db/mail.ts';
import { authorize } from '../domain/policy.ts';
import { defineCommand } from './command.ts';

export const recordMailOutcome = defineCommand({
  name: 'recordMailOutcome',
  input: z.object({ id: z.string().regex(/^\d+$/u), error: z.string().max(4000).nullable() }).strict(),
  async run(ctx, { id, error }): Promise<void> {
    authorize(ctx.actor.id === 'system', { vi: 'chỉ hệ thống ghi kết quả gửi thư', en: 'only the system records how a mail was sent' });
    await recordMailAttempt(ctx.trx, id, error, ctx.actor.id);
  },
});
