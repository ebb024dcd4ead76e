// The congress hall over HTTP: credential review (confirm, excuse, replace by an alternate), check-in of a
// reviewed delegate, the live attendance by session, the statistics after a replacement (worked by hand), the cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from './support/server.ts';
import { delegateCards } from '../src/reports/delegate-cards.ts';

let s: TestServer;
const C = '/api/congresses/DH-HALL';

// Congress year 2025. H04 will be replaced by the alternate H05; H02 excused (ill).
const ROSTER = [
  'ma_dai_bieu,ho_ten,gioi_tinh,nam_sinh,don_vi,loai_dai_bieu,pho_thong,chuyen_mon,hoc_ham,ly_luan_chinh_tri,linh_vuc',
  'H01,Trần Văn An,Nam,1961,Đảng bộ A,Đương nhiên,12/12,Tiến sĩ,Phó Giáo sư,Cao cấp,Xây dựng Đảng',
  'H02,Lê Thị Bình,Nữ,1998,Đảng bộ A,Chỉ định,12/12,Đại học,,Trung cấp,"MTTQ, đoàn thể"',
  'H03,Phạm Văn Cường,Nam,1975,Đảng bộ B,Chỉ định,12/12,Thạc sĩ,,Cử nhân,"Chính quyền, Nhà nước"',
  'H04,Đỗ Thị Dung,Nữ,1980,Đảng bộ B,Chỉ định,10/10,Đại học,,Cao cấp,"Kinh tế, doanh nghiệp"',
].join('\n');

async function upload(path: string, content: string, name: string) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${s.url}${path}`, { method: 'POST', body: form, headers: { cookie: [...s.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': s.cookies.get('hd_csrf')! } });
  return { status: res.status, body: (await res.json()) as any };
}
const count = async () => (await sql<{ n: string }>`SELECT (SELECT count(*) FROM congress_delegates) * 1000 + (SELECT count(*) FROM congress_checkins) AS n`.execute(s.handle.db)).rows[0]!.n.toString();

beforeAll(async () => {
  s = await startTestServer();
  await s.api('POST', '/api/congresses', { code: 'DH-HALL', name: 'Đại hội thử nghiệm', startsOn: '2025-09-26', endsOn: '2025-09-27' });
  expect((await upload(`${C}/roster`, ROSTER, 'ds.csv')).status).toBe(200);
});
afterAll(async () => s?.close());

describe('credential review', () => {
  it('replaces H04 by the alternate H05 of the same party committee; the seat holder is no longer convened', async () => {
    const r = await s.api('POST', `${C}/delegates/H04/review`, {
      decision: 'replace', reason: 'Chuyển công tác',
      alternate: { code: 'H05', name: 'Vũ Văn Em', sex: 'Nam', birthYear: 1990, professional: 'Đại học', theory: 'Cao cấp', field: 'Lực lượng vũ trang' },
    });
    expect(r.status).toBe(200);
    expect(r.body.delegate).toMatchObject({ code: 'H04', status: 'replaced', statusReason: 'Chuyển công tác', replacedBy: 'H05' });
    expect(r.body.alternate).toMatchObject({ code: 'H05', unit: 'Đảng bộ B', kind: 'Dự khuyết chuyển chính thức', replaces: 'H04', status: 'confirmed', position: 4 });
    // The alternate sits right after the one replaced.
    expect((await s.api('GET', `${C}/delegates`)).body.items.map((d: { code: string }) => d.code)).toEqual(['H01', 'H02', 'H03', 'H04', 'H05']);
  });

  it('refuses to review a replaced delegate again, and an alternate whose code is taken; nothing written', async () => {
    const before = await count();
    const again = await s.api('POST', `${C}/delegates/H04/review`, { decision: 'confirm' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/^delegate: đại biểu H04 đã được thay bằng H05/u);
    const taken = await s.api('POST', `${C}/delegates/H03/review`, { decision: 'replace', reason: 'x', alternate: { code: 'h01', name: 'X', sex: 'Nam', birthYear: 1980 } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toMatch(/^alternate\.code: mã h01 đã là của đại biểu Trần Văn An/u);
    const noReason = await s.api('POST', `${C}/delegates/H02/review`, { decision: 'excuse', reason: '  ' });
    expect(noReason.status).toBe(400);
    const unknown = await s.api('POST', `${C}/delegates/H99/review`, { decision: 'confirm' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('không có đại biểu mã H99 trong đại hội DH-HALL');
    expect(await count()).toBe(before);
  });

  it('excuses H02 with a reason, confirms and excuses again; an excused or replaced card does not check in', async () => {
    expect((await s.api('POST', `${C}/delegates/H02/review`, { decision: 'excuse', reason: 'Ốm' })).body.delegate).toMatchObject({ status: 'excused', statusReason: 'Ốm' });
    expect((await s.api('POST', `${C}/delegates/H02/review`, { decision: 'confirm' })).body.delegate).toMatchObject({ status: 'confirmed', statusReason: null });
    expect((await s.api('POST', `${C}/delegates/H02/review`, { decision: 'excuse', reason: 'Ốm nằm viện' })).body.delegate).toMatchObject({ status: 'excused' });
    const before = await count();
    const barred = await s.api('POST', `${C}/checkins`, { codes: ['H01', 'H02', 'H04'] });
    expect(barred.status).toBe(409);
    expect(barred.body.error.details).toEqual({ barred: ['H02', 'H04'] });
    expect(await count()).toBe(before);
  });
});

describe('check-in by session, attendance and statistics', () => {
  it('counts by session; a delegate present at both counts once overall; a checked-in delegate cannot be excused', async () => {
    expect((await s.api('POST', `${C}/checkins`, { codes: ['H01'], session: 'tru-bi', at: '2025-09-26T07:30:00+07:00' })).body).toMatchObject({ added: 1 });
    expect((await s.api('POST', `${C}/checkins`, { codes: ['H01', 'H03', 'h05'], at: '2025-09-27T07:45:00+07:00' })).body).toMatchObject({ session: 'chinh-thuc', added: 3, already: 0 });
    expect((await s.api('POST', `${C}/checkins`, { codes: ['H03'] })).body).toMatchObject({ added: 0, already: 1 });
    const a = (await s.api('GET', `${C}/attendance`)).body;
    expect(a).toMatchObject({ congress: 'DH-HALL', convened: 4, present: 3, percent: 75, sessions: [{ session: 'tru-bi', present: 1, percent: 25 }, { session: 'chinh-thuc', present: 3, percent: 75 }] });
    const h01 = (await s.api('GET', `${C}/delegates/h01`)).body;
    expect(h01.checkins).toEqual([{ session: 'tru-bi', at: '2025-09-26T00:30:00.000Z' }, { session: 'chinh-thuc', at: '2025-09-27T00:45:00.000Z' }]);
    const late = await s.api('POST', `${C}/delegates/H03/review`, { decision: 'excuse', reason: 'x' });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe('delegate: đại biểu H03 đã điểm danh lúc 07:45 ngày 27/9/2025, không miễn dự được');
    // An English reader gets the refusal in English, and only in English.
    const lateEn = await s.api('POST', `${C}/delegates/H03/review`, { decision: 'replace', reason: 'x', alternate: { code: 'H09', name: 'X', sex: 'Nam', birthYear: 1980 } }, { 'accept-language': 'en' });
    expect(lateEn.status).toBe(409);
    expect(lateEn.body.error.message).toBe('delegate: H03 checked in at 07:45 on 2025-09-27 and cannot be replaced');
  });

  it('works section II out over the convened (kinds) and the present (the rest), as by hand', async () => {
    const st = (await s.api('GET', `${C}/stats`)).body;
    // Convened H01 H02 H03 H05 (H04 replaced); present H01 H03 H05; H02 excused and absent.
    expect(st).toMatchObject({ convened: 4, attended: 3, absent: 1, attendedPercent: 75 });
    // H05 counts within Chỉ định, the kind of Đảng bộ B's other delegate (H03), and on its own line.
    expect(st.kinds).toEqual([{ label: 'Đương nhiên', count: 1 }, { label: 'Chỉ định', count: 3 }, { label: 'Dự khuyết chuyển chính thức', count: 1 }]);
    expect(st.breakdowns.gender).toEqual([{ label: 'Nam', count: 3, percent: 100 }, { label: 'Nữ', count: 0, percent: 0 }]);
    expect(st.breakdowns.age.map((l: { count: number; percent: number }) => [l.count, l.percent])).toEqual([[0, 0], [1, 33.3], [1, 33.3], [0, 0], [1, 33.3]]);
    expect(st.breakdowns.theory).toEqual([{ label: 'Cử nhân, cao cấp', count: 3, percent: 100 }, { label: 'Trung cấp', count: 0, percent: 0 }, { label: 'Sơ cấp', count: 0, percent: 0 }]);
    expect(st.academicTitles).toEqual([{ label: 'Phó Giáo sư', count: 1 }]);
    // The youngest on the roster (H02, 27) is absent: the youngest present is H05, 35.
    expect(st.oldest).toEqual({ age: 64, code: 'H01', name: 'Trần Văn An', unit: 'Đảng bộ A' });
    expect(st.youngest).toEqual({ age: 35, code: 'H05', name: 'Vũ Văn Em', unit: 'Đảng bộ B' });
  });
});

describe('delegate cards', () => {
  it('prints a card with a QR code for every convened delegate, none for the replaced one', async () => {
    const res = await fetch(`${s.url}${C}/cards`, { headers: { cookie: [...s.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="the-dai-bieu-DH-HALL\.docx"/u);
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/gu, ' ');
    for (const c of ['H01', 'H02', 'H03', 'H05']) expect(text).toContain(`Mã đại biểu: ${c}`);
    expect(text).not.toContain('H04');
    expect(text).not.toContain('Mã đăng nhập');
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toHaveLength(4);
  });

  it('prints cards with new one-time sign-in codes that let each delegate in, once', async () => {
    const res = await fetch(`${s.url}${C}/cards-with-codes`, { method: 'POST', headers: { cookie: [...s.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': s.cookies.get('hd_csrf')! } });
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
    const codes = [...text.matchAll(/Mã đăng nhập: ([A-Z0-9-]+)/gu)].map((m) => m[1]!);
    expect(codes).toHaveLength(4);
    // H01's card, read as printed: its code signs H01 in, and only once.
    const h01 = /Mã đại biểu: H01.*?Mã đăng nhập: ([A-Z0-9-]+)/u.exec(text)![1]!;
    const login = () => s.anonymous().api('POST', '/api/delegate/login', { congress: 'DH-HALL', delegate: 'H01', code: h01 });
    expect((await login()).status).toBe(200);
    expect((await login()).status).toBe(401);
    // The trail says codes were issued, never which.
    const audit = await s.api('GET', '/api/audit?limit=20');
    expect(JSON.stringify(audit.body)).not.toContain(h01);
  });

  it('prints the one-time sign-in code when a delegate has one, and eight cards to a page', async () => {
    const ds = Array.from({ length: 9 }, (_, i) => ({ code: `T${i + 1}`, name: `Đại biểu ${i + 1}`, unit: 'Đảng bộ C', signInCode: i === 0 ? '482-913' : undefined }));
    const zip = await JSZip.loadAsync(await delegateCards(ds));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.replace(/<[^>]+>/gu, ' ')).toContain('Mã đăng nhập: 482-913');
    expect(xml.match(/Mã đăng nhập/gu)).toHaveLength(1);
    // Two cards a row, rows that do not split across pages: 9 cards → 5 rows, the last with a blank cell.
    expect(xml.match(/<w:tr[ >]/gu)).toHaveLength(5);
    expect(xml.match(/<w:cantSplit/gu)).toHaveLength(5);
  });
});
