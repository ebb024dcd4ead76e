// Server-Sent Events for the congress hall's live screens: a snapshot when a command tells of a change
// in that congress (commands/committed.ts), a heartbeat in between, never kept, never compressed.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { onCommitted, type Committed } from '../commands/committed.ts';
import { dataVersion } from '../db/audit.ts';
import type { AppEnv } from './context.ts';
import { stillSignedIn } from './auth/session.ts';

export interface LiveSettings {
  /** Between two events at most this long: proxies and the 30 s socket timeout see traffic, the page sees the stream alive. */
  heartbeatMs: number;
  /** A stream ends after this long and the browser opens it again: the session and the reader's rights are checked anew. */
  maxLifeMs: number;
  /** Changes closer together than this go out as one snapshot: a scanner's burst is not a burst of queries. */
  coalesceMs: number;
}

/** The open streams of one server, so that stopping the server ends them (an open stream would hold `close()` for ever). */
export class LiveStreams {
  readonly settings: LiveSettings;
  private readonly open = new Set<() => void>();
  constructor(settings: Partial<LiveSettings> = {}) {
    this.settings = { heartbeatMs: 15_000, maxLifeMs: 10 * 60_000, coalesceMs: 100, ...settings };
  }
  add(end: () => void): () => void {
    this.open.add(end);
    return () => void this.open.delete(end);
  }
  get size(): number {
    return this.open.size;
  }
  closeAll(): void {
    for (const end of [...this.open]) end();
  }
}

export interface LiveFeed {
  topic: Committed['topic'];
  congressId: string;
  /** The SSE event's name; its data is the snapshot as JSON, the same shape as the route's GET answers. */
  event: string;
  snapshot: () => Promise<unknown>;
  /**
   * The shortest pause after a send (the server's `coalesceMs` when longer): a feed every phone in the hall
   * follows (the votes: 446 streams, each snapshot a few queries, each ballot a change) sends at most once
   * a second per phone while ballots pour in, about what the phones' polling every 3 s asked for.
   */
  minPauseMs?: number;
  /** What makes two snapshots the same (default: their JSON); the attendance's leaves out when it was counted. */
  fingerprint?: (data: unknown) => string;
}

/**
 * The stream: the snapshot at once, again after every committed change of the topic in that congress
 * (coalesced), and a `heartbeat` event when nothing happened for `heartbeatMs`. At each heartbeat the
 * data version is read too: a write made by another process on the same PostgreSQL (which no in-process
 * notifier hears) reaches the screen within one heartbeat, and the session is checked again: one that
 * ended ends the stream. Authorise before calling: a refusal is then an
 * ordinary JSON error, not a stream.
 */
export async function liveStream(c: Context<AppEnv>, feed: LiveFeed): Promise<Response> {
  const { db, live } = c.var.ctx;
  // The session is looked at again on every heartbeat: signed out, expired, a delegate replaced or their
  // code re-issued, and the stream ends (the browser's next try is then refused).
  const signedIn = await stillSignedIn(c);
  const { heartbeatMs, maxLifeMs } = live.settings;
  const coalesceMs = Math.max(live.settings.coalesceMs, feed.minPauseMs ?? 0);
  const res = streamSSE(c, async (stream) => {
    let dirty = true;
    /** Set when only the data version moved: the snapshot is sent only if it differs from the last one. */
    let unlessSame = false;
    let lastPrint = '';
    const print = feed.fingerprint ?? ((d: unknown) => JSON.stringify(d));
    let wake: (() => void) | null = null;
    const nap = (ms: number) =>
      new Promise<void>((resolve) => {
        const t = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(t);
          resolve();
        };
      }).finally(() => (wake = null));
    /** Just sent: changes wait for the end of the pause, so a scanner's burst goes out as one snapshot. */
    let pausing = false;
    const off = onCommitted(db, (changes) => {
      if (!changes.some((ch) => ch.topic === feed.topic && ch.congressId === feed.congressId)) return;
      dirty = true;
      unlessSame = false;
      if (!pausing) wake?.();
    });
    const unlist = live.add(() => {
      void stream.close();
      wake?.();
    });
    stream.onAbort(() => wake?.());
    const started = Date.now();
    let version = '';
    let lastSent = Date.now();
    let seq = 0;
    try {
      // How long the browser waits before opening a dropped stream again.
      await stream.writeSSE({ event: 'hello', data: '{}', retry: 2000 });
      while (!stream.aborted && !stream.closed && Date.now() - started < maxLifeMs) {
        if (dirty) {
          dirty = false;
          const onlyIfChanged = unlessSame;
          unlessSame = false;
          version = await dataVersion(db);
          const data = await feed.snapshot();
          if (stream.aborted || stream.closed) break;
          const printed = print(data);
          if (onlyIfChanged && printed === lastPrint) {
            await stream.writeSSE({ event: 'heartbeat', data: JSON.stringify({ at: new Date().toISOString() }) });
          } else {
            await stream.writeSSE({ event: feed.event, data: JSON.stringify(data), id: String(++seq) });
          }
          lastPrint = printed;
          lastSent = Date.now();
          pausing = true;
          await nap(coalesceMs);
          pausing = false;
          continue;
        }
        await nap(Math.max(0, heartbeatMs - (Date.now() - lastSent)));
        if (dirty || stream.aborted || stream.closed || Date.now() - lastSent < heartbeatMs) continue;
        if (!(await signedIn())) break;
        if ((await dataVersion(db)) !== version) {
          dirty = true;
          unlessSame = true;
          continue;
        }
        await stream.writeSSE({ event: 'heartbeat', data: JSON.stringify({ at: new Date().toISOString() }) });
        lastSent = Date.now();
      }
    } catch (e) {
      // The reader went away mid-write, or the server is stopping: the stream just ends.
      if (!stream.aborted && !stream.closed) console.error(`live: ${feed.event} stream ended: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      off();
      unlist();
    }
  });
  // Never kept by anyone, never compressed or buffered on the way (a proxy's gzip would hold events back).
  res.headers.set('cache-control', 'no-store, no-transform');
  res.headers.set('x-accel-buffering', 'no');
  return res;
}
