// The review report's options and the fixes a reading of a quarter's report asked for: number and
// symbol, the signer's title and name, recipients, chosen targets; no target of an ended period;
// a row's figure read as its status reads it; the head of each rated unit named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';

let s: TestServer;
const id: Record<string, string> = {};
const preview = async (q: string) => (await s.api('GET', `/api/reports/review/preview?period=2026-Q4${q}`)).body;

beforeAll(async () => {
  s = await startTestServer();
  id.tu = (await s.api('POST', '/api/units', { code: 'TU', name: 'Thành ủy Hải Phòng', kind: 'thanh_uy' })).body.id;
  id.so = (await s.api('POST', '/api/units', { code: 'SXD', name: 'Sở Xây dựng', kind: 'so_nganh', parentId: id.tu })).body.id;
  const target = (label: string, indicator: string, period: string) =>
    s.api('POST', '/api/targets', { indicator, label, unit: '%', group: 'kinh_te_xa_hoi', value: 10, period, measure: 'share', ownerUnitId: id.so }).then((r) => r.body.id as string);
  id.old = await target('Tỷ lệ năm 2025', 'x.old', '2025');
  id.running = await target('Tỷ lệ năm 2026', 'x.running', '2026');
  id.term = await target('Tỷ lệ năm 2030', 'x.term', '2030');
  // A figure of another unit: the status does not read it, and so the row must not show it.
  id.other = (await s.api('POST', '/api/units', { code: 'SYT', name: 'Sở Y tế', kind: 'so_nganh', parentId: id.tu })).body.id;
  await s.api('POST', '/api/observations', { indicator: 'x.running', period: '2026-Q4', value: 7, unit: '%', unitId: id.other });
  await s.api('POST', '/api/observations', { indicator: 'x.term', period: '2026-Q4', value: 8, unit: '%', unitId: id.so });
});
afterAll(async () => s?.close());

describe('the review report preview', () => {
  it('leaves out a target whose period ended before the report\'s, and shows only the figures the status reads', async () => {
    const p = await preview('');
    expect(p.targets.map((t: { label: string }) => t.label).sort()).toEqual(['Tỷ lệ năm 2026', 'Tỷ lệ năm 2030']);
    const running = p.targets.find((t: { label: string }) => t.label === 'Tỷ lệ năm 2026');
    expect(running).toMatchObject({ periodValue: null, statusLabel: 'Chưa có số liệu' });
    const term = p.targets.find((t: { label: string }) => t.label === 'Tỷ lệ năm 2030');
    // A 2026 figure of a "năm 2030" target is before its path: not judged yet, but never "no figures".
    expect(term).toMatchObject({ periodValue: 8, statusLabel: 'Chưa đến kỳ đánh giá' });
  });

  it('signs with a title by default, and takes the number, signer, recipients and chosen targets given', async () => {
    const plain = await preview('');
    expect(plain.signer).toEqual({ role: 'T/M BAN THƯỜNG VỤ\nBÍ THƯ', name: null });
    expect(plain.numberLine).toMatch(/^Số: +-BC\/TU$/);
    const q = new URLSearchParams({ number: '45-BC/TU', signerRole: 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC', signerName: 'Nguyễn Văn A', recipients: 'Ban Chấp hành Trung ương\nLưu Văn phòng', targets: id.old! });
    const p = await preview(`&${q}`);
    expect(p).toMatchObject({ numberLine: 'Số: 45-BC/TU', signer: { role: 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Nguyễn Văn A' }, recipients: ['Ban Chấp hành Trung ương', 'Lưu Văn phòng'] });
    expect(p.targets.map((t: { label: string }) => t.label)).toEqual(['Tỷ lệ năm 2025']);
  });

  it('names the head of a rated unit by its leader\'s account', async () => {
    await s.userClient('Trần Thị B', ['leader'], id.so!);
    const r = await s.api('GET', '/api/reports/review/preview?period=2025-Q4');
    expect(r.status).toBe(200);
    for (const row of r.body.ratings as { unitName: string; personInCharge: string | null }[]) {
      if (row.unitName === 'Sở Xây dựng') expect(row.personInCharge).toBe('Trần Thị B');
    }
  });
});
