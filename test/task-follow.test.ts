// Following a task through the API: a co-unit reports its part (not the lead's progress, never the
// completion), leaders give directions, everyone concerned comments, a report carries a link to the
// product, and a co-unit's officer attaches files. Each refusal writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';

let s: TestServer;
let lead: Client;
let co: Client;
let other: Client;
let leader: Client;
const id: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer();
  const unit = async (code: string) => (id[code] = (await s.api('POST', '/api/units', { code, name: `Sở ${code}`, kind: 'so_nganh' })).body.id);
  await unit('A');
  await unit('B');
  await unit('C');
  id.task = (await s.api('POST', '/api/tasks', { title: 'Đề án chuyển đổi số', leadUnitId: id.A, coUnitIds: [id.B], assignedOn: '2025-07-01', deadline: '2099-12-31' })).body.id;
  lead = await s.userClient('canbo-a', ['officer'], id.A!);
  co = await s.userClient('canbo-b', ['officer'], id.B!);
  other = await s.userClient('canbo-c', ['officer'], id.C!);
  leader = await s.userClient('lanhdao', ['leader'], null);
});
afterAll(async () => s?.close());

const report = (c: Client, body: Record<string, unknown>) => c.api('POST', `/api/tasks/${id.task}/reports`, body);
const reports = async () => (await s.api('GET', `/api/tasks/${id.task}/reports`)).body.items as Array<Record<string, unknown>>;

describe('a co-unit reports its part', () => {
  it('records the part with its unit and author, and leaves the lead\'s progress as it was', async () => {
    expect((await report(lead, { kind: 'progress', progress: 60, text: 'Xong khảo sát' })).status).toBe(201);
    const r = await report(co, { kind: 'part', progress: 20, text: 'Sở B đã góp ý dự thảo', link: 'https://example.gov.vn/gop-y.pdf' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.task.evaluation.progress).toBe(60);
    expect((await reports()).at(-1)).toMatchObject({ kind: 'part', unitId: id.B, authorName: 'canbo-b', link: 'https://example.gov.vn/gop-y.pdf', kindLabel: 'Báo cáo của đơn vị phối hợp' });
  });

  it('refuses a co-unit\'s completion, progress of the whole task and extension, and a unit with no part', async () => {
    const before = (await reports()).length;
    for (const kind of ['complete', 'progress', 'extension_request']) expect((await report(co, { kind, progress: 100, newDeadline: '2100-01-01' })).status).toBe(403);
    expect((await report(other, { kind: 'part', text: 'Không liên quan' })).status).toBe(404);
    expect((await report(lead, { kind: 'part', text: 'Sở A không phải đơn vị phối hợp' })).status).toBe(403);
    const noUnit = await s.api('POST', `/api/tasks/${id.task}/reports`, { kind: 'part', text: 'Văn phòng ghi thay', unitId: id.C });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.error.message).toBe('đơn vị: chọn đơn vị phối hợp của nhiệm vụ này');
    expect((await reports()).length).toBe(before);
  });

  it('lets the co-unit\'s officer attach a file to the task', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Báo cáo phần việc của Sở B']), 'phan-viec.txt');
    const res = await fetch(`${s.url}/api/tasks/${id.task}/attachments`, {
      method: 'POST', body: form,
      headers: { cookie: [...co.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': co.cookies.get('hd_csrf')! },
    });
    expect(res.status).toBe(201);
  });
});

describe('directions and comments as a thread', () => {
  it('takes a leader\'s direction and comments from both units, none moving the progress', async () => {
    expect((await report(leader, { kind: 'direction', text: 'Đẩy nhanh, báo cáo trước 30/9' })).status).toBe(201);
    expect((await report(lead, { kind: 'comment', text: 'Đã nhận chỉ đạo' })).status).toBe(201);
    const r = await report(co, { kind: 'comment', text: 'Sở B sẵn sàng phối hợp', progress: 99 });
    expect(r.status).toBe(201);
    expect(r.body.task.evaluation.progress).toBe(60);
    expect((await reports()).slice(-3).map((x) => [x.kind, x.authorName, x.progress])).toEqual([
      ['direction', 'lanhdao', null], ['comment', 'canbo-a', null], ['comment', 'canbo-b', null],
    ]);
  });

  it('refuses an officer\'s direction, an empty comment and a link that is not a web address, in Vietnamese', async () => {
    expect((await report(lead, { kind: 'direction', text: 'Tự chỉ đạo' })).status).toBe(403);
    const empty = await report(lead, { kind: 'comment', text: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('nội dung: không được để trống');
    expect((await lead.api('POST', `/api/tasks/${id.task}/reports`, { kind: 'comment', text: '  ' }, { 'accept-language': 'en' })).body.error.message).toBe('text: write the text');
    const script = await report(lead, { kind: 'progress', progress: 70, link: 'javascript:alert(1)' });
    expect(script.status).toBe(400);
    expect(script.body.error.message).toMatch(/https:\/\//);
  });
});
