// The congress's papers over HTTP: the programme published and read on a phone, papers with their
// versions (dự thảo 1 … 12), files sniffed, written contributions registered and counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { execute } from '../src/commands/command.ts';
import { importRoster } from '../src/commands/congress.ts';
import { systemActor } from '../src/domain/user.ts';

let s: TestServer;
let delegate: Client;
let officer: Client;
const CONGRESS = 'DH-P';
const base = `/api/congresses/${CONGRESS}`;

async function upload(c: Client, path: string, content: string, name: string) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${s.url}${path}`, { method: 'POST', body: form, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': c.cookies.get('hd_csrf')! } });
  return { status: res.status, body: (await res.json()) as any };
}

async function publish(c: Client, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array | string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('file', new Blob([file.bytes]), file.name);
  const res = await fetch(`${s.url}${base}/papers`, { method: 'POST', body: form, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': c.cookies.get('hd_csrf')! } });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  s = await startTestServer();
  await s.api('POST', '/api/congresses', { code: CONGRESS, name: 'Đại hội thử', startsOn: '2025-09-26', endsOn: '2025-09-27' });
  const rows = ['P1', 'P2'].map((c, i) => ({ row: i + 2, cells: [c, `Nguyễn Văn ${c}`, 'Nam', '1970', 'Đảng bộ Quận Hồng Bàng', 'Bầu'] }));
  await execute(s.handle.db, systemActor('cli'), importRoster, { congress: CONGRESS, table: { headers: ['ma_dai_bieu', 'ho_ten', 'gioi_tinh', 'nam_sinh', 'don_vi', 'loai_dai_bieu'], rows } });
  const code = (await s.api('POST', `${base}/signin-codes`, { delegates: ['P1'] })).body.codes[0].signInCode;
  delegate = s.anonymous();
  expect((await delegate.api('POST', '/api/delegate/login', { congress: CONGRESS, delegate: 'P1', code })).status).toBe(200);
  officer = await s.userClient('canbo.p', ['officer'], null);
});
afterAll(async () => s?.close());

describe('programme', () => {
  it('is published whole, in the order it happens, refused outside the congress days, read by a delegate', async () => {
    const sessions = [
      { title: 'Phiên chính thức', day: '2025-09-27', starts: '07:30', ends: '11:30', items: [{ time: '08:00', title: 'Báo cáo chính trị', presenter: 'Đồng chí Bí thư' }, { time: '07:30', title: 'Khai mạc' }] },
      { title: 'Phiên trù bị', day: '2025-09-26', starts: '14:00', ends: null, items: [{ title: 'Bầu Đoàn Chủ tịch' }] },
    ];
    const bad = await s.api('PUT', `${base}/programme`, { sessions: [{ ...sessions[0], day: '2025-09-28' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^sessions\.0\.day: ngày 2025-09-28 ngoài thời gian đại hội/u);
    expect((await s.api('PUT', `${base}/programme`, { sessions: [{ ...sessions[0], starts: '7:30' }] })).status).toBe(400);
    expect((await s.api('PUT', `${base}/programme`, { sessions })).status).toBe(200);
    const read = (await delegate.api('GET', `${base}/programme`)).body;
    expect(read.sessions.map((x: { title: string }) => x.title)).toEqual(['Phiên trù bị', 'Phiên chính thức']);
    expect(read.sessions[1].items).toEqual([{ time: '07:30', title: 'Khai mạc', presenter: null }, { time: '08:00', title: 'Báo cáo chính trị', presenter: 'Đồng chí Bí thư' }]);
    expect((await delegate.api('PUT', `${base}/programme`, { sessions })).status).toBe(403);
    expect((await officer.api('PUT', `${base}/programme`, { sessions })).status).toBe(403);
  });
});

describe('papers', () => {
  it('numbers the versions of a paper: the latest is read first, the earlier ones stay readable', async () => {
    for (let i = 1; i <= 11; i++) expect((await publish(s, { title: 'Báo cáo chính trị', text: `Nội dung dự thảo ${i}` })).body.label).toBe(`Dự thảo ${i}`);
    const pdf = new TextEncoder().encode('%PDF-1.4\n% dự thảo 12\n');
    const twelfth = await publish(s, { title: 'Báo cáo chính trị', text: 'Nội dung dự thảo 12' }, { name: 'bao-cao-chinh-tri.pdf', bytes: pdf });
    expect(twelfth).toMatchObject({ status: 201, body: { version: 12, label: 'Dự thảo 12', fileName: 'bao-cao-chinh-tri.pdf', contentType: 'application/pdf', size: pdf.byteLength } });
    expect((await publish(s, { title: 'Chương trình hành động', label: 'Bản trình Đại hội', text: 'Chương trình' })).body.label).toBe('Bản trình Đại hội');
    const list = (await delegate.api('GET', `${base}/papers`)).body;
    expect(list.items.map((p: { title: string }) => p.title)).toEqual(['Báo cáo chính trị', 'Chương trình hành động']);
    expect(list.items[0].versions).toHaveLength(12);
    expect(list.items[0].versions[0]).toMatchObject({ version: 12, label: 'Dự thảo 12', hasText: true });
    const id = list.items[0].id;
    expect((await delegate.api('GET', `${base}/papers/${id}`)).body.current).toEqual({ version: 12, label: 'Dự thảo 12', text: 'Nội dung dự thảo 12', fileName: 'bao-cao-chinh-tri.pdf' });
    expect((await delegate.api('GET', `${base}/papers/${id}?version=3`)).body.current).toMatchObject({ version: 3, text: 'Nội dung dự thảo 3', fileName: null });
    expect((await delegate.api('GET', `${base}/papers/${id}?version=13`)).status).toBe(404);
    const file = await delegate.api('GET', `${base}/papers/${id}/versions/12/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect((await delegate.api('GET', `${base}/papers/${id}/versions/3/file`)).status).toBe(404);
  });

  it('refuses a page of HTML, an empty version, and anyone but the secretariat', async () => {
    expect((await publish(s, { title: 'X' }, { name: 'x.html', bytes: '<html><script>alert(1)</script></html>' })).status).toBe(400);
    expect((await publish(s, { title: 'X', text: '  ' })).body.error.message).toMatch(/^nội dung: cần nội dung hoặc tệp/u);
    expect((await publish(officer, { title: 'X', text: 'x' })).status).toBe(403);
    expect((await publish(delegate, { title: 'X', text: 'x' })).status).toBe(403);
  });
});

describe('written contributions', () => {
  it('are registered by delegate or author, marked presented, counted; the seed counts 156 registered, 17 presented', async () => {
    const byDelegate = await s.api('POST', `${base}/contributions`, { delegate: 'p2', topic: 'Phát triển kinh tế biển' });
    expect(byDelegate.body).toEqual({ id: expect.any(String), delegate: 'P2', author: 'Nguyễn Văn P2', committee: 'Đảng bộ Quận Hồng Bàng', topic: 'Phát triển kinh tế biển', presented: false });
    expect((await s.api('POST', `${base}/contributions`, { author: 'Ban Tuyên giáo', topic: 'Công tác tuyên truyền' })).body.error.message).toMatch(/^committee:/u);
    expect((await s.api('POST', `${base}/contributions`, { delegate: 'X9', topic: 'x' })).status).toBe(400);
    expect((await s.api('PATCH', `${base}/contributions/${byDelegate.body.id}`, { presented: true })).body.presented).toBe(true);
    // The rest of the seed's register comes as a sheet: 155 more, 16 more of them presented.
    const sheet = ['tac_gia,dang_bo,chu_de,trinh_bay', ...Array.from({ length: 155 }, (_, i) => `Tác giả ${i + 1},Đảng bộ ${(i % 118) + 1},Tham luận ${i + 1},${i < 16 ? 'có' : ''}`)];
    // The register is replaced whole by a file: the one registered by hand goes in it too.
    sheet.splice(1, 0, 'Nguyễn Văn P2,Đảng bộ Quận Hồng Bàng,Phát triển kinh tế biển,có');
    expect((await upload(s, `${base}/contributions/import`, sheet.join('\n'), 'tham-luan.csv')).body).toMatchObject({ registered: 156, presented: 17, replaced: 1 });
    const list = (await officer.api('GET', `${base}/contributions`)).body;
    expect({ registered: list.registered, presented: list.presented }).toEqual({ registered: 156, presented: 17 });
    expect((await delegate.api('GET', `${base}/contributions`)).status).toBe(403);
    expect((await officer.api('POST', `${base}/contributions`, { delegate: 'P1', topic: 'x' })).status).toBe(403);
    expect((await officer.api('PATCH', `${base}/contributions/${list.items[0].id}`, { presented: false })).status).toBe(403);
  });

  it('are imported from a sheet, all or nothing, replacing the register', async () => {
    const before = (await s.api('GET', `${base}/contributions`)).body;
    const bad = await upload(s, `${base}/contributions/import`, 'ma_dai_bieu,tac_gia,dang_bo,chu_de,trinh_bay\nP1,,,Kinh tế biển,có\nX9,,,Du lịch,\n', 'tl.csv');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('dòng 3, cột ma_dai_bieu: không có đại biểu mã X9 trong đại hội DH-P');
    expect((await s.api('GET', `${base}/contributions`)).body.registered).toBe(before.registered);
    const csv = 'ma_dai_bieu;tac_gia;dang_bo;chu_de;trinh_bay\nP1;;;Kinh tế biển;Có\n;Ban Tuyên giáo;Đảng bộ Khối cơ quan;Tuyên truyền;\n';
    expect((await upload(s, `${base}/contributions/import`, '\uFEFF' + csv, 'tl.csv')).body).toEqual({ congress: CONGRESS, registered: 2, presented: 1, replaced: 156 });
    const list = (await s.api('GET', `${base}/contributions`)).body;
    expect(list.items.map((i: { author: string; committee: string; presented: boolean }) => [i.author, i.committee, i.presented])).toEqual([
      ['Nguyễn Văn P1', 'Đảng bộ Quận Hồng Bàng', true],
      ['Ban Tuyên giáo', 'Đảng bộ Khối cơ quan', false],
    ]);
    expect((await upload(officer, `${base}/contributions/import`, csv, 'tl.csv')).status).toBe(403);
  });
});
