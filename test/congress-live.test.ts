// The hall's live streams over HTTP (Server-Sent Events): the presidium's numbers pushed after a check-in,
// nothing after a re-scan, heartbeats in between, the vote count pushed without revealing a secret ballot,
// never kept or compressed, refused to whoever may not read the GET, ended when the server stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { openEvents, type EventReader } from './support/sse.ts';
import { execute } from '../src/commands/command.ts';
import { checkIn, importRoster } from '../src/commands/congress.ts';
import { systemActor } from '../src/domain/user.ts';
import { LiveStreams } from '../src/server/live.ts';
import { DEFAULT_THROTTLE } from '../src/domain/throttle.ts';
import { openDb } from '../src/db/connection.ts';
import { tellCommitted } from '../src/commands/committed.ts';
import { getCongressByCode } from '../src/db/congresses.ts';

const HEARTBEAT_MS = 400;
const COALESCE_MS = 50;
let s: TestServer;
let live: LiveStreams;
const open: EventReader[] = [];
const codes = new Map<string, string>();

const roster = (prefix: string, n: number) => ({
  headers: ['ma_dai_bieu', 'ho_ten', 'gioi_tinh', 'nam_sinh', 'don_vi', 'loai_dai_bieu'],
  rows: Array.from({ length: n }, (_, i) => ({ row: i + 2, cells: [`${prefix}${i + 1}`, `Đại biểu ${prefix}${i + 1}`, 'Nam', '1975', 'Đảng bộ A', 'Bầu'] })),
});

async function events(client: Client, path: string, headers: Record<string, string> = {}) {
  const r = await openEvents(s.url, client, path, headers);
  open.push(r);
  return r;
}

async function delegate(code: string, congress: string): Promise<Client> {
  const c = s.anonymous();
  const r = await c.api('POST', '/api/delegate/login', { congress, delegate: code, code: codes.get(code) });
  if (r.status !== 200) throw new Error(`delegate ${code}: ${r.status}`);
  return c;
}

beforeAll(async () => {
  live = new LiveStreams({ heartbeatMs: HEARTBEAT_MS, coalesceMs: COALESCE_MS });
  s = await startTestServer({ context: { live, throttle: { ...DEFAULT_THROTTLE, stepMs: 10, maxDelayMs: 50 } } });
  for (const [code, prefix] of [['DH-L', 'L'], ['DH-M', 'M']] as const) {
    await s.api('POST', '/api/congresses', { code, name: `Đại hội ${code}`, startsOn: '2025-09-26', endsOn: '2025-09-27' });
    await execute(s.handle.db, systemActor('cli'), importRoster, { congress: code, table: roster(prefix, 4) });
    for (const c of (await s.api('POST', `/api/congresses/${code}/signin-codes`, {})).body.codes) codes.set(c.delegate, c.signInCode);
  }
});
afterAll(async () => {
  for (const r of open) r.close();
  await s?.close();
});

describe('the attendance stream', () => {
  it('sends the numbers at once, again after a check-in, nothing after a re-scan, and heartbeats', async () => {
    const secretariat = await s.userClient('vanphong-live', ['secretariat'], null);
    const r = await events(secretariat, '/api/congresses/DH-L/attendance/stream', { 'accept-encoding': 'gzip, br' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/event-stream/u);
    // Off every cache and every compression, even for a client that takes gzip.
    expect(r.headers.get('cache-control')).toBe('no-store, no-transform');
    expect(r.headers.get('content-encoding')).toBeNull();
    const first = JSON.parse((await r.next('attendance')).data);
    expect(first).toMatchObject({ congress: 'DH-L', convened: 4, present: 0 });

    expect((await secretariat.api('POST', '/api/congresses/DH-L/checkins', { codes: ['L1'] })).status).toBe(200);
    const after = JSON.parse((await r.next('attendance', 2000)).data);
    expect(after).toMatchObject({ present: 1, percent: 25, sessions: [{ session: 'tru-bi', present: 0 }, { session: 'chinh-thuc', present: 1 }] });

    // The same card again: counted once, so nothing is pushed for it, only heartbeats (its audit entry
    // moves the data version, which the heartbeat looks at: the same numbers are not sent again).
    expect((await secretariat.api('POST', '/api/congresses/DH-L/checkins', { codes: ['L1'] })).body).toMatchObject({ added: 0, already: 1 });
    const quiet = await r.during(HEARTBEAT_MS * 2.5);
    expect(quiet.map((e) => e.event)).not.toContain('attendance');
    expect(quiet.filter((e) => e.event === 'heartbeat').length).toBeGreaterThanOrEqual(1);

    // A check-in in another congress is not this screen's business; a failed batch (unknown code) tells nothing.
    await s.api('POST', '/api/congresses/DH-M/checkins', { codes: ['M1'] });
    await s.api('POST', '/api/congresses/DH-L/checkins', { codes: ['L2', 'X9'] });
    expect((await r.during(HEARTBEAT_MS * 1.5)).map((e) => e.event)).not.toContain('attendance');

    // A check-in through the command layer directly (the CLI's door) is pushed the same way.
    await execute(s.handle.db, systemActor('cli'), checkIn, { congress: 'DH-L', codes: ['L3'], session: 'tru-bi' });
    expect(JSON.parse((await r.next('attendance', 2000)).data)).toMatchObject({ present: 2 });
  });

  // Another process on the same PostgreSQL (a second server, the CLI) tells this server's notifier
  // nothing: the heartbeat's look at the data version brings its check-in to the screen.
  it.skipIf(!process.env.DATABASE_URL)('shows within a heartbeat a check-in written by another process on the same PostgreSQL', async () => {
    const r = await events(s, '/api/congresses/DH-M/attendance/stream');
    const was = JSON.parse((await r.next('attendance')).data).present as number;
    const other = await openDb({ databaseUrl: s.handle.url! });
    try {
      await execute(other.db, systemActor('cli'), checkIn, { congress: 'DH-M', codes: ['M4'] });
    } finally {
      await other.close();
    }
    expect(JSON.parse((await r.next('attendance', HEARTBEAT_MS * 4)).data)).toMatchObject({ present: was + 1 });
  });

  it('sends a burst of changes as one or two snapshots, not one per change', async () => {
    const r = await events(s, '/api/congresses/DH-M/attendance/stream');
    await r.next('attendance');
    const { id } = await getCongressByCode(s.handle.db, 'DH-M');
    // All at once: one snapshot (two at most, when some come in while the first is being counted).
    for (let i = 0; i < 50; i++) tellCommitted(s.handle.db, [{ topic: 'attendance', congressId: id }]);
    const once = (await r.during(HEARTBEAT_MS * 0.5)).filter((e) => e.event === 'attendance');
    expect(once.length).toBeGreaterThanOrEqual(1);
    expect(once.length).toBeLessThanOrEqual(2);
    // A change every 2 ms for 200 ms (a scanner's run): at most one snapshot per pause, not one per change.
    const started = Date.now();
    while (Date.now() - started < 200) {
      tellCommitted(s.handle.db, [{ topic: 'attendance', congressId: id }]);
      await new Promise((res) => setTimeout(res, 2));
    }
    const elapsed = Date.now() - started;
    const run = (await r.during(HEARTBEAT_MS * 0.5)).filter((e) => e.event === 'attendance');
    expect(run.length).toBeLessThanOrEqual(Math.ceil(elapsed / COALESCE_MS) + 2);
  });

  it('is refused like the GET: no session 401, a delegate 403, an unknown congress 404 — as JSON, not a stream', async () => {
    const anon = await events(s.anonymous(), '/api/congresses/DH-L/attendance/stream');
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBeTruthy();
    const d = await delegate('L4', 'DH-L');
    const seat = await events(d, '/api/congresses/DH-L/attendance/stream');
    expect(seat.status).toBe(403);
    expect(seat.body.error.details).toMatchObject({ reason: 'delegate' });
    expect((await events(s, '/api/congresses/NOPE/attendance/stream')).status).toBe(404);
  });
});

describe('the votes stream', () => {
  it("sends a delegate their congress's count, pushed after each ballot, a secret ballot's choices hidden", async () => {
    const d = await delegate('L1', 'DH-L');
    const r = await events(d, '/api/congresses/DH-L/votes/stream');
    expect(r.status).toBe(200);
    expect(JSON.parse((await r.next('votes')).data)).toEqual({ items: [], total: 0 });
    const opened = await s.api('POST', '/api/congresses/DH-L/votes', { question: 'Bầu kín', kind: 'other', secret: true });
    expect(opened.status).toBe(201);
    expect(JSON.parse((await r.next('votes', 2000)).data).items[0]).toMatchObject({ id: opened.body.id, status: 'open', count: { voted: 0 } });
    expect((await d.api('POST', `/api/congresses/DH-L/votes/${opened.body.id}/ballots`, { choice: 'disagree' })).status).toBe(201);
    const cast = JSON.parse((await r.next('votes', 2000)).data).items[0];
    expect(cast).toMatchObject({ count: { voted: 1, choices: null }, mine: { voted: true, choice: null } });
    expect(JSON.stringify(cast)).not.toContain('disagree');
  });

  it('ends a stream once its session ends: a delegate whose code is issued again, a user who signs out', async () => {
    const d = await delegate('L3', 'DH-L');
    const seat = await events(d, '/api/congresses/DH-L/votes/stream');
    await seat.next('votes');
    const user = await s.userClient('vanphong-ra', ['secretariat'], null);
    const screen = await events(user, '/api/congresses/DH-L/attendance/stream');
    await screen.next('attendance');
    const reissued = await s.api('POST', '/api/congresses/DH-L/signin-codes', { delegates: ['L3'] });
    codes.set('L3', reissued.body.codes[0].signInCode);
    expect((await user.api('POST', '/api/auth/logout')).status).toBeLessThan(300);
    await expect(seat.next('never', HEARTBEAT_MS * 4)).rejects.toThrow(/stream ended/u);
    await expect(screen.next('never', HEARTBEAT_MS * 4)).rejects.toThrow(/stream ended/u);
  });

  it("refuses a delegate of another congress, and no session", async () => {
    const other = await delegate('M2', 'DH-M');
    const r = await events(other, '/api/congresses/DH-L/votes/stream');
    expect(r.status).toBe(403);
    expect((await events(s.anonymous(), '/api/congresses/DH-L/votes/stream')).status).toBe(401);
  });
});

it('ends every open stream when the server stops', async () => {
  const r = await events(s, '/api/congresses/DH-M/attendance/stream');
  await r.next('attendance');
  expect(live.size).toBeGreaterThan(0);
  live.closeAll();
  await expect(r.next('never', 2000)).rejects.toThrow(/stream ended/u);
  await expect.poll(() => live.size).toBe(0);
});
