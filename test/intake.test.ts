// Intake end to end: a conference report in, proposals stored, decisions registering items linked to their sentence.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';

const DOCS = resolve(import.meta.dirname, '../demo/documents');
// The conference report of 12/7/2025: figures, the year's target and directives with deadlines.
const report = readdirSync(DOCS).map((f) => readFileSync(join(DOCS, f), 'utf8')).find((t) => t.includes('20/8'))!;
const DOC = { kind: 'bao_cao', issuedOn: '2025-07-12', issuer: 'Thành ủy', title: 'Hội nghị Thành ủy lần thứ 2', text: report };

let s: TestServer;
let docId: string;
let proposals: any[];
const pending = () => proposals.filter((p) => p.status === 'pending');
const reload = async () => {
  proposals = (await s.api('GET', `/api/documents/${docId}/proposals`)).body.items;
};

beforeAll(async () => {
  s = await startTestServer();
  await s.api('POST', '/api/units', { code: 'VPTU', name: 'Văn phòng Thành ủy', kind: 'van_phong' });
  const r = await s.api('POST', '/api/documents', DOC);
  expect(r.status).toBe(201);
  expect(r.body.proposals).toBeGreaterThan(5);
  docId = r.body.id;
  await reload();
});
afterAll(async () => s?.close());

describe('proposals of a document', () => {
  it('stores figures, targets and tasks, each with its sentence and a confidence', () => {
    expect(new Set(proposals.map((p) => p.kind))).toEqual(new Set(['observation', 'target', 'task']));
    for (const p of proposals) {
      expect(p.quote).toBe(report.slice(p.span[0], p.span[1]));
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.status).toBe('pending');
    }
    const grdp = proposals.find((p) => p.kind === 'observation' && p.payload.indicator === 'grdp.growth');
    expect(grdp.payload).toMatchObject({ value: 11.28, period: '2025-01/2025-06', standing: 'estimate' });
  });

  it('stores the same text only once', async () => {
    const again = await s.api('POST', '/api/documents', { ...DOC, title: 'Gửi lại' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: docId, duplicate: true });
    expect((await s.api('GET', '/api/documents')).body.total).toBe(1);
    const after = (await s.api('GET', `/api/documents/${docId}/proposals`)).body.items;
    expect(after.length).toBe(proposals.length);
  });

  it('accepts a task proposal with an edit; the task keeps the sentence', async () => {
    const p = pending().find((x) => x.kind === 'task' && x.payload.deadline === '2025-09-30');
    const r = await s.api('POST', `/api/proposals/${p.id}/accept`, { body: { title: 'Hoàn thiện Đề án Khu thương mại tự do' } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.status).toBe('accepted');
    const task = await s.api('GET', `/api/tasks/${r.body.itemId}`);
    expect(task.body).toMatchObject({ title: 'Hoàn thiện Đề án Khu thương mại tự do', deadline: '2025-09-30' });
    expect(task.body.source).toEqual({ documentId: docId, span: p.span, quote: p.quote });
    expect((await s.api('POST', `/api/proposals/${p.id}/accept`, {})).status).toBe(409);
  });

  it('merges a figure into an existing target as an observation of it', async () => {
    const target = await s.api('POST', '/api/targets', { indicator: 'grdp.growth', label: 'Tăng trưởng GRDP 2025', unit: '%', group: 'kinh_te_xa_hoi', value: 12.35, period: '2025', measure: 'growth' });
    await reload();
    const fig = pending().find((x) => x.kind === 'observation' && x.payload.indicator === 'grdp.growth');
    const r = await s.api('POST', `/api/proposals/${fig.id}/merge`, { targetId: target.body.id });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('merged');
    const t = await s.api('GET', `/api/targets/${target.body.id}?asOf=2025-07-15`);
    expect(t.body.observations.map((o: { value: number }) => o.value)).toEqual([11.28]);
  });

  it('rejects a proposal, once', async () => {
    await reload();
    const p = pending()[0];
    expect((await s.api('POST', `/api/proposals/${p.id}/reject`)).body.status).toBe('rejected');
    expect((await s.api('POST', `/api/proposals/${p.id}/reject`)).status).toBe(409);
  });

  it('accepts a batch all or nothing: one bad edit and nothing is registered', async () => {
    await reload();
    const tasks = pending().filter((p) => p.kind === 'task');
    const before = (await s.api('GET', '/api/tasks?limit=500')).body.total;
    const bad = await s.api('POST', `/api/documents/${docId}/proposals/accept`, {
      items: [...tasks.slice(1).map((p) => ({ id: p.id })), { id: tasks[0].id, body: { deadline: '2025-13-01' } }],
    });
    expect(bad.status).toBe(400);
    expect((await s.api('GET', '/api/tasks?limit=500')).body.total).toBe(before);
    await reload();
    expect(pending().filter((p) => p.kind === 'task').length).toBe(tasks.length);
    const ok = await s.api('POST', `/api/documents/${docId}/proposals/accept`, { items: tasks.map((p) => ({ id: p.id })) });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await s.api('GET', '/api/tasks?limit=500')).body.total).toBe(before + tasks.length);
  });

  it('is the secretariat\'s work: a unit officer is refused', async () => {
    const officer = await s.userClient('canbo', ['officer'], null);
    expect((await officer.api('GET', `/api/documents/${docId}/proposals`)).status).toBe(403);
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
    return { status: res.status, body: (await res.json()) as any };
  };

  it('reads an HTML page, whatever its name', async () => {
    const r = await upload('<html><body><p>Hoàn thành trước ngày 20/8/2025.</p></body></html>', 'bao-cao.txt');
    expect(r.status).toBe(200);
    expect(r.body.format).toBe('html');
    expect(r.body.text).toContain('Hoàn thành trước ngày 20/8/2025.');
  });

  it('reads the text layer of a PDF, whatever its name, with the sentences cut by the margin whole again', async () => {
    const r = await upload(new Uint8Array(readFileSync(new URL('./fixtures/pdf/ket-luan.pdf', import.meta.url))), 'ket-luan.docx');
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    expect(r.body.format).toBe('pdf');
    // Printed over three lines of the page; one paragraph here, its time limit with it.
    expect(r.body.text).toContain('Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan tham mưu Ủy ban nhân dân thành phố hoàn thiện Đề án phát triển khu thương mại tự do, báo cáo Ban Thường vụ Thành ủy trước ngày 30/10/2025.');
    expect(r.body.text.split('\n').filter((l: string) => l.startsWith('- '))).toHaveLength(2);
  });

  it('refuses a damaged PDF (400) and a scan without a text layer (415), each saying so', async () => {
    const broken = await upload('%PDF-1.4 binary', 'ket-luan.pdf');
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/không đọc được tệp PDF/);
    const scan = await upload(new Uint8Array(readFileSync(new URL('./fixtures/pdf/ban-quet.pdf', import.meta.url))), 'ban-quet.pdf');
    expect(scan.status).toBe(415);
    expect(scan.body.error.message).toMatch(/không có lớp chữ/);
  });

  it('refuses a file over the limit with 413', async () => {
    const r = await upload(new Uint8Array(3 * 1024 * 1024 + 10).fill(65), 'lon.txt');
    expect(r.status).toBe(413);
  });
});
