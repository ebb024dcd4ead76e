// A real SMTP server on a free local port (the smtp-server package), for the tests of e-mail: it takes
// what the app sends as any mail server would, decodes subject and text (RFC 2047 words, quoted-printable
// or base64, UTF-8), and can refuse chosen recipients as a mail server refuses an unknown mailbox.
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  raw: string;
}

export interface Inbox {
  /** smtp://127.0.0.1:PORT, for SMTP_URL */
  url: string;
  mails: ReceivedMail[];
  /** Resolves when `n` mails have arrived (rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

function decodeWords(s: string): string {
  return s.replace(/\?=\s+=\?/gu, '?==?').replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/gu, (_, _charset: string, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/gu, ' ').replace(/=([0-9A-F]{2})/giu, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

function decodeBody(body: string, encoding: string): string {
  const e = encoding.toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/\s+/gu, ''), 'base64').toString('utf8');
  if (e === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/gu, '').replace(/=([0-9A-F]{2})/giu, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

export function parseMail(raw: string): { subject: string; text: string } {
  const cut = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, cut).replace(/\r\n[ \t]+/gu, ' ');
  const body = raw.slice(cut + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'imu').exec(head)?.[1] ?? '';
  return { subject: decodeWords(header('Subject')), text: decodeBody(body, header('Content-Transfer-Encoding')).replace(/\r\n/gu, '\n').trimEnd() };
}

export async function startInbox(opts: { refuse?: (address: string) => boolean } = {}): Promise<Inbox> {
  const mails: ReceivedMail[] = [];
  const waiting: { n: number; resolve: (m: ReceivedMail[]) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (opts.refuse?.(address.address)) {
        const err = Object.assign(new Error('Hộp thư không tồn tại (mailbox unavailable)'), { responseCode: 550 });
        cb(err);
        return;
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        mails.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw, ...parseMail(raw) });
        for (const w of waiting.filter((x) => mails.length >= x.n)) w.resolve(mails.slice());
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitFor(n, ms = 15_000) {
      if (mails.length >= n) return Promise.resolve(mails.slice());
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`waited ${ms} ms for ${n} mails, got ${mails.length}`)), ms);
        waiting.push({ n, resolve: (m) => (clearTimeout(t), resolve(m)) });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
