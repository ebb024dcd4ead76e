// Configuration by environment, the same for the server and the CLI, with safe defaults.
import { resolve } from 'node:path';
import { AppError } from './domain/errors.ts';

export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database (PGlite); ignored when databaseUrl is set. */
  dataDir: string;
  /** A PostgreSQL server instead of the embedded database. */
  databaseUrl: string | null;
  /** DATABASE_REPLICA_URL: a streaming replica of that server, for reads that tolerate seconds of lag. */
  replicaUrl: string | null;
  /** Start without the demo workspace. */
  empty: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** TRUST_PROXY=1 behind a reverse proxy (TLS ends there): X-Forwarded-For and -Proto are believed. */
  trustProxy: boolean;
  /** SMTP_URL (smtp://user:pass@host:587): the reminders go by e-mail too; none without it. */
  smtpUrl: string | null;
  /** SMTP_FROM: the sender of those mails. */
  smtpFrom: string;
  /** PUBLIC_URL: the app's address as people reach it, for links in mails. */
  publicUrl: string | null;
}

function positive(v: string | undefined, fallback: number, name: string): number {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new AppError('invalid', { vi: `${name}: không phải số dương: ${v}`, en: `${name}: not a positive number: ${v}` });
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('invalid', { vi: `PORT: không phải số cổng: ${env.PORT}`, en: `PORT: not a port number: ${env.PORT}` });
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || null,
    replicaUrl: env.DATABASE_REPLICA_URL || null,
    empty: ['1', 'true', 'yes'].includes((env.HAIDANG_EMPTY ?? '').toLowerCase()),
    sessionIdleMinutes: positive(env.SESSION_IDLE_MINUTES, 120, 'SESSION_IDLE_MINUTES'),
    sessionMaxHours: positive(env.SESSION_MAX_HOURS, 24, 'SESSION_MAX_HOURS'),
    trustProxy: ['1', 'true', 'yes'].includes((env.TRUST_PROXY ?? '').toLowerCase()),
    smtpUrl: env.SMTP_URL || null,
    smtpFrom: env.SMTP_FROM || 'Hải Đăng <no-reply@localhost>',
    publicUrl: env.PUBLIC_URL || null,
  };
}
