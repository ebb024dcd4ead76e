// `haidang congress …` as a user runs it, on a scratch database: the contract's commands, JSON shapes, one-line errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { scratchDatabase } from './support/db.ts';

const BIN = resolve(import.meta.dirname, '../bin/haidang.js');
const SAMPLES = '/work/shared/congress';
// Each run starts Node, tsx and the database (10–25 s on a loaded machine): few runs, time to spare.
const SLOW = 600_000;
let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
const dir = mkdtempSync(join(tmpdir(), 'haidang-congress-'));

function haidang(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'congress', ...args], { env: { ...process.env, ...scratch.env, HAIDANG_EMPTY: '' }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const ok = (r: ReturnType<typeof haidang>) => {
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return r.out;
};
const refused = (r: ReturnType<typeof haidang>, pattern: RegExp) => {
  expect(r.code).toBe(1);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(pattern);
};

beforeAll(async () => {
  scratch = await scratchDatabase();
});
afterAll(async () => scratch?.drop());

describe('haidang congress', () => {
  it('create, roster, checkin (a double one counts once), stats --json in the contract\'s shape, report', async () => {
    ok(haidang('create', '--code', 'DH-2025', '--name', 'Đại hội đại biểu Đảng bộ thành phố lần thứ I', '--from', '2025-09-26', '--to', '2025-09-27'));
    // The roster as an Excel workbook this time, the same rows as the sample CSV.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    for (const line of readFileSync(`${SAMPLES}/sample-roster.csv`, 'utf8').trim().split('\n')) ws.addRow(line.match(/("[^"]*"|[^,]*)(,|$)/gu)!.map((c) => c.replace(/,$/u, '').replace(/^"|"$/gu, '')).slice(0, 11));
    const xlsx = join(dir, 'roster.xlsx');
    await wb.xlsx.writeFile(xlsx);
    expect(ok(haidang('roster', '--congress', 'DH-2025', xlsx))).toMatch(/Đã nạp 24 đại biểu/u);
    ok(haidang('checkin', '--congress', 'DH-2025', 'S001', 'S002', 'S024', '--at', '2025-09-27T07:30:00+07:00'));
    expect(ok(haidang('checkin', '--congress', 'DH-2025', 'S002'))).toMatch(/1 đại biểu đã điểm danh trước đó/u);
    refused(haidang('checkin', '--congress', 'DH-2025', 'S003', 'NOPE'), /^haidang: codes: không có đại biểu mã NOPE/u);
    const stats = JSON.parse(ok(haidang('stats', '--congress', 'DH-2025', '--json')));
    expect(Object.keys(stats)).toEqual(['congress', 'convened', 'attended', 'absent', 'attendedPercent', 'kinds', 'breakdowns', 'academicTitles', 'oldest', 'youngest']);
    // S001 (Nam, 1965), S002 (Nam, 1994), S024 (Nữ, 1983); S003 of the refused batch is not in.
    expect(stats).toMatchObject({ congress: 'DH-2025', convened: 24, attended: 3, absent: 21, attendedPercent: 12.5 });
    expect(stats.breakdowns.gender).toEqual([{ label: 'Nam', count: 2, percent: 66.7 }, { label: 'Nữ', count: 1, percent: 33.3 }]);
    expect(stats.oldest).toEqual({ age: 60, code: 'S001', name: 'Vũ Đức Phương', unit: 'Đảng bộ xã mẫu 2' });
    const out = join(dir, 'tb.docx');
    ok(haidang('report', '--congress', 'DH-2025', '--out', out));
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/gu, '');
    expect(text).toContain('Nam: 02 đại biểu (bằng 66,7%), nữ: 01 đại biểu (bằng 33,3%).');
    expect(text).toContain('Số đại biểu được triệu tập: 24 đại biểu, thuộc 05 đảng bộ trực thuộc.');
  }, SLOW);

  it('season, schedule, held, progress --json in the contract\'s shape; a bad file is refused with its row and column', () => {
    ok(haidang('season', '--code', 'DHCS-2025', '--name', 'Đại hội cơ sở nhiệm kỳ 2025 - 2030', '--deadline', '2025-08-20', '--latest', '2025-08-31'));
    ok(haidang('schedule', '--season', 'DHCS-2025', `${SAMPLES}/sample-schedule.csv`));
    ok(haidang('held', '--season', 'DHCS-2025', '--org', 'M027', '--on', '2025-07-09'));
    const p = JSON.parse(ok(haidang('progress', '--season', 'DHCS-2025', '--as-of', '2025-07-09', '--json')));
    expect(Object.keys(p)).toEqual(['season', 'asOf', 'deadline', 'latest', 'total', 'held', 'heldPercent', 'remaining', 'behindPlan', 'remainingByMonth', 'forecastDone', 'modelCongresses', 'byParent']);
    expect(p).toMatchObject({ season: 'DHCS-2025', asOf: '2025-07-09', total: 40, held: 26, heldPercent: 65, remaining: 14, behindPlan: 6, modelCongresses: { total: 1, held: 1 } });
    expect(Object.keys(p.byParent[0])).toEqual(['unit', 'total', 'held', 'heldPercent', 'behindPlan']);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '\uFEFFma_to_chuc,ten_to_chuc,dang_bo_cap_tren,ngay_du_kien\nM050,"Chi bộ, mới",X,01/08/2025\nM051,Y,X,1/13/2025\n');
    refused(haidang('schedule', '--season', 'DHCS-2025', bad), /^haidang: dòng 3, cột ngay_du_kien: "1\/13\/2025" không phải ngày/u);
  }, SLOW);
});

describe('haidang congress review, cards', () => {
  it('replaces a delegate by an alternate, refuses a second decision, prints the cards', { timeout: SLOW }, async () => {
    ok(haidang('create', '--code', 'DH-REVIEW', '--name', 'Đại hội thẩm tra', '--from', '2025-09-26', '--to', '2025-09-26'));
    ok(haidang('roster', '--congress', 'DH-REVIEW', `${SAMPLES}/sample-roster.csv`));
    expect(ok(haidang('review', '--congress', 'DH-REVIEW', '--delegate', 'S002', '--replace', 'Chuyển công tác', '--alt-code', 'S101', '--alt-name', 'Đinh Văn Thay', '--alt-sex', 'Nam', '--alt-born', '1984')))
      .toMatch(/^Thẩm tra tư cách DH-REVIEW: S002 .* — đã thay bằng S101 Đinh Văn Thay \(Chuyển công tác\)\n$/u);
    refused(haidang('review', '--congress', 'DH-REVIEW', '--delegate', 'S003', '--confirm', '--excuse', 'x'), /^haidang: congress review: chọn đúng một/u);
    const out = join(dir, 'the.docx');
    expect(ok(haidang('cards', '--congress', 'DH-REVIEW', '--out', out))).toBe(`${out}: 24 thẻ đại biểu có mã QR (DH-REVIEW)\n`);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Mã đại biểu: S101');
    expect(xml).not.toContain('Mã đại biểu: S002');
  });
});
