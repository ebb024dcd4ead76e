// The kept answers: one computation for simultaneous misses, a new one for a new data version, and a
// slow answer served while its successor is computed, at most every refreshMs.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AnswerCache, acceptsGzip, matchesEtag } from './answer-cache.ts';

/** A computation the test finishes when it wants, counting how often it was started. */
function gate(text: (n: number) => string) {
  let started = 0;
  const waiting: (() => void)[] = [];
  return {
    compute: () => {
      const n = ++started;
      return new Promise<string>((resolve) => waiting.push(() => resolve(text(n))));
    },
    get started() {
      return started;
    },
    release: () => waiting.splice(0).forEach((f) => f()),
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('AnswerCache', () => {
  it('shares one computation among simultaneous misses and keeps its bytes', async () => {
    const cache = new AnswerCache();
    const g = gate((n) => JSON.stringify({ n }));
    const asked = Array.from({ length: 5 }, () => cache.get('k', '7', g.compute));
    await tick();
    g.release();
    const answers = await Promise.all(asked);
    expect(g.started).toBe(1);
    expect(new Set(answers).size).toBe(1);
    expect(Buffer.from(answers[0]!.body).toString()).toBe('{"n":1}');
    expect(await cache.get('k', '7', g.compute)).toBe(answers[0]);
    expect(g.started).toBe(1);
  });

  it('computes again for a new version, and keys apart', async () => {
    const cache = new AnswerCache({ slowMs: Infinity });
    let n = 0;
    const compute = async () => `{"n":${++n}}`;
    const a = await cache.get('k', '1', compute);
    const b = await cache.get('k', '2', compute);
    const other = await cache.get('other', '2', compute);
    expect([a.etag === b.etag, b.etag === other.etag]).toEqual([false, false]);
    expect(n).toBe(3);
  });

  it('a computation started at an older version is not shared with a reader of a newer one', async () => {
    const cache = new AnswerCache();
    const g = gate((n) => `{"n":${n}}`);
    const old = cache.get('k', '1', g.compute);
    const fresh = cache.get('k', '2', g.compute);
    await tick();
    expect(g.started).toBe(2);
    g.release();
    await Promise.all([old, fresh]);
    expect((await cache.get('k', '2', g.compute)).version).toBe('2');
  });

  it('serves a slow answer while the next is computed, at most every refreshMs', async () => {
    const cache = new AnswerCache({ slowMs: 0, refreshMs: 5_000 });
    const g = gate((n) => `{"n":${n}}`);
    const first = cache.get('k', '1', g.compute, 0);
    await tick();
    g.release();
    const a = await first;
    const t0 = a.computedAt;
    // A new version within refreshMs: the kept answer, nothing computed.
    expect(await cache.get('k', '2', g.compute, t0 + 1_000)).toBe(a);
    expect(g.started).toBe(1);
    // Past refreshMs: still the kept answer at once, and one computation behind it.
    expect(await cache.get('k', '2', g.compute, t0 + 6_000)).toBe(a);
    expect(await cache.get('k', '3', g.compute, t0 + 6_000)).toBe(a);
    await tick();
    expect(g.started).toBe(3);
    g.release();
    await tick();
    await tick();
    const next = await cache.get('k', '3', g.compute, t0 + 6_001);
    expect(next.version).toBe('3');
    expect(Buffer.from(next.body).toString()).toBe('{"n":3}');
  });

  it('never replaces a newer answer with one that finished later from an older version', async () => {
    const cache = new AnswerCache({ slowMs: Infinity });
    const slow = gate(() => '{"v":1}');
    const old = cache.get('k', '1', slow.compute);
    await cache.get('k', '2', async () => '{"v":2}');
    await tick();
    slow.release();
    await old;
    expect((await cache.get('k', '2', async () => '{"v":"again"}')).version).toBe('2');
  });

  it('drops the least recently used answers beyond maxEntries', async () => {
    const cache = new AnswerCache({ maxEntries: 2 });
    let n = 0;
    const compute = async () => `{"n":${++n}}`;
    await cache.get('a', '1', compute);
    await cache.get('b', '1', compute);
    await cache.get('a', '1', compute);
    await cache.get('c', '1', compute);
    expect(cache.size).toBe(2);
    await cache.get('a', '1', compute);
    expect(n).toBe(3);
    await cache.get('b', '1', compute);
    expect(n).toBe(4);
  });

  it('gzips a long answer to the same bytes and leaves a short one alone', async () => {
    const cache = new AnswerCache();
    const long = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ i, name: 'Ủy ban nhân dân phường' })) });
    const a = await cache.get('long', '1', async () => long);
    expect(gunzipSync(a.gzip!).toString('utf8')).toBe(long);
    expect(a.gzip!.length).toBeLessThan(a.body.length / 4);
    expect((await cache.get('short', '1', async () => '{}')).gzip).toBeNull();
  });
});

describe('conditional requests and encodings', () => {
  it.each([
    [undefined, false],
    ['W/"abc"', true],
    ['"abc"', true],
    ['W/"x", W/"abc"', true],
    ['*', true],
    ['W/"abcd"', false],
  ])('If-None-Match %s matches W/"abc": %s', (header, expected) => {
    expect(matchesEtag(header, 'W/"abc"')).toBe(expected);
  });

  it.each([
    [undefined, false],
    ['gzip, deflate, br', true],
    ['br', false],
    ['gzip;q=0', false],
    ['gzip;q=0.5', true],
    ['*', true],
  ])('Accept-Encoding %s takes gzip: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
