// The kept summary answered before the framework (src/server/front.ts): the same bytes and headers
// Hono sends, and never in a case where Hono would answer otherwise — signed out, a password to
// change, a refused query, another reader's scope, data written since.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { AnswerCache } from '../src/server/answer-cache.ts';
import { writeTransaction } from '../src/db/tx.ts';
import { createUser } from '../src/db/users.ts';

let s: TestServer;
const answers = new AnswerCache({ slowMs: Infinity });
let unitA: string;
let unitB: string;
const PATH = '/api/summary?asOf=2026-01-15';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

function raw(c: Client, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return new Promise((resolve, reject) => {
    request(new URL(s.url + path), { headers: { cookie, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (b: Buffer) => chunks.push(b)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

/** Asks and says whether the front answered (its count moved). */
async function ask(c: Client, path: string, headers: Record<string, string> = {}): Promise<Raw & { front: boolean }> {
  const before = answers.counts.front;
  const r = await raw(c, path, headers);
  return { ...r, front: answers.counts.front > before };
}

/** The headers but the date, which moves. */
const sameHeaders = (r: Raw) => Object.fromEntries(Object.entries(r.headers).filter(([k]) => k !== 'date'));

beforeAll(async () => {
  s = await startTestServer({ context: { answers } });
  const unit = async (code: string, name: string) => (await s.api('POST', '/api/units', { code, name, kind: 'so_nganh' })).body.id as string;
  unitA = await unit('SOXD', 'Sở Xây dựng');
  unitB = await unit('SOTC', 'Sở Tài chính');
  for (const [unitId, deadline] of [[unitA, '2025-12-01'], [unitB, '2026-06-30']] as const) {
    expect((await s.api('POST', '/api/tasks', { title: `Nhiệm vụ hạn ${deadline}`, leadUnitId: unitId, coUnitIds: [], assignedOn: '2025-06-01', deadline })).status).toBe(201);
  }
});
afterAll(async () => s?.close());

describe('the summary answered before the framework', () => {
  it('sends what Hono sent: status, bytes and every header, gzipped or not, and its 304', async () => {
    for (const encoding of [{}, { 'accept-encoding': 'gzip' }] as Record<string, string>[]) {
      const byHono = await ask(s, PATH, encoding);
      const byFront = await ask(s, PATH, encoding);
      expect(byHono.status).toBe(200);
      expect(byFront.front).toBe(true);
      expect(byFront.status).toBe(200);
      expect(byFront.bytes.equals(byHono.bytes)).toBe(true);
      expect(sameHeaders(byFront)).toEqual(sameHeaders(byHono));
      expect(byFront.headers['content-security-policy']).toContain("default-src 'self'");
      expect(byFront.headers['cache-control']).toBe('no-store');
    }
    const gz = await ask(s, PATH, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const notModified = await ask(s, PATH, { 'if-none-match': gz.headers.etag as string });
    expect(notModified.front).toBe(true);
    expect(notModified.status).toBe(304);
    expect(notModified.bytes.length).toBe(0);
    expect(notModified.headers.etag).toBe(gz.headers.etag);
    expect(notModified.headers['cache-control']).toBe('no-store');
  });

  it('leaves to Hono what it would answer otherwise: a refused query, unknown or repeated keys, another path', async () => {
    await ask(s, PATH);
    const bad = await ask(s, '/api/summary?asOf=2026-13-45');
    expect(bad.front).toBe(false);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.bytes.toString()).error.code).toBe('invalid');
    for (const path of [`${PATH}&x=1`, `${PATH}&asOf=2026-01-16`, '/api/summaryx', '/api/summary/', '/api/summary?asOf=2026%2D01%2D15']) expect((await ask(s, path)).front).toBe(false);
  });

  it('never after a write: the next answer is computed and shows it', async () => {
    const before = await ask(s, PATH);
    expect((await ask(s, PATH)).front).toBe(true);
    expect((await s.api('POST', '/api/tasks', { title: 'Nhiệm vụ mới', leadUnitId: unitA, coUnitIds: [], assignedOn: '2025-06-01', deadline: '2025-10-01' })).status).toBe(201);
    const after = await ask(s, PATH);
    expect(after.front).toBe(false);
    expect(JSON.parse(after.bytes.toString()).tasks.total).toBe(JSON.parse(before.bytes.toString()).tasks.total + 1);
  });

  it('never to a signed-out cookie, a missing one, or a user who must change the password', async () => {
    const leader = await s.userClient('lanh-dao', ['leader'], null);
    await ask(leader, PATH);
    expect((await ask(leader, PATH)).front).toBe(true);
    const cookies = new Map(leader.cookies);
    expect((await leader.api('POST', '/api/auth/logout')).status).toBeLessThan(300);
    const stale = { cookies, api: leader.api } as Client;
    const out = await ask(stale, PATH);
    expect(out.front).toBe(false);
    expect(out.status).toBe(401);
    const none = await ask(s.anonymous(), PATH);
    expect(none.front).toBe(false);
    expect(none.status).toBe(401);

    await writeTransaction(s.handle.db, (trx) => createUser(trx, { login: 'moi', name: 'Người mới', unitId: null, roles: ['leader'], password: 'mat-khau-mot-lan-1', mustChangePassword: true }, null));
    const fresh = await s.login('moi', 'mat-khau-mot-lan-1');
    for (let i = 0; i < 2; i++) {
      const r = await ask(fresh, PATH);
      expect(r.front).toBe(false);
      expect(r.status).toBe(403);
    }
  });

  it('serves a scoped reader only the answer of their own scope', async () => {
    const a = await s.userClient('can-bo-a', ['officer'], unitA);
    const b = await s.userClient('can-bo-b', ['officer'], unitB);
    const firstA = await ask(a, PATH);
    const firstB = await ask(b, PATH);
    const nextA = await ask(a, PATH);
    const nextB = await ask(b, PATH);
    expect([nextA.front, nextB.front]).toEqual([true, true]);
    expect(nextA.bytes.equals(firstA.bytes)).toBe(true);
    expect(nextB.bytes.equals(firstB.bytes)).toBe(true);
    expect(firstA.bytes.equals(firstB.bytes)).toBe(false);
    const units = (r: Raw) => Object.keys(JSON.parse(r.bytes.toString()).unitNames);
    expect(units(nextA)).toEqual([unitA]);
    expect(units(nextB)).toEqual([unitB]);
  });
});
