// A large document is read off the request path: its proposals (past PostgreSQL's parameter limit for
// one INSERT) are stored in batches, a reading past its bounds is refused, and /api/health answers meanwhile.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { whileHealthy } from './support/while-healthy.ts';

/** How often /api/health is asked at most while the heavy request runs. */
const HEALTH_PROBES = 2000;
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

const count = async (table: 'documents' | 'proposals') =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(s.handle.db)).rows[0]!.n);

describe('a large document', () => {
  it('with more than 5,900 proposals is stored with all of them, /api/health answering while it is read', async () => {
    const text = Array.from({ length: 3500 }, (_, i) => `Phấn đấu đạt ${(i % 90) + 1}% số xã đạt chuẩn nông thôn mới kiểu mẫu ${i}.`).join('\n');
    const { result, answeredMeanwhile } = await whileHealthy(s.url, s.api('POST', '/api/documents', { kind: 'nghi_quyet', issuedOn: '2026-01-10', title: 'Nghị quyết dài', text }), HEALTH_PROBES);
    expect(result.status, JSON.stringify(result.body).slice(0, 300)).toBe(201);
    expect(result.body.proposals).toBeGreaterThan(5900);
    expect(await count('proposals')).toBe(result.body.proposals);
    expect(answeredMeanwhile).toBeGreaterThan(0);
  });

  it('whose reading passes what a person can confirm (2 M characters of one sentence) is refused (413) and nothing is stored', async () => {
    const before = [await count('documents'), await count('proposals')];
    const text = 'phấn đấu đạt 5% '.repeat(125_000);
    const { result, answeredMeanwhile } = await whileHealthy(s.url, s.api('POST', '/api/documents', { kind: 'nghi_quyet', issuedOn: '2026-01-10', title: 'Lặp lại', text }), HEALTH_PROBES);
    expect(result.status, JSON.stringify(result.body).slice(0, 300)).toBe(413);
    expect(result.body.error.message).toMatch(/quá giới hạn/);
    expect([await count('documents'), await count('proposals')]).toEqual(before);
    expect(answeredMeanwhile).toBeGreaterThan(0);
  });
});
