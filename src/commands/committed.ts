// What the commands changed, told in-process once their transaction has committed: the congress hall's
// live screens (attendance, vote counts) are pushed from here instead of polling the database.
import type { Db } from '../db/connection.ts';

/** A change a live screen may show: a check-in or a credential review (attendance), a vote opened, cast or closed. */
export interface Committed {
  topic: 'attendance' | 'votes';
  congressId: string;
}

type Listener = (changes: readonly Committed[]) => void;

/**
 * Listeners per database: every server (and every test server) has its own, so one server's screens
 * never hear another's writes. The server is the only process on its data (the folder lock; with
 * DATABASE_URL, the streams also look at the data version on every heartbeat, so a write made by another
 * process reaches the screens within one heartbeat).
 */
const listeners = new WeakMap<Db, Set<Listener>>();

export function onCommitted(db: Db, listener: Listener): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => void set.delete(listener);
}

/** Called by `execute` after the commit, never inside the transaction: a rolled-back change is never told. */
export function tellCommitted(db: Db, changes: readonly Committed[]): void {
  if (changes.length === 0) return;
  for (const l of listeners.get(db) ?? []) {
    try {
      l(changes);
    } catch (e) {
      // A broken screen must not fail the command that already committed.
      console.error(`live: a listener failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
