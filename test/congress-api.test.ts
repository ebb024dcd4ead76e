// /api/congresses and /api/congress-seasons: uploads all or nothing, check-in batches, the contract's JSON, the bulletin.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import JSZip from 'jszip';
import { startTestServer, type Client, type TestServer } from './support/server.ts';

let s: TestServer;
let officer: Client;
const SAMPLES = '/work/shared/congress';

async function upload(c: Client, path: string, content: Uint8Array | string, name: string, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${s.url}${path}`, {
    method: 'POST', body: form,
    headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': c.cookies.get('hd_csrf')!, ...headers },
  });
  return { status: res.status, body: (await res.json()) as any };
}
const rows = async () => (await sql<{ n: string }>`SELECT (SELECT count(*) FROM congress_delegates) + (SELECT count(*) FROM congress_checkins) + (SELECT count(*) FROM congress_orgs) AS n`.execute(s.handle.db)).rows[0]!.n.toString();

beforeAll(async () => {
  s = await startTestServer();
  const unit = (await s.api('POST', '/api/units', { code: 'M040', name: 'Chi bộ mẫu 40', kind: 'dang_bo' })).body.id;
  officer = await s.userClient('canbo.m040', ['officer'], unit);
});
afterAll(async () => s?.close());

describe('congress API', () => {
  it('creates a congress, refuses a bad roster with its row and column and writes nothing, imports the sample', async () => {
    expect((await s.api('POST', '/api/congresses', { code: 'DH-2025', name: 'Đại hội đại biểu Đảng bộ thành phố lần thứ I', startsOn: '2025-09-26', endsOn: '2025-09-27' })).status).toBe(201);
    expect((await s.api('POST', '/api/congresses', { code: 'DH-X', name: 'x', startsOn: '2025-09-27', endsOn: '2025-09-26' })).body.error.message).toMatch(/^endsOn: ngày kết thúc trước ngày khai mạc/u);
    const sample = readFileSync(`${SAMPLES}/sample-roster.csv`, 'utf8');
    const bad = await upload(s, '/api/congresses/DH-2025/roster', sample.replace('S005,Nguyễn Hữu Giang,Nam', 'S005,Nguyễn Hữu Giang,Nữ giới'), 'ds.csv');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^dòng 6, cột gioi_tinh/u);
    expect(bad.body.error.details).toEqual([{ row: 6, column: 'gioi_tinh', message: '"Nữ giới" không thuộc các giá trị: Nam, Nữ' }]);
    // An English reader: the same row and column, the message and the details in English alone.
    const badEn = await upload(s, '/api/congresses/DH-2025/roster', sample.replace('S005,Nguyễn Hữu Giang,Nam', 'S005,Nguyễn Hữu Giang,Nữ giới'), 'ds.csv', { 'accept-language': 'en' });
    expect(badEn.status).toBe(400);
    expect(badEn.body.error.message).toBe('row 6, column gioi_tinh: "Nữ giới" is not one of: Nam, Nữ');
    expect(badEn.body.error.details).toEqual([{ row: 6, column: 'gioi_tinh', message: '"Nữ giới" is not one of: Nam, Nữ' }]);
    expect(await rows()).toBe('0');
    const ok = await upload(s, '/api/congresses/DH-2025/roster', '\uFEFF' + sample, 'ds.csv');
    expect(ok).toEqual({ status: 200, body: { congress: 'DH-2025', delegates: 24, replaced: 0 } });
  });

  it('checks in a batch; an unknown code refuses it whole; stats and the bulletin follow', async () => {
    const before = await rows();
    const refused = await s.api('POST', '/api/congresses/DH-2025/checkins', { codes: ['S001', 'X9'] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual({ unknown: ['X9'] });
    expect(await rows()).toBe(before);
    const codes = Array.from({ length: 24 }, (_, i) => `S${String(i + 1).padStart(3, '0')}`);
    expect((await s.api('POST', '/api/congresses/DH-2025/checkins', { codes, at: '2025-09-27T07:30:00+07:00' })).body).toEqual({ congress: 'DH-2025', session: 'chinh-thuc', delegates: 24, added: 24, already: 0, again: [] });
    expect((await s.api('POST', '/api/congresses/DH-2025/checkins', { codes: ['S001'] })).body).toMatchObject({ added: 0, already: 1 });
    const stats = (await s.api('GET', '/api/congresses/DH-2025/stats')).body;
    // All 24 present: Nữ are S004, S008, S012, S016, S020, S024.
    expect(stats).toMatchObject({ convened: 24, attended: 24, absent: 0, attendedPercent: 100 });
    expect(stats.breakdowns.gender).toEqual([{ label: 'Nam', count: 18, percent: 75 }, { label: 'Nữ', count: 6, percent: 25 }]);
    const res = await fetch(`${s.url}/api/congresses/DH-2025/report`, { headers: { cookie: [...s.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="thong-bao-nhanh-DH-2025.docx"/u);
    const xml = await (await JSZip.loadAsync(await res.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml.replace(/<[^>]+>/gu, '')).toContain('Số đại biểu dự Đại hội: 24 đại biểu (bằng 100%); số đại biểu không tham dự: 0 đại biểu (bằng 0%). Trong đó:');
  });


  it('a card scanned again in the same session is answered with its first time, audited, and counted once', async () => {
    const audit = async () => (await sql<{ action: string; after: any }>`SELECT action, after FROM audit_log WHERE action LIKE 'checkin%' ORDER BY seq DESC LIMIT 1`.execute(s.handle.db)).rows[0]!;
    const present = async () => (await s.api('GET', '/api/congresses/DH-2025/attendance')).body.present as number;
    const was = await present();
    const checkins = async () => (await sql<{ n: string }>`SELECT count(*) AS n FROM congress_checkins`.execute(s.handle.db)).rows[0]!.n.toString();
    const rowsBefore = await checkins();
    // S002 came at 07:30 (the batch above); shown again, twice, then in a batch beside S003.
    for (const codes of [['S002'], ['s002'], ['S003', 'S002']]) {
      const r = await s.api('POST', '/api/congresses/DH-2025/checkins', { codes, at: '2025-09-27T09:05:00+07:00' });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ added: 0, already: codes.length });
      expect(r.body.again.find((a: { delegate: string }) => a.delegate === 'S002')).toEqual({
        delegate: 'S002', name: expect.any(String), firstAt: '2025-09-27T00:30:00.000Z', message: expect.stringMatching(/^S002 .+: đã điểm danh lúc 07:30 ngày 27\/9\/2025$/u),
      });
      const entry = await audit();
      expect(entry.action).toBe('checkin_again');
      expect(entry.after).toMatchObject({ session: 'chinh-thuc', count: codes.length, delegates: expect.arrayContaining([{ code: 'S002', firstAt: '2025-09-27T00:30:00.000Z' }]) });
    }
    expect(await checkins()).toBe(rowsBefore);
    expect(await present()).toBe(was);
    // The other session is another check-in, not a re-scan: counted there, no checkin_again entry.
    const other = await s.api('POST', '/api/congresses/DH-2025/checkins', { codes: ['S002'], session: 'tru-bi' });
    expect(other.body).toMatchObject({ added: 1, already: 0, again: [] });
    expect((await audit()).action).toBe('checkin');
  });
  it('a season: the schedule uploaded, an officer marks their own organisation held, the progress', async () => {
    expect((await s.api('POST', '/api/congress-seasons', { code: 'DHCS-2025', name: 'Đại hội cơ sở nhiệm kỳ 2025 - 2030', deadline: '2025-08-20', latest: '2025-08-31' })).status).toBe(201);
    const up = await upload(s, '/api/congress-seasons/DHCS-2025/schedule', readFileSync(`${SAMPLES}/sample-schedule.csv`), 'kh.csv');
    expect(up).toEqual({ status: 200, body: { season: 'DHCS-2025', created: 40, updated: 0 } });
    expect((await officer.api('POST', '/api/congress-seasons/DHCS-2025/orgs/M039/held', { on: '2025-07-08' })).status).toBe(403);
    expect((await officer.api('POST', '/api/congress-seasons/DHCS-2025/orgs/M040/held', { on: '2025-07-08' })).body).toEqual({ season: 'DHCS-2025', org: 'M040', name: 'Chi bộ mẫu 40', heldOn: '2025-07-08' });
    const p = (await officer.api('GET', '/api/congress-seasons/DHCS-2025/progress?asOf=2025-07-09')).body;
    expect(p).toMatchObject({ total: 40, held: 26, heldPercent: 65, remaining: 14, behindPlan: 5 });
    expect(p.byParent[0]).toEqual({ unit: 'Đảng bộ xã mẫu 1', total: 8, held: 6, heldPercent: 75, behindPlan: 1 });
  });
});
