// Encoded answers kept per key (day, filter, reader's scope) while the data version they were computed
// from still holds: the bytes, their gzip and their ETag, so a hit costs no SQL beyond the version probe,
// no JSON.stringify and no compression.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
/** Node's Buffers sit on plain ArrayBuffers; the web's Response wants that said. */
type Bytes = Uint8Array<ArrayBuffer>;

export interface CachedAnswer {
  /** The JSON text as UTF-8 bytes. */
  body: Bytes;
  /** The same, gzipped; null when too small to be worth it. */
  gzip: Bytes | null;
  /** Weak (W/"…"): the gzipped and the plain bytes are the same answer. */
  etag: string;
  /** The data version it was computed from. */
  version: string;
  /** When its computation started (ms since the epoch): the data it shows is at least that recent. */
  computedAt: number;
  /** How long it took to compute (ms): a slow answer is served stale while a new one is computed. */
  costMs: number;
}

export interface AnswerCacheOptions {
  /**
   * An answer that took at least this long to compute (national size) is not recomputed for each
   * new data version: the last one serves, and a new one is computed behind it at most every
   * `refreshMs`. Infinity: never serve a stale answer.
   */
  slowMs: number;
  refreshMs: number;
  /** Least recently used entries beyond this are dropped. */
  maxEntries: number;
}

export const DEFAULT_ANSWER_CACHE: AnswerCacheOptions = { slowMs: 250, refreshMs: 5_000, maxEntries: 500 };

/** Below this, gzip saves less than the headers and the CPU it costs. */
const GZIP_FROM_BYTES = 1_024;

export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();
  /** Computations under way, by key and version: simultaneous misses share one. */
  private readonly running = new Map<string, Promise<CachedAnswer>>();
  readonly options: AnswerCacheOptions;
  /**
   * What the answers given so far were: kept and current, kept but older (slow ones), computed, or
   * waiting on a computation under way; and how many of the kept ones were given before the framework (front.ts).
   */
  readonly counts = { fresh: 0, stale: 0, computed: 0, shared: 0, front: 0 };

  constructor(options: Partial<AnswerCacheOptions> = {}) {
    this.options = { ...DEFAULT_ANSWER_CACHE, ...options };
  }

  /**
   * The answer for `key` at data `version`: the kept one when its version is current; a slow one
   * even when it is not (recomputed behind it at most every refreshMs); otherwise computed now,
   * once for all who ask at the same time. `compute` gets the time its answer is "as at".
   */
  async get(key: string, version: string, compute: (computedAt: Date) => Promise<string>, now = Date.now()): Promise<CachedAnswer> {
    const kept = this.entries.get(key);
    if (kept && kept.version === version) {
      this.counts.fresh++;
      return this.touch(key, kept);
    }
    if (kept && kept.costMs >= this.options.slowMs) {
      if (now - kept.computedAt >= this.options.refreshMs) {
        // Behind the answer served: an error here is the next reader's to see, not this one's.
        this.compute(key, version, compute).catch((e: unknown) => console.error('[summary] recompute failed:', e));
      }
      this.counts.stale++;
      return this.touch(key, kept);
    }
    return this.compute(key, version, compute);
  }

  /**
   * What `get` would answer from memory alone, counted as it would count it (and as `front`); null when it would
   * compute (nothing kept, or a slow answer due for its refresh): the caller then goes the long way.
   */
  peek(key: string, version: string, now = Date.now()): CachedAnswer | null {
    const kept = this.entries.get(key);
    if (!kept) return null;
    const fresh = kept.version === version;
    if (!fresh && !(kept.costMs >= this.options.slowMs && now - kept.computedAt < this.options.refreshMs)) return null;
    this.counts[fresh ? 'fresh' : 'stale']++;
    this.counts.front++;
    return this.touch(key, kept);
  }

  /** Drops every kept answer (after a restore, for instance). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private touch(key: string, e: CachedAnswer): CachedAnswer {
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  private compute(key: string, version: string, compute: (computedAt: Date) => Promise<string>): Promise<CachedAnswer> {
    const id = `${key}\u0000${version}`;
    const running = this.running.get(id);
    if (running) {
      this.counts.shared++;
      return running;
    }
    this.counts.computed++;
    const started = Date.now();
    const p = (async () => {
      const text = await compute(new Date(started));
      const answer = await encode(text, version, started, Date.now() - started);
      const current = this.entries.get(key);
      // A later version may have finished first; never replace it with an older one.
      if (!current || BigInt(current.version) <= BigInt(version)) {
        this.entries.delete(key);
        this.entries.set(key, answer);
        while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      }
      return answer;
    })().finally(() => this.running.delete(id));
    this.running.set(id, p);
    return p;
  }
}

async function encode(text: string, version: string, computedAt: number, costMs: number): Promise<CachedAnswer> {
  const body = Buffer.from(text, 'utf8') as Bytes;
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const zipped = body.length >= GZIP_FROM_BYTES ? ((await gzipAsync(body)) as Bytes) : null;
  return { body, gzip: zipped, etag, version, computedAt, costMs };
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => opaque(t) === opaque(etag));
}

/** Whether the client takes gzip (an explicit q=0 refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== 'gzip' && name?.trim() !== '*') return false;
    const q = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}
