// Sends the mail outbox through SMTP (nodemailer), off the request path: a command queues mails in
// its transaction, the route kicks the mailer after it commits, and each attempt's outcome is
// recorded on the mail (a failure is kept with the server's answer, never thrown at the person).
// Mails still pending (a server down, a restart) are retried on a timer, up to MAX_MAIL_ATTEMPTS.
import nodemailer from 'nodemailer';
import type { Db } from '../../db/connection.ts';
import { pendingMails } from '../../db/mail.ts';
import { execute } from '../../commands/command.ts';
import { recordMailOutcome } from '../../commands/mail.ts';
import { systemActor } from '../../domain/user.ts';

export interface MailSettings {
  /** smtp://user:pass@host:587 or smtps://…:465 (SMTP_URL) */
  url: string;
  /** The sender, "Văn phòng Thành ủy <vanphong@haiphong.gov.vn>" (SMTP_FROM) */
  from: string;
  /** The app's public address for links in the mails (PUBLIC_URL), when known. */
  publicUrl: string | null;
}

export interface Mailer {
  readonly publicUrl: string | null;
  /** Starts sending the new mails (after the round under way, if any). */
  kick(): void;
  /**
   * Sends the new mails now, and with `retry` those that failed before (the timer's round); resolves
   * with the number sent (tests wait on it).
   */
  drain(opts?: { retry?: boolean }): Promise<number>;
  close(): void;
}

const SYSTEM = systemActor('system', 'Hệ thống gửi thư');

export function createMailer(db: Db, settings: MailSettings, opts: { retryMs?: number } = {}): Mailer {
  const transport = nodemailer.createTransport(settings.url);
  let running: Promise<number> | null = null;

  async function round(retry: boolean): Promise<number> {
    let sent = 0;
    for (const m of await pendingMails(db, !retry)) {
      let error: string | null = null;
      try {
        await transport.sendMail({ from: settings.from, to: m.recipient, subject: m.subject, text: m.body });
        sent++;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      await execute(db, SYSTEM, recordMailOutcome, { id: m.id, error });
    }
    return sent;
  }

  // One round at a time: a kick during a round runs its own round after it (a mail queued meanwhile
  // is not left for the timer).
  function drain(opts: { retry?: boolean } = {}): Promise<number> {
    if (running) return running.then(() => drain(opts));
    running = round(Boolean(opts.retry)).finally(() => {
      running = null;
    });
    return running;
  }

  const kick = (retry = false) => {
    drain({ retry }).catch((e: unknown) => console.error(`Gửi thư điện tử (mail): ${e instanceof Error ? e.message : String(e)}`));
  };
  const timer = setInterval(() => kick(true), opts.retryMs ?? 5 * 60_000);
  timer.unref();

  return {
    publicUrl: settings.publicUrl,
    kick,
    drain,
    close() {
      clearInterval(timer);
      transport.close();
    },
  };
}
