// The quarterly rating over HTTP: computed from tasks, general points entered by people, adjustments with reasons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';

let s: TestServer;
let leader: Client;
let officer: Client;
const ids: Record<string, string> = {} as Record<string, string>;
const Q = '2026-Q1';

beforeAll(async () => {
  s = await startTestServer();
  ids.root = (await s.api('POST', '/api/units', { code: 'TU', name: 'Thành ủy', kind: 'thanh_uy' })).body.id;
  ids.A = (await s.api('POST', '/api/units', { code: 'A', name: 'Sở A', kind: 'so_nganh', parentId: ids.root })).body.id;
  ids.B = (await s.api('POST', '/api/units', { code: 'B', name: 'Sở B', kind: 'so_nganh', parentId: ids.root })).body.id;
  const task = async (lead: string, title: string) => (await s.api('POST', '/api/tasks', { title, leadUnitId: lead, assignedOn: '2026-01-05', deadline: '2026-03-20' })).body.id as string;
  const a1 = await task(ids.A!, 'Đề án A1');
  const a2 = await task(ids.A!, 'Đề án A2');
  await task(ids.B!, 'Đề án B1');
  await s.api('POST', `/api/tasks/${a1}/reports`, { kind: 'complete', reportedOn: '2026-03-10' });
  await s.api('POST', `/api/tasks/${a2}/reports`, { kind: 'complete', reportedOn: '2026-03-15' });
  leader = await s.userClient('lanhdao', ['leader'], null);
  officer = await s.userClient('canbo', ['officer'], ids.A!);
});
afterAll(async () => s?.close());

const rating = async (unit: string) => (await s.api('GET', `/api/ratings/${Q}`)).body.results.find((r: { unitId: string }) => r.unitId === unit);

describe('quarterly rating', () => {
  it('rates from the data and shows its working; provisional until the general points are in', async () => {
    const a = await rating(ids.A!);
    const b = await rating(ids.B!);
    expect(a.provisional).toBe(true);
    expect(a.tasks.points).toBeGreaterThan(b.tasks.points);
    expect(a.tasks.items.map((t: { title: string }) => t.title).sort()).toEqual(['Đề án A1', 'Đề án A2']);
    expect(b.tasks.items[0].deduction).toBeGreaterThan(0);
    expect(a.working.length).toBeGreaterThan(2);
  });

  it('takes the general points from the secretariat, within the rules\' maximum', async () => {
    expect((await officer.api('PUT', `/api/ratings/${Q}/units/${ids.A}/general`, { points: 28 })).status).toBe(403);
    expect((await s.api('PUT', `/api/ratings/${Q}/units/${ids.A}/general`, { points: 300 })).status).toBe(400);
    const r = await s.api('PUT', `/api/ratings/${Q}/units/${ids.A}/general`, { points: 28, note: 'Chấp hành tốt' });
    expect(r.status).toBe(200);
    expect(r.body.provisional).toBe(false);
    expect(r.body.general.points).toBe(28);
    expect(r.body.generalNote).toBe('Chấp hành tốt');
    expect(r.body.levelLabel).toMatch(/Hoàn thành/);
  });

  it('lets a leader adjust only with a written reason, and keeps it', async () => {
    expect((await leader.api('POST', `/api/ratings/${Q}/units/${ids.A}/adjust`, { score: 75, reason: '   ' })).status).toBe(400);
    expect((await officer.api('POST', `/api/ratings/${Q}/units/${ids.A}/adjust`, { score: 75, reason: 'x' })).status).toBe(403);
    const r = await leader.api('POST', `/api/ratings/${Q}/units/${ids.A}/adjust`, { score: 75, reason: 'Còn để xảy ra sai sót trong công tác tham mưu' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.score).toBe(75);
    const again = await rating(ids.A!);
    expect(again.score).toBe(75);
    expect(again.adjustments[0].reason).toBe('Còn để xảy ra sai sót trong công tác tham mưu');
    const trail = await s.api('GET', '/api/audit?objectType=rating');
    expect(trail.body.items[0].after.reason).toBe('Còn để xảy ra sai sót trong công tác tham mưu');
  });

  it('shows a unit officer only their own unit\'s rating', async () => {
    const r = await officer.api('GET', `/api/ratings/${Q}`);
    expect(r.body.results.map((x: { unitId: string }) => x.unitId)).toEqual([ids.A]);
  });

  it('refuses a period that is not a quarter, and a year without rules', async () => {
    expect((await s.api('GET', '/api/ratings/2026-H1')).status).toBe(400);
    expect((await s.api('GET', '/api/ratings/1999-Q1')).status).toBe(400);
  });
});
