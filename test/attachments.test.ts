// Attachments: limits on count, size and type (read from the content), and downloads that are safe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';

let s: TestServer;
let officerB: Client;
let taskId: string;

beforeAll(async () => {
  s = await startTestServer();
  const a = (await s.api('POST', '/api/units', { code: 'A', name: 'Sở A', kind: 'so_nganh' })).body.id;
  const b = (await s.api('POST', '/api/units', { code: 'B', name: 'Sở B', kind: 'so_nganh' })).body.id;
  taskId = (await s.api('POST', '/api/tasks', { title: 'Đề án', leadUnitId: a, assignedOn: '2025-07-01' })).body.id;
  officerB = await s.userClient('canbo-b', ['officer'], b);
});
afterAll(async () => s?.close());

async function upload(c: Client, files: [Uint8Array | string, string][]) {
  const form = new FormData();
  for (const [content, name] of files) form.append('file', new Blob([content]), name);
  const res = await fetch(`${s.url}/api/tasks/${taskId}/attachments`, {
    method: 'POST', body: form,
    headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': c.cookies.get('hd_csrf')! },
  });
  return { status: res.status, body: (await res.json()) as any };
}
const count = async () => (await s.api('GET', `/api/tasks/${taskId}/attachments`)).body.total as number;
const pdf = '%PDF-1.4\n% biên bản\n';

describe('attachments', () => {
  it('stores a PDF with its type read from the content, and serves it as a download', async () => {
    const r = await upload(s, [[pdf, '../../Biên bản "họp".txt']]);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.items[0]).toMatchObject({ filename: 'Biên bản họp.txt', contentType: 'application/pdf', size: Buffer.byteLength(pdf) });
    const res = await fetch(`${s.url}/api/attachments/${r.body.items[0].id}`, { headers: { cookie: [...s.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Bien-ban-hop.txt"; filename*=UTF-8''${encodeURIComponent('Biên bản họp.txt')}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toBe(pdf);
  });

  it.each<[string, [Uint8Array | string, string][], number]>([
    ['an executable named .pdf', [[new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0xff]), 'quyet-dinh.pdf']], 415],
    ['HTML named .txt', [['<html><script>alert(1)</script></html>', 'ghi-chu.txt']], 415],
    ['too many files', Array.from({ length: 6 }, (_, i) => [pdf, `f${i}.pdf`] as [string, string]), 400],
    ['a file over the limit', [[new Uint8Array(3 * 1024 * 1024 + 1).fill(0x41), 'lon.txt']], 413],
  ])('refuses %s and stores nothing', async (_n, files, status) => {
    const before = await count();
    const r = await upload(s, files);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBeTruthy();
    expect(await count()).toBe(before);
  });

  it('keeps another unit out of a task\'s files', async () => {
    const list = await s.api('GET', `/api/tasks/${taskId}/attachments`);
    const id = list.body.items[0].id;
    expect((await officerB.api('GET', `/api/attachments/${id}`)).status).toBe(404);
    expect((await upload(officerB, [[pdf, 'x.pdf']])).status).toBe(404);
  });
});
