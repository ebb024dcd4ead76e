// The mail outbox: mails a command decided to send, written in its transaction, then sent by the
// mailer (server/services/mailer.ts) with each attempt's outcome kept on the row.
import { sql } from 'kysely';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

export interface OutgoingMail {
  kind: string;
  recipient: string;
  userId: string | null;
  subject: string;
  body: string;
}

export interface QueuedMail extends OutgoingMail {
  id: string;
  attempts: number;
  sentAt: string | null;
  error: string | null;
}

/** After this many failed attempts a mail is left as failed, for a person to read the error. */
export const MAX_MAIL_ATTEMPTS = 3;

export async function queueMails(trx: WriteTx, mails: OutgoingMail[], actor: string | null): Promise<number> {
  if (mails.length === 0) return 0;
  const rows = await trx
    .insertInto('mail_outbox')
    .values(mails.map((m) => ({ kind: m.kind, recipient: m.recipient, user_id: m.userId, subject: m.subject, body: m.body })))
    .returning('id')
    .execute();
  await recordAudit(trx, { actor, action: 'queue', objectType: 'mail', objectId: rows.map((r) => String(r.id)).join(','), before: null, after: { kind: mails[0]!.kind, recipients: mails.map((m) => m.recipient) } });
  return rows.length;
}

const toMail = (r: { id: string | number; kind: string; recipient: string; user_id: string | null; subject: string; body: string; attempts: number; sent_at: Date | string | null; error: string | null }): QueuedMail => ({
  id: String(r.id), kind: r.kind, recipient: r.recipient, userId: r.user_id, subject: r.subject, body: r.body, attempts: r.attempts,
  sentAt: r.sent_at === null ? null : new Date(r.sent_at).toISOString(), error: r.error,
});

/**
 * Mails still to send, oldest first: never tried (`fresh`), or also those that failed fewer times than
 * the ceiling (a retry).
 */
export async function pendingMails(db: Db, fresh: boolean, limit = 50): Promise<QueuedMail[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select(['id', 'kind', 'recipient', 'user_id', 'subject', 'body', 'attempts', 'sent_at', 'error'])
    .where('sent_at', 'is', null)
    .where('attempts', '<', fresh ? 1 : MAX_MAIL_ATTEMPTS)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toMail);
}

/** Every mail of the outbox, newest first (for the tests and an administrator's look). */
export async function listMails(db: Db, limit = 200): Promise<QueuedMail[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select(['id', 'kind', 'recipient', 'user_id', 'subject', 'body', 'attempts', 'sent_at', 'error'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toMail);
}

/** One attempt's outcome: sent, or failed with the server's answer (the attempt is counted either way). */
export async function recordMailAttempt(trx: WriteTx, id: string, error: string | null, actor: string | null): Promise<void> {
  const r = await trx
    .updateTable('mail_outbox')
    .set({
      attempts: sql<number>`attempts + 1`,
      ...(error === null ? { sent_at: sql<Date>`now()`, error: null } : { failed_at: sql<Date>`now()`, error: error.slice(0, 2000) }),
    })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .returning(['recipient', 'attempts'])
    .executeTakeFirst();
  if (!r) return;
  await recordAudit(trx, { actor, action: error === null ? 'send' : 'send_failed', objectType: 'mail', objectId: id, before: null, after: { recipient: r.recipient, attempts: r.attempts, error } });
}

/** The addresses of a unit's officers (active accounts with the officer role and an e-mail). */
export async function officersWithEmail(db: Db, unitIds: string[]): Promise<{ id: string; name: string; email: string; unitId: string }[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'unit_id'])
    .where('unit_id', 'in', unitIds)
    .where('disabled', '=', false)
    .where('email', 'is not', null)
    .where(sql<boolean>`'officer' = ANY(roles)`)
    .orderBy('login')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email!, unitId: r.unit_id! }));
}
