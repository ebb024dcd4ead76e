// A real HTTP server on an ephemeral port over a fresh database, and JSON clients that sign in
// with cookies and send the CSRF header, as the browser app does. Every JSON answer is checked
// against the schema its route declares (src/contract): a mismatch answers 500 and fails close().
import { writeTransaction } from '../../src/db/tx.ts';
import { freshDb } from './db.ts';
import { takeBackup } from '../../src/db/backup.ts';
import { startServer } from '../../src/server/serve.ts';
import { serverContext, type ServerContext } from '../../src/server/context.ts';
import type { DbHandle } from '../../src/db/connection.ts';
import { createUser } from '../../src/db/users.ts';
import type { Role } from '../../src/domain/user.ts';
import type { ContractViolation } from '../../src/server/response-check.ts';
import { AnswerCache } from '../../src/server/answer-cache.ts';
import { importWorkspace } from '../../src/db/workspace.ts';
import { readDemoWorkspace } from '../../src/cli/demo.ts';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Client {
  api<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  cookies: Map<string, string>;
}

export interface TestServer extends Client {
  url: string;
  handle: DbHandle & { url: string | null };
  /** A client with no session. */
  anonymous(): Client;
  login(login: string, password: string): Promise<Client>;
  /** Creates an account (password already changed) and signs it in. */
  userClient(login: string, roles: Role[], unitId: string | null): Promise<Client>;
  /** Answers that broke their route's declared schema so far (each also answered 500). */
  violations: ContractViolation[];
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-1';

function makeClient(url: string): Client {
  const cookies = new Map<string, string>();
  return {
    cookies,
    async api(method, path, body, headers = {}) {
      const h: Record<string, string> = { ...headers };
      if (body !== undefined && !Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['content-type'] = 'application/json';
      if (cookies.size) h.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const csrf = cookies.get('hd_csrf');
      if (csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = csrf;
      const res = await fetch(url + path, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const i = pair!.indexOf('=');
        const name = pair!.slice(0, i);
        const value = pair!.slice(i + 1);
        if (value === '' || /max-age=0/i.test(c)) cookies.delete(name);
        else cookies.set(name, value);
      }
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* not JSON: the test sees the text */
      }
      return { status: res.status, body: parsed as any, headers: res.headers };
    },
  };
}

type ContextOver = Partial<Omit<ServerContext, 'db'>>;

/** `context` may be built from the database (a mailer over it, say); `handle` is a database of the test's own (a primary with its replica, say), migrated. */
export async function startTestServer(opts: { setup?: (h: DbHandle) => Promise<void>; context?: ContextOver | ((h: DbHandle) => ContextOver); handle?: DbHandle & { url: string | null } } = {}): Promise<TestServer> {
  const handle = opts.handle ?? (await freshDb());
  if (opts.setup) await opts.setup(handle);
  const violations: ContractViolation[] = [];
  const checkResponses = (v: ContractViolation) => {
    violations.push(v);
    console.error(`contract violation: ${v.method} ${v.path} → ${v.status}\n  ${v.issues.join('\n  ')}`);
  };
  // A kept summary is never served older than the data here: on a busy machine a small summary can
  // take as long as a national one, and the tests read their own writes (answer-cache.test.ts covers that mode).
  const answers = new AnswerCache({ slowMs: Infinity });
  const context = { checkResponses, backup: () => takeBackup(handle, handle.url), backupKind: handle.kind, answers, ...(typeof opts.context === 'function' ? opts.context(handle) : opts.context) };
  const server = await startServer(serverContext(handle.db, context), { port: 0, host: '127.0.0.1' });
  const login = async (name: string, password: string) => {
    const c = makeClient(server.url);
    const r = await c.api('POST', '/api/auth/login', { login: name, password });
    if (r.status !== 200) throw new Error(`login ${name}: ${r.status} ${JSON.stringify(r.body)}`);
    return c;
  };
  const userClient = async (name: string, roles: Role[], unitId: string | null) => {
    await writeTransaction(handle.db, (trx) => createUser(trx, { login: name, name, unitId, roles, password: TEST_PASSWORD, mustChangePassword: false }, null));
    return login(name, TEST_PASSWORD);
  };
  const admin = await userClient('admin', ['admin'], null);
  return {
    ...admin,
    url: server.url,
    handle,
    anonymous: () => makeClient(server.url),
    login,
    userClient,
    violations,
    async close() {
      await server.close();
      await handle.close();
      // A test that swallowed the 500 (or only looked at a status) still fails here.
      if (violations.length) throw new Error(`${violations.length} answer(s) outside their declared schema, first: ${JSON.stringify(violations[0])}`);
    },
  };
}

/** What startTestServer takes besides the data it starts with (a mailer in the context, say). */
export type ServerOptions = Omit<NonNullable<Parameters<typeof startTestServer>[0]>, 'setup'>;

/** A test server over a workspace (the demo's, or one cut from it) imported as `haidang demo` does. */
export async function startServerOver(workspace: unknown, options: ServerOptions = {}): Promise<TestServer> {
  return startTestServer({ ...options, setup: async (h) => void (await writeTransaction(h.db, (trx) => importWorkspace(trx, workspace, 'demo'))) });
}

/** A test server holding the demo workspace. */
export async function startDemoServer(options: ServerOptions = {}): Promise<TestServer> {
  return startServerOver(readDemoWorkspace(), options);
}
