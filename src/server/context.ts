// What every route handler can reach: the database, the settings of this server, and who is asking.
import type { Db } from '../db/connection.ts';
import type { SessionPolicy } from '../db/sessions.ts';
import type { Principal } from '../domain/user.ts';
import { DEFAULT_THROTTLE, type ThrottleRule } from '../domain/throttle.ts';
import { DEFAULT_DUE_SOON_DAYS } from '../domain/task-status.ts';
import type { ContractViolation } from './response-check.ts';
import { AnswerCache } from './answer-cache.ts';
import { LiveStreams } from './live.ts';
import type { Mailer } from './services/mailer.ts';

export interface ServerContext {
  db: Db;
  /**
   * Reads that tolerate seconds of lag (the summary, the task lists) go here: a streaming replica
   * (DATABASE_REPLICA_URL), or the database itself. See readDb() in replica.ts for who is sent where.
   */
  readDb?: Db;
  /** Days before a deadline when a task counts as sắp đến hạn. */
  dueSoonDays: number;
  session: SessionPolicy;
  throttle: ThrottleRule;
  /** Behind a reverse proxy (TRUST_PROXY): the client's address and scheme come from its X-Forwarded-* headers. */
  trustProxy: boolean;
  /** Takes a backup of the database this server runs on (`GET /api/admin/backup`). */
  backup?: () => Promise<{ bytes: Uint8Array }>;
  backupKind?: 'pglite' | 'postgres';
  /**
   * When set (the test servers set it), every JSON answer is checked against its route's declared
   * schema; a mismatch is reported here and answered 500 (see response-check.ts).
   */
  checkResponses?: (v: ContractViolation) => void;
  /** Sends the mail outbox when SMTP is configured (SMTP_URL); without it nothing is mailed. */
  mailer?: Mailer;
  /** Encoded answers kept per data version (the dashboard's summary); one per server, never shared between databases. */
  answers: AnswerCache;
  /** The congress hall's open event streams (live.ts), ended when the server stops. */
  live: LiveStreams;
}

export function serverContext(db: Db, over: Partial<Omit<ServerContext, 'db'>> = {}): ServerContext {
  return {
    db,
    dueSoonDays: DEFAULT_DUE_SOON_DAYS,
    session: { idleMinutes: 120, maxHours: 24 },
    throttle: DEFAULT_THROTTLE,
    trustProxy: false,
    answers: new AnswerCache(),
    live: new LiveStreams(),
    ...over,
  };
}

export type AppEnv = {
  Variables: {
    ctx: ServerContext;
    /** The signed-in user; routes behind requireUser() can rely on it. */
    principal: Principal | null;
    sessionHash: string | null;
    /** The data version (last audit number) read with the session, before anything else of the request. */
    dataVersion: string | null;
  };
};
