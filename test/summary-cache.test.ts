// The dashboard's summary as a client sees it: the slim shape with capped lists, the kept answer
// (byte-identical, 304 on its ETag, a new ETag after a write), gzip, and no answer crossing scopes.
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { AnswerCache } from '../src/server/answer-cache.ts';

let s: TestServer;
const answers = new AnswerCache({ slowMs: Infinity });
let lead: string;
let other: string;
let idle: string;
const AS_OF = '2026-01-15';
const PATH = `/api/summary?asOf=${AS_OF}`;

beforeAll(async () => {
  s = await startTestServer({ context: { answers } });
  const unit = async (code: string, name: string) => (await s.api('POST', '/api/units', { code, name, kind: 'so_nganh' })).body.id as string;
  lead = await unit('SOXD', 'Sở Xây dựng');
  other = await unit('SOTC', 'Sở Tài chính');
  idle = await unit('SONV', 'Sở Nội vụ');
  // Twelve targets far from their goal: more than the dashboard lists.
  for (let i = 0; i < 12; i++) {
    expect((await s.api('POST', '/api/targets', { indicator: `bench.k${i}`, label: `Chỉ tiêu ${i}`, unit: '%', group: 'kinh_te_xa_hoi', value: 90, period: '2025', measure: 'share' })).status).toBe(201);
    expect((await s.api('POST', '/api/observations', { indicator: `bench.k${i}`, period: '2025', value: 10 + i, unit: '%', standing: 'official' })).status).toBe(201);
  }
  for (const [unitId, deadline] of [[lead, '2025-12-01'], [lead, '2025-11-01'], [other, '2026-06-30']] as const) {
    expect((await s.api('POST', '/api/tasks', { title: `Nhiệm vụ hạn ${deadline}`, leadUnitId: unitId, coUnitIds: [], assignedOn: '2025-06-01', deadline })).status).toBe(201);
  }
});
afterAll(async () => s?.close());

/** The raw answer, as bytes, with the headers: what fetch would decode is checked separately. */
function raw(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  const url = new URL(s.url + path);
  const cookie = [...s.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return new Promise((resolve, reject) => {
    request(url, { headers: { cookie, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('the summary answer', () => {
  it('is slim: the lists capped with their totals, names only of the units it shows', async () => {
    const r = await s.api('GET', PATH);
    expect(r.status).toBe(200);
    const b = r.body;
    expect(Object.keys(b).sort()).toEqual(['asOf', 'computedAt', 'targets', 'tasks', 'unitNames']);
    expect(b.targets.offTrack.total + b.targets.atRisk.total).toBe(12);
    const listed = [...b.targets.offTrack.items, ...b.targets.atRisk.items];
    expect(b.targets.offTrack.items.length).toBeLessThanOrEqual(10);
    expect(b.targets.offTrack.total).toBeGreaterThan(10);
    expect(b.targets.offTrack.items.length).toBe(10);
    // The furthest from the goal first.
    expect(b.targets.offTrack.items[0].label).toBe('Chỉ tiêu 0');
    expect(Object.keys(listed[0]).sort()).toEqual(['forecastNote', 'id', 'label', 'latest', 'periodLabel', 'status', 'statusLabel', 'unit', 'value']);
    expect(b.tasks.overdue.total).toBe(2);
    expect(b.tasks.overdue.items.map((t: { deadline: string }) => t.deadline)).toEqual(['2025-11-01', '2025-12-01']);
    expect(b.unitNames).toEqual({ [lead]: 'Sở Xây dựng', [other]: 'Sở Tài chính' });
    expect(b.unitNames[idle]).toBeUndefined();
    expect(b.tasks.byUnit.map((u: { unitName: string }) => u.unitName).sort()).toEqual(['Sở Tài chính', 'Sở Xây dựng']);
  });

  it('is kept: byte-identical while nothing changes, 304 on its ETag, no-store all the same', async () => {
    const first = await raw(PATH, {});
    const second = await raw(PATH, {});
    expect(first.status).toBe(200);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(second.headers.etag).toBe(etag);
    expect(first.headers['cache-control']).toBe('no-store');
    const again = await raw(PATH, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('no-store');
    // Another day is another answer.
    expect((await raw(`/api/summary?asOf=2026-01-16`, { 'if-none-match': etag })).status).toBe(200);
  });

  it('changes its ETag after a write, and the 304 stops', async () => {
    const before = await raw(PATH, {});
    const etag = before.headers.etag as string;
    expect((await s.api('POST', '/api/tasks', { title: 'Nhiệm vụ mới', leadUnitId: lead, coUnitIds: [], assignedOn: '2025-06-01', deadline: '2025-10-01' })).status).toBe(201);
    const after = await raw(PATH, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(JSON.parse(after.bytes.toString('utf8')).tasks.overdue.total).toBe(3);
  });

  it('goes out gzipped to a client that takes it, the same answer once unzipped', async () => {
    const plain = await raw(PATH, {});
    const zipped = await raw(PATH, { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(zipped.bytes).equals(plain.bytes)).toBe(true);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    expect((await raw(PATH, { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
  });

  it('computes once for requests that arrive together after a write', async () => {
    expect((await s.api('POST', '/api/tasks', { title: 'Nhiệm vụ thêm', leadUnitId: other, coUnitIds: [], assignedOn: '2025-06-01', deadline: '2026-08-01' })).status).toBe(201);
    const before = { ...answers.counts };
    const got = await Promise.all(Array.from({ length: 6 }, () => raw(PATH, {})));
    expect(new Set(got.map((r) => r.bytes.toString('base64'))).size).toBe(1);
    expect(answers.counts.computed - before.computed).toBe(1);
    expect(answers.counts.shared - before.shared + (answers.counts.fresh - before.fresh)).toBe(5);
  });

  it('assesses again the targets whose figures were written, as a full assessment would', async () => {
    const targets = async () => (await s.api('GET', PATH)).body.targets;
    const before = await targets();
    // bench.k0 reaches its goal (95 against 90); a figure of an indicator no target reads changes nothing.
    expect((await s.api('POST', '/api/observations', { indicator: 'bench.k0', period: '2025', value: 95, unit: '%', standing: 'official' })).status).toBe(201);
    expect((await s.api('POST', '/api/observations', { indicator: 'bench.none', period: '2025', value: 1, unit: '%', standing: 'official' })).status).toBe(201);
    const followed = await targets();
    expect(followed.achieved).toBe(before.achieved + 1);
    // Another day is assessed from the figures kept in memory, brought up to date by the same writes.
    expect((await s.api('GET', '/api/summary?asOf=2026-01-16')).body.targets.achieved).toBe(followed.achieved);
    // A unit created is not a figure: every target is assessed again from all the figures.
    expect((await s.api('POST', '/api/units', { code: 'SOYT', name: 'Sở Y tế', kind: 'so_nganh' })).status).toBe(201);
    expect(await targets()).toEqual(followed);
  });

  it('never serves one scope the answer kept for another', async () => {
    const admin = (await s.api('GET', PATH)).body;
    const officerLead: Client = await s.userClient('can-bo-xd', ['officer'], lead);
    const officerOther: Client = await s.userClient('can-bo-tc', ['officer'], other);
    const a = (await officerLead.api('GET', PATH)).body;
    const b = (await officerOther.api('GET', PATH)).body;
    expect(admin.tasks.total).toBe(5);
    expect(a.tasks.total).toBe(3);
    expect(b.tasks.total).toBe(2);
    expect(a.unitNames).toEqual({ [lead]: 'Sở Xây dựng' });
    expect(b.unitNames).toEqual({ [other]: 'Sở Tài chính' });
    // Asked again (now from the kept answers), each still gets their own.
    expect((await officerOther.api('GET', PATH)).body.tasks.total).toBe(2);
    expect((await officerLead.api('GET', PATH)).body.tasks.total).toBe(3);
    expect((await s.api('GET', PATH)).body.tasks.total).toBe(5);
  });
});
