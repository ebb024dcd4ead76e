// The delegates' floor over HTTP: sign-in codes, a delegate's session reaching nothing but its congress's
// floor, votes (present only, once, even twenty at once), secret ballots that keep no choice, the result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { openEvents } from './support/sse.ts';
import { execute } from '../src/commands/command.ts';
import { importRoster } from '../src/commands/congress.ts';
import { systemActor } from '../src/domain/user.ts';
import { delegateMayReach } from '../src/server/auth/delegate-reach.ts';
import { DEFAULT_THROTTLE } from '../src/domain/throttle.ts';

let s: TestServer;
const codes = new Map<string, string>();
const CONGRESS = 'DH-V';

const roster = (prefix: string, n: number) => ({
  headers: ['ma_dai_bieu', 'ho_ten', 'gioi_tinh', 'nam_sinh', 'don_vi', 'loai_dai_bieu'],
  rows: Array.from({ length: n }, (_, i) => ({ row: i + 2, cells: [`${prefix}${i + 1}`, `Đại biểu ${prefix}${i + 1}`, i % 2 ? 'Nữ' : 'Nam', '1975', 'Đảng bộ A', 'Bầu'] })),
});

async function delegate(code: string, congress = CONGRESS, signInCode = codes.get(code)!): Promise<Client> {
  const c = s.anonymous();
  const r = await c.api('POST', '/api/delegate/login', { congress, delegate: code, code: signInCode });
  if (r.status !== 200) throw new Error(`delegate ${code}: ${r.status} ${JSON.stringify(r.body)}`);
  return c;
}

beforeAll(async () => {
  // The throttle's waits shortened (its counts are what is tested here, not its pauses).
  s = await startTestServer({ context: { throttle: { ...DEFAULT_THROTTLE, stepMs: 10, maxDelayMs: 50 } } });
  for (const [code, prefix, n] of [[CONGRESS, 'V', 8], ['DH-K', 'K', 2]] as const) {
    await s.api('POST', '/api/congresses', { code, name: `Đại hội ${code}`, startsOn: '2025-09-26', endsOn: '2025-09-27' });
    await execute(s.handle.db, systemActor('cli'), importRoster, { congress: code, table: roster(prefix, n) });
  }
});
afterAll(async () => s?.close());

describe('sign-in codes', () => {
  it('are answered once, stored only as hashes, and not written to the audit trail', async () => {
    const r = await s.api('POST', `/api/congresses/${CONGRESS}/signin-codes`, {});
    expect(r.status).toBe(200);
    expect(r.body.codes).toHaveLength(8);
    expect(r.body.codes[0]).toMatchObject({ delegate: 'V1', name: 'Đại biểu V1', unit: 'Đảng bộ A', signInCode: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/u) });
    for (const c of r.body.codes) codes.set(c.delegate, c.signInCode);
    const raw = [...codes.values()].map((c) => c.replaceAll('-', ''));
    const stored = (await sql<{ t: string }>`SELECT (SELECT string_agg(code_hash, ' ') FROM congress_signin_codes) || (SELECT string_agg(after::text, ' ') FROM audit_log) AS t`.execute(s.handle.db)).rows[0]!.t;
    for (const c of raw) expect(stored).not.toContain(c);
  });

  it('sign a delegate in once; a used, wrong or re-issued code is refused', async () => {
    const d = await delegate('V1');
    expect((await d.api('GET', '/api/delegate/me')).body).toEqual({ delegate: { code: 'V1', name: 'Đại biểu V1' }, congress: { code: CONGRESS, name: `Đại hội ${CONGRESS}`, startsOn: '2025-09-26', endsOn: '2025-09-27' } });
    const again = await s.anonymous().api('POST', '/api/delegate/login', { congress: CONGRESS, delegate: 'V1', code: codes.get('V1') });
    expect(again.status).toBe(401);
    expect(again.body.error).toMatchObject({ message: expect.stringMatching(/^code: mã đăng nhập này đã được dùng/u), details: { reason: 'spent' } });
    // Typed in lower case with spaces, as from a phone's keyboard.
    expect((await s.anonymous().api('POST', '/api/delegate/login', { congress: 'dh-v', delegate: 'v2', code: codes.get('V2')!.toLowerCase().replaceAll('-', ' ') })).status).toBe(200);
    expect((await s.anonymous().api('POST', '/api/delegate/login', { congress: CONGRESS, delegate: 'V3', code: codes.get('V4') })).status).toBe(401);
    expect((await s.anonymous().api('POST', '/api/delegate/login', { congress: 'DH-K', delegate: 'V3', code: codes.get('V3') })).status).toBe(401);
    // A code re-issued (a lost card): the old one fails, the sessions opened with it end.
    const reissued = await s.api('POST', `/api/congresses/${CONGRESS}/signin-codes`, { delegates: ['V1'] });
    expect(reissued.body.codes.map((c: { delegate: string }) => c.delegate)).toEqual(['V1']);
    expect((await d.api('GET', '/api/delegate/me')).status).toBe(401);
    codes.set('V1', reissued.body.codes[0].signInCode);
    expect((await s.api('POST', `/api/congresses/${CONGRESS}/signin-codes`, { delegates: ['X9'] })).body.error.details).toEqual({ unknown: ['X9'] });
  });

  it('are throttled like a password: ten wrong guesses refuse that delegate from that address', async () => {
    await s.api('POST', '/api/congresses/DH-K/signin-codes', {});
    const guess = () => s.anonymous().api('POST', '/api/delegate/login', { congress: 'DH-K', delegate: 'K2', code: 'AAAA-AAAA-AAAA' });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await guess()).status);
    expect(statuses.slice(0, 10).every((x) => x === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('a session past its end, or of a delegate replaced at the credential review, is gone', async () => {
    const d6 = await delegate('V6');
    const d7 = await delegate('V7');
    await sql`UPDATE delegate_sessions SET expires_at = now() - interval '1 minute' WHERE delegate_id = (SELECT id FROM congress_delegates WHERE code = 'V6')`.execute(s.handle.db);
    await sql`UPDATE congress_delegates SET status = 'replaced' WHERE code = 'V7'`.execute(s.handle.db);
    expect((await d6.api('GET', '/api/delegate/me')).status).toBe(401);
    expect((await d7.api('GET', '/api/delegate/me')).status).toBe(401);
    const left = await sql<{ n: string }>`SELECT count(*) AS n FROM delegate_sessions s JOIN congress_delegates d ON d.id = s.delegate_id WHERE d.code IN ('V6', 'V7')`.execute(s.handle.db);
    expect(Number(left.rows[0]!.n)).toBe(0);
    await sql`UPDATE congress_delegates SET status = 'confirmed' WHERE code = 'V7'`.execute(s.handle.db);
  });

  it('only the secretariat issues codes', async () => {
    const officer = await s.userClient('canbo.v', ['officer'], null);
    expect((await officer.api('POST', `/api/congresses/${CONGRESS}/signin-codes`, {})).status).toBe(403);
  });
});

describe("a delegate's session", () => {
  it('is refused by every route of the app but its own congress floor (walked from the OpenAPI document)', async () => {
    const d = await delegate('V2', CONGRESS, (await s.api('POST', `/api/congresses/${CONGRESS}/signin-codes`, { delegates: ['V2'] })).body.codes[0].signInCode);
    const doc = (await s.api('GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const refused: string[] = [];
    const reached: string[] = [];
    for (const [template, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const path = template.replace('{code}', CONGRESS).replace(/\{[^}]+\}/gu, 'x');
        const m = method.toUpperCase();
        if (['/api/health', '/api/openapi.json', '/api/auth/login', '/api/public/summary', '/api/delegate/login', '/api/auth/logout', '/api/delegate/logout'].includes(path)) continue;
        const seat = { congressId: '', congressCode: CONGRESS, delegateId: '', delegateCode: 'V2' };
        // An event stream never ends: its status is read and it is closed.
        const r = path.endsWith('/stream') ? await openEvents(s.url, d, path).then((e) => (e.close(), e)) : await d.api(m, path, m === 'GET' ? undefined : {});
        (delegateMayReach(seat, m, path) ? reached : refused).push(`${m} ${path} ${r.status}`);
        if (!delegateMayReach(seat, m, path)) expect(`${m} ${path} ${r.status}`).toBe(`${m} ${path} 403`);
      }
    }
    expect(refused.length).toBeGreaterThan(40);
    expect(refused).toContain('GET /api/tasks 403');
    expect(refused).toContain(`POST /api/congresses/${CONGRESS}/votes 403`);
    expect(reached.length).toBeGreaterThan(0);
    // Another congress's floor is closed to them too.
    expect((await d.api('GET', '/api/congresses/DH-K/votes')).status).toBe(403);
  });
});

describe('votes', () => {
  let voteId: string;

  it('only a delegate checked in votes; a second ballot is refused', async () => {
    const opened = await s.api('POST', `/api/congresses/${CONGRESS}/votes`, { question: 'Thông qua chương trình Đại hội', kind: 'programme' });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ status: 'open', secret: false, kindLabel: 'Chương trình', count: { present: 0, voted: 0 } });
    voteId = opened.body.id;
    const v3 = await delegate('V3');
    const absent = await v3.api('POST', `/api/congresses/${CONGRESS}/votes/${voteId}/ballots`, { choice: 'agree' });
    expect(absent.status).toBe(403);
    expect(absent.body.error.details).toEqual({ reason: 'not_present' });
    await s.api('POST', `/api/congresses/${CONGRESS}/checkins`, { codes: ['V3', 'V4', 'V5'] });
    expect((await v3.api('POST', `/api/congresses/${CONGRESS}/votes/${voteId}/ballots`, { choice: 'agree' })).status).toBe(201);
    const twice = await v3.api('POST', `/api/congresses/${CONGRESS}/votes/${voteId}/ballots`, { choice: 'disagree' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details).toEqual({ reason: 'already_voted' });
    const mine = (await v3.api('GET', `/api/congresses/${CONGRESS}/votes/${voteId}`)).body;
    expect(mine.mine).toEqual({ voted: true, choice: 'agree' });
    expect(mine.count).toMatchObject({ present: 3, voted: 1, votedPercent: 33.3 });
    expect(mine.count.choices[0]).toEqual({ choice: 'agree', label: 'Tán thành', count: 1, percent: 33.3 });
    // The secretariat cannot vote: a ballot is a delegate's.
    expect((await s.api('POST', `/api/congresses/${CONGRESS}/votes/${voteId}/ballots`, { choice: 'agree' })).status).toBe(403);
  });

  it('twenty ballots of one delegate at the same instant count once', async () => {
    const v4 = await delegate('V4');
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => v4.api('POST', `/api/congresses/${CONGRESS}/votes/${voteId}/ballots`, { choice: i % 2 ? 'disagree' : 'agree' })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    const v = (await s.api('GET', `/api/congresses/${CONGRESS}/votes/${voteId}`)).body;
    expect(v.count.voted).toBe(2);
    const voters = await sql<{ n: string }>`SELECT count(*) AS n FROM congress_vote_voters WHERE vote_id = ${voteId}`.execute(s.handle.db);
    expect(Number(voters.rows[0]!.n)).toBe(2);
  });

  it('closes with the result against the delegates convened; a late ballot is refused', async () => {
    const closed = await s.api('POST', `/api/congresses/${CONGRESS}/votes/${voteId}/close`);
    expect(closed.status).toBe(200);
    // Two of eight convened agreed at most: not more than half.
    expect(closed.body).toMatchObject({ status: 'closed', result: { convened: 8, present: 3, passed: false } });
    expect(closed.body.result.agree + closed.body.count.choices[1].count).toBe(2);
    const v5 = await delegate('V5');
    expect((await v5.api('POST', `/api/congresses/${CONGRESS}/votes/${voteId}/ballots`, { choice: 'agree' })).status).toBe(409);
    expect((await s.api('POST', `/api/congresses/${CONGRESS}/votes/${voteId}/close`)).status).toBe(409);
  });

  it('a secret ballot keeps no choice beside the delegate, nor in the audit trail, and hides the counts while open', async () => {
    const opened = (await s.api('POST', `/api/congresses/${CONGRESS}/votes`, { question: 'Biểu quyết kín', kind: 'other', secret: true })).body;
    const v5 = await delegate('V5', CONGRESS, (await s.api('POST', `/api/congresses/${CONGRESS}/signin-codes`, { delegates: ['V5'] })).body.codes[0].signInCode);
    expect((await v5.api('POST', `/api/congresses/${CONGRESS}/votes/${opened.id}/ballots`, { choice: 'disagree' })).status).toBe(201);
    const seen = (await s.api('GET', `/api/congresses/${CONGRESS}/votes/${opened.id}`)).body;
    expect(seen.count).toEqual({ present: 3, voted: 1, votedPercent: 33.3, choices: null });
    expect((await v5.api('GET', `/api/congresses/${CONGRESS}/votes/${opened.id}`)).body.mine).toEqual({ voted: true, choice: null });
    const stored = await sql<{ choice: string | null }>`SELECT choice FROM congress_vote_voters WHERE vote_id = ${opened.id}`.execute(s.handle.db);
    expect(stored.rows).toEqual([{ choice: null }]);
    const trail = await sql<{ after: unknown }>`SELECT after FROM audit_log WHERE object_id = ${opened.id} AND action = 'vote'`.execute(s.handle.db);
    expect(trail.rows).toEqual([{ after: { secret: true } }]);
    const closed = (await s.api('POST', `/api/congresses/${CONGRESS}/votes/${opened.id}/close`)).body;
    expect(closed.count.choices.map((c: { count: number }) => c.count)).toEqual([0, 1, 0]);
  });
});
