// Intake end to end: a conference report in, proposals out, accepted ones registered with their sentence.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';

const DOCS = resolve(import.meta.dirname, '../demo/documents');
// The conference report of 12/7/2025: figures, the year's target and directives with deadlines.
const report = readdirSync(DOCS).map((f) => readFileSync(join(DOCS, f), 'utf8')).find((t) => t.includes('20/8'))!;

let s: TestServer;
let docId: string;
beforeAll(async () => {
  s = await startTestServer();
  await s.api('POST', '/api/units', { code: 'VPTU', name: 'Văn phòng Thành ủy', kind: 'van_phong' });
  docId = (await s.api('POST', '/api/documents', { kind: 'bao_cao', issuedOn: '2025-07-12', issuer: 'Thành ủy', title: 'Hội nghị Thành ủy lần thứ 2', text: report })).body.id;
});
afterAll(async () => s?.close());

describe('intake', () => {
  let proposals: any[];

  it('proposes figures, targets and tasks, each with its sentence', async () => {
    const r = await s.api('GET', `/api/intake/documents/${docId}/proposals`);
    expect(r.status).toBe(200);
    proposals = r.body.proposals;
    const kinds = new Set(proposals.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['observation', 'target', 'task']));
    for (const p of proposals) expect(p.quote).toBe(report.slice(p.span[0], p.span[1]));
    const grdp = proposals.find((p) => p.kind === 'observation' && p.body.indicator === 'grdp.growth');
    expect(grdp.body).toMatchObject({ value: 11.28, period: '2025-01/2025-06', standing: 'estimate' });
    expect(proposals.some((p) => p.kind === 'task' && p.body.deadline === '2025-09-30')).toBe(true);
  });

  it('refuses a batch with one bad item and registers nothing', async () => {
    const good = proposals.filter((p) => p.kind === 'task').map((p) => p.body);
    const before = (await s.api('GET', '/api/tasks?limit=500')).body.total;
    const r = await s.api('POST', `/api/intake/documents/${docId}/accept`, { tasks: [...good, { ...good[0], deadline: '2025-13-01' }] });
    expect(r.status).toBe(400);
    expect((await s.api('GET', '/api/tasks?limit=500')).body.total).toBe(before);
  });

  it('registers the accepted proposals in one go and then marks them as registered', async () => {
    const ready = proposals.filter((p) => p.warnings.every((w: string) => !w.startsWith('indicator') && !w.startsWith('period: văn bản')));
    const pick = (k: string) => ready.filter((p) => p.kind === k).map((p) => p.body);
    const r = await s.api('POST', `/api/intake/documents/${docId}/accept`, { observations: pick('observation'), targets: pick('target'), tasks: pick('task') });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.created.tasks.length).toBe(pick('task').length);
    const task = await s.api('GET', `/api/tasks/${r.body.created.tasks[0]}`);
    expect(task.body.source.documentId).toBe(docId);
    expect(report.slice(task.body.source.span[0], task.body.source.span[1])).toBe(task.body.source.quote);
    const again = await s.api('GET', `/api/intake/documents/${docId}/proposals`);
    const registered = again.body.proposals.filter((p: { registeredId: string | null }) => p.registeredId);
    expect(registered.length).toBe(ready.length);
  });

  it('refuses an item that points into another document', async () => {
    const other = (await s.api('POST', '/api/documents', { kind: 'thong_bao', issuedOn: '2025-08-01', title: 'Khác', text: 'abc' })).body.id;
    const r = await s.api('POST', `/api/intake/documents/${other}/accept`, { tasks: [proposals.find((p) => p.kind === 'task').body] });
    expect(r.status).toBe(400);
  });
});

describe('reading an uploaded file', () => {
  const upload = async (content: string | Uint8Array, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    const res = await fetch(`${s.url}/api/intake/read`, {
      method: 'POST',
      body: form,
      headers: { cookie: [...s.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': s.cookies.get('hd_csrf')! },
    });
    return { status: res.status, body: await res.json() };
  };

  it('reads an HTML page, whatever its name', async () => {
    const r = await upload('<html><body><p>Hoàn thành trước ngày 20/8/2025.</p></body></html>', 'bao-cao.txt');
    expect(r.status).toBe(200);
    expect(r.body.format).toBe('html');
    expect(r.body.text).toContain('Hoàn thành trước ngày 20/8/2025.');
  });

  it('refuses a PDF named .docx with 415', async () => {
    const r = await upload('%PDF-1.4 binary', 'ket-luan.docx');
    expect(r.status).toBe(415);
    expect(r.body.error.code).toBe('unsupported');
  });

  it('refuses a file over the limit with 413', async () => {
    const r = await upload(new Uint8Array(3 * 1024 * 1024 + 10).fill(65), 'lon.txt');
    expect(r.status).toBe(413);
  });
});
