// `haidang congress …` as a user runs it, on a scratch database: the contract's commands, JSON shapes, one-line errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { statSync } from 'node:fs';
import { scratchDatabase } from './support/db.ts';
import { openDb } from '../src/db/connection.ts';
import { hashSignInCode } from '../src/db/congress-signin.ts';
import { normaliseSignInCode } from '../src/domain/congress/signin-code.ts';

const BIN = resolve(import.meta.dirname, '../bin/haidang.js');
const SAMPLES = '/work/shared/congress';
// Each run starts Node, tsx and the database (10–25 s on a loaded machine): few runs, time to spare.
const SLOW = 600_000;
let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
const dir = mkdtempSync(join(tmpdir(), 'haidang-congress-'));

function haidang(...args: string[]) {
  return inLanguage('', ...args);
}
function inLanguage(lang: '' | 'en', ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'congress', ...args], { env: { ...process.env, ...scratch.env, HAIDANG_EMPTY: '', HAIDANG_LANG: lang }, encoding: 'utf8', timeout: 120_000 });
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

describe('haidang congress review, cards, codes', () => {
  it('replaces a delegate by an alternate, refuses a second decision, prints the cards', { timeout: SLOW }, async () => {
    ok(haidang('create', '--code', 'DH-REVIEW', '--name', 'Đại hội thẩm tra', '--from', '2025-09-26', '--to', '2025-09-26'));
    ok(haidang('roster', '--congress', 'DH-REVIEW', `${SAMPLES}/sample-roster.csv`));
    expect(ok(haidang('review', '--congress', 'DH-REVIEW', '--delegate', 'S002', '--replace', 'Chuyển công tác', '--alt-code', 'S101', '--alt-name', 'Đinh Văn Thay', '--alt-sex', 'Nam', '--alt-born', '1984')))
      .toMatch(/^Thẩm tra tư cách DH-REVIEW: S002 .* — đã thay bằng S101 Đinh Văn Thay \(Chuyển công tác\)\n$/u);
    refused(haidang('review', '--congress', 'DH-REVIEW', '--delegate', 'S003', '--confirm', '--excuse', 'x'), /^haidang: congress review: chọn đúng một/u);
    // HAIDANG_LANG=en: the same refusal in English only; a command's own refusal too.
    refused(inLanguage('en', 'review', '--congress', 'DH-REVIEW', '--delegate', 'S003', '--confirm', '--excuse', 'x'), /^haidang: congress review: choose exactly one of --confirm, --excuse REASON, --replace REASON\n$/u);
    expect(ok(inLanguage('en', 'review', '--congress', 'DH-REVIEW', '--delegate', 'S003', '--confirm'))).toMatch(/^Credential review of DH-REVIEW: S003 .* — confirmed\n$/u);
    const out = join(dir, 'the.docx');
    expect(ok(haidang('cards', '--congress', 'DH-REVIEW', '--out', out))).toBe(`${out}: 24 thẻ đại biểu có mã QR (DH-REVIEW)\n`);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Mã đại biểu: S101');
    expect(xml).not.toContain('Mã đại biểu: S002');
  });

  it('codes: issues one-time sign-in codes, prints them or writes the CSV sheet and the cards; only their hashes are kept', { timeout: SLOW }, async () => {
    // The stored hash of each delegate's code, read once the command has left the database.
    const hashes = async () => {
      const h = await openDb(scratch.env.DATABASE_URL ? { databaseUrl: scratch.env.DATABASE_URL } : { dataDir: scratch.env.DATA_DIR! });
      try {
        const r = await sql<{ code: string; hash: string }>`SELECT d.code, c.code_hash AS hash FROM congress_signin_codes c JOIN congress_delegates d ON d.id = c.delegate_id JOIN congresses k ON k.id = d.congress_id WHERE k.code = 'DH-REVIEW'`.execute(h.db);
        return new Map(r.rows.map((x) => [x.code, x.hash]));
      } finally {
        await h.close();
      }
    };
    const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/u;
    const printed = ok(haidang('codes', '--congress', 'DH-REVIEW', 'S001', 's003')).split('\n');
    expect(printed[0]).toBe('ma_dai_bieu\tho_ten\tdon_vi\tma_dang_nhap');
    const lines = printed.slice(1, 3).map((l) => l.split('\t'));
    expect(lines.map((l) => l[0])).toEqual(['S001', 'S003']);
    expect(lines[0]![1]).toBe('Vũ Đức Phương');
    for (const l of lines) expect(l[3]).toMatch(CODE);
    expect(printed[3]).toMatch(/^Đã cấp 2 mã đăng nhập một lần \(DH-REVIEW\); mã cũ của các đại biểu này hết hiệu lực/u);
    let kept = await hashes();
    expect([...kept.keys()].sort()).toEqual(['S001', 'S003']);
    expect(kept.get('S001')).toBe(hashSignInCode(normaliseSignInCode(lines[0]![3]!)!));

    // Everyone convened (S002 was replaced by S101): a CSV sheet for the secretariat's eyes only, and the cards.
    const csv = join(dir, 'ma.csv');
    const cards = join(dir, 'the-ma.docx');
    expect(ok(haidang('codes', '--congress', 'DH-REVIEW', '--csv', csv, '--cards', cards))).toBe(`Đã cấp 24 mã đăng nhập một lần (DH-REVIEW): tệp ${csv}, thẻ đại biểu ${cards}; mã cũ của các đại biểu này hết hiệu lực. Mã chỉ hiện một lần, máy chủ không giữ bản rõ.\n`);
    const sheet = readFileSync(csv, 'utf8');
    expect(sheet.startsWith('\uFEFFma_dai_bieu,ho_ten,don_vi,ma_dang_nhap\r\n')).toBe(true);
    const rows = sheet.slice(1).trim().split('\r\n').slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(24);
    expect(rows.map((r) => r[0])).toContain('S101');
    expect(rows.map((r) => r[0])).not.toContain('S002');
    expect(statSync(csv).mode & 0o777).toBe(0o600);
    kept = await hashes();
    const s001 = rows.find((r) => r[0] === 'S001')!.at(-1)!;
    // Issued again: S001's printed code of a moment ago no longer matches what is kept; the new one does.
    expect(kept.get('S001')).toBe(hashSignInCode(normaliseSignInCode(s001)!));
    expect(kept.get('S001')).not.toBe(hashSignInCode(normaliseSignInCode(lines[0]![3]!)!));
    expect(sheet).not.toContain(kept.get('S001')!);
    const xml = await (await JSZip.loadAsync(readFileSync(cards))).file('word/document.xml')!.async('string');
    expect(xml).toContain(`Mã đăng nhập: ${s001}`);

    refused(haidang('codes', '--congress', 'DH-REVIEW', 'S001', 'NOPE'), /^haidang: delegates: không có đại biểu mã NOPE/u);
    // The contract's commands are untouched: the checkin still answers as before.
    expect(ok(haidang('checkin', '--congress', 'DH-REVIEW', 'S001'))).toMatch(/^Đã điểm danh 1 đại biểu \(DH-REVIEW\)\n$/u);
  });
});
