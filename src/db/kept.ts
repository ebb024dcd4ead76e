// What this process keeps in memory between requests about the database it serves: the data version
// and the sessions resumed lately. Both are dropped the moment this process writes (a command's transaction,
// the session functions), so a request after a write (a sign-out, a disabled user, a new figure)
// always goes to the database; only writes made by another process (the CLI on a shared PostgreSQL
// server) are seen up to VERSION_KEEP_MS or SESSION_KEEP_MS late.

/** A data version read from the database is trusted this long without a new probe. */
export const VERSION_KEEP_MS = 1_000;
/** A resumed session is trusted this long without reading it again. */
export const SESSION_KEEP_MS = 2_000;
/** Sessions kept per database at most (the oldest dropped beyond). */
const SESSIONS_KEPT = 10_000;

interface Kept<S> {
  /** The generation the contents belong to: a write since then empties them. */
  generation: number;
  version: { value: string; at: number } | null;
  sessions: Map<string, { value: S; at: number }>;
}

/** Bumped by every write of this process, whatever its database: simpler than knowing which one. */
let generation = 0;
const states = new WeakMap<object, Kept<unknown>>();

/** Forgets everything kept, for every database of this process: called after each write. */
export function forgetKept(): void {
  generation++;
}

/** A mark to hand back to `keep…`: what was read before a write that lands meanwhile is not kept. */
export function keptGeneration(): number {
  return generation;
}

function state<S>(db: object): Kept<S> {
  let s = states.get(db) as Kept<S> | undefined;
  if (!s) states.set(db, (s = { generation, version: null, sessions: new Map() }));
  if (s.generation !== generation) {
    s.generation = generation;
    s.version = null;
    s.sessions.clear();
  }
  return s;
}

export function keptVersion(db: object, now: number): string | null {
  const v = state(db).version;
  return v && now - v.at < VERSION_KEEP_MS ? v.value : null;
}

export function keepVersion(db: object, value: string, readFrom: number, at: number): void {
  if (readFrom !== generation) return;
  state(db).version = { value, at };
}

export function keptSession<S>(db: object, idHash: string, now: number): S | null {
  const e = state<S>(db).sessions.get(idHash);
  return e && now - e.at < SESSION_KEEP_MS ? e.value : null;
}

export function keepSession<S>(db: object, idHash: string, value: S, readFrom: number, at: number): void {
  if (readFrom !== generation) return;
  const sessions = state<S>(db).sessions;
  sessions.delete(idHash);
  sessions.set(idHash, { value, at });
  if (sessions.size > SESSIONS_KEPT) sessions.delete(sessions.keys().next().value!);
}
