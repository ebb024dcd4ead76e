// Every word a user sees is Vietnamese, errors included, with English for a reader who asks for it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

describe('answers in the reader\'s language', () => {
  let s: TestServer;
  let unitId = '';
  let periodId = '';
  beforeAll(async () => {
    s = await startTestServer();
    await s.api('POST', '/api/congresses', { code: 'DH-NN', name: 'Đại hội', startsOn: '2025-09-26', endsOn: '2025-09-27' });
    unitId = (await s.api('POST', '/api/units', { code: 'NN1', name: 'Xã Một', kind: 'xa' })).body.id;
    periodId = (await s.api('POST', '/api/reporting-periods', { period: '2026-Q1', dueOn: '2099-04-05', title: 'Quý I/2026' })).body.id;
  });
  afterAll(async () => s?.close());

  it.each([
    ['a refused body (zod)', 'POST', '/api/tasks', { title: 'x', assignedOn: '2025-13-45' }, /^ngày giao: /, /^assignedOn: /],
    ['a missing field (zod)', 'POST', '/api/units', { name: 'Sở' }, /^mã: /, /^code: /],
    ['a rule of the data', 'POST', '/api/tasks', { title: 'Nhiệm vụ', assignedOn: '2025-07-01', deadline: '2025-06-01' }, /^thời hạn: trước ngày giao/, /^deadline: before the day/],
    ['something missing', 'GET', '/api/tasks/khong-co', undefined, /^không tìm thấy nhiệm vụ/, /^task not found/],
    ['no such route', 'GET', '/api/khong-co-duong-dan', undefined, /^không có đường dẫn/, /^no such route/],
    ['a delegate\'s wrong sign-in code (the floor)', 'POST', '/api/delegate/login', { congress: 'DH-NN', delegate: 'N1', code: 'AAAA-AAAA-AAAA' }, /^code: mã đại hội, mã đại biểu hoặc mã đăng nhập không đúng$/, /^code: wrong congress, delegate or sign-in code$/],
    ['a vote of no congress (the floor)', 'GET', '/api/congresses/DH-NN/votes/khong-co', undefined, /^không tìm thấy biểu quyết khong-co$/, /^vote not found: khong-co$/],
    ['a programme outside the congress (the floor)', 'PUT', '/api/congresses/DH-NN/programme', { sessions: [{ title: 'Phiên', day: '2025-01-01', starts: '07:30' }] }, /^sessions\.0\.day: ngày 2025-01-01 ngoài thời gian đại hội/, /^sessions\.0\.day: 2025-01-01 is outside the congress's days/],
    ['a time not HH:MM (the floor)', 'PUT', '/api/congresses/DH-NN/programme', { sessions: [{ title: 'Phiên', day: '2025-09-26', starts: '7h30' }] }, /^sessions\.0\.starts: giờ dạng HH:MM/, /^sessions\.0\.starts: expected a time HH:MM/],
    ['a unit merged into itself', 'POST', () => `/api/units/${unitId}/merge`, () => ({ intoId: unitId }), /^intoId: một đơn vị không sáp nhập vào chính nó$/, /^intoId: a unit cannot merge into itself$/],
    ['a reminder letter with no unit behind', 'GET', () => `/api/reporting-periods/${periodId}/reminder-letter`, undefined, /^kỳ: mọi đơn vị đã gửi báo cáo kỳ này, không cần đôn đốc$/, /^period: every unit has sent its report; no unit is behind$/],
    ['a task report\'s link that is no web address', 'POST', '/api/tasks/khong-co/reports', { kind: 'progress', progress: 5, link: 'javascript:alert(1)' }, /^đường dẫn: cần một đường dẫn bắt đầu bằng http:\/\/ hoặc https:\/\/$/, /^link: expected a web address starting with http:\/\/ or https:\/\/$/],
  ] as const)('%s', async (_what, method, pathOf, bodyOf, vi, en) => {
    const path = typeof pathOf === 'function' ? pathOf() : pathOf;
    const body = typeof bodyOf === 'function' ? bodyOf() : bodyOf;
    const inVi = await s.api(method, path, body);
    expect(inVi.status).toBeGreaterThanOrEqual(400);
    expect(inVi.body.error.message).toMatch(vi);
    expect(inVi.body.error.message).toMatch(VIETNAMESE);
    const inEn = await s.api(method, path, body, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(inEn.status).toBe(inVi.status);
    expect(inEn.body.error.message).toMatch(en);
    expect(inEn.body.error.message).not.toMatch(VIETNAMESE);
  });
});

/**
 * A guard on the source: an error a user can meet is written in Vietnamese, as `{ vi, en }` or in a
 * Vietnamese sentence. The command line's usage lines and the operator's tools (backup, copy, import
 * of a whole workspace) speak to an administrator at a terminal and may stay in English.
 */
describe('errors written in Vietnamese at the source', () => {
  const OPERATOR_ONLY = [/^src\/cli\//, /^src\/db\/(backup|copy|workspace|workspace-format|folder-lock|connection|migrate|audit-key)\.ts$/, /\.test\.ts$/, /^src\/domain\/rating-rules\.ts$/];
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
  const sources = () => files('src').filter((f) => !OPERATOR_ONLY.some((r) => r.test(f)));
  it('has no English-only error message a user can meet', () => {
    const offenders: string[] = [];
    for (const f of sources()) {
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        const m = /(?:\b(?:invalid|conflict|forbidden)\(|new AppError\('\w+',\s*)(['`])(.*?)\1/.exec(line);
        // A message built from a table of Vietnamese labels (MERGER_REFUSAL_LABELS…) is Vietnamese by construction.
        if (m && !VIETNAMESE.test(m[2]!) && !/\$\{[A-Z_]+_LABELS\b/.test(m[2]!)) offenders.push(`${f}:${i + 1}: ${m[2]}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  /**
   * `'vi (en)'` or `'vi / en'` in one string passes the scan above, yet an English reader gets the
   * Vietnamese and a Vietnamese one the English: such a message is `{ vi, en }` (AppError picks by the
   * reader's language, the command line by HAIDANG_LANG). Looked for in errors, zod messages, sheet-cell
   * failures, label tables and the command line's printed lines, in every file, the operator's tools
   * included: the list of files still holding the shape is empty and stays so.
   */
  const NOT_YET: string[] = [];
  const everySource = () => files('src').filter((f) => !f.endsWith('.test.ts'));
  const SPEAKS = /\b(?:invalid|conflict|forbidden|notFound|authorize|fail|refine|regex)\(|new AppError\(|message:|_LABELS\b|^\s+\w+: ['`]|console\.(?:log|error)\(|\bsay\(/;
  /** The `vi (en)` and `vi / en` strings of one line, each as `Vietnamese half | English half`. */
  const mixedIn = (line: string): string[] => {
    if (!SPEAKS.test(line) || /\btags:/.test(line)) return [];
    const found: string[] = [];
    const shapes = [/(['`])((?:(?!\1).)*?) \(((?:[^()$]|\$\{[^}]*\})*)\)\1/g, /(['`])((?:(?!\1).)*?) \/ ((?:(?!\1).)*?)\1/g];
    for (const shape of shapes) {
      for (const m of line.matchAll(shape)) {
        // The English half of a `{ vi, en }` may name Hải Đăng: it is not this shape.
        if (line.slice(0, m.index).trimEnd().endsWith('en:')) continue;
        const english = m[3]!.replace(/\$\{[^}]*\}/g, '').trim();
        if (VIETNAMESE.test(m[2]!) && /^[a-z][a-z0-9 ,.;:'/()-]*$/i.test(english) && /[a-z]{3}/.test(english) && !VIETNAMESE.test(english)) found.push(`${m[2]!.slice(-40)} | ${english.slice(0, 40)}`);
      }
    }
    return found;
  };

  it("has no 'vi (en)' or 'vi / en' message in any file, the floor's, the unit merger's and the command line's among them", () => {
    const mixed = new Map<string, string[]>();
    for (const f of everySource()) {
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        for (const m of mixedIn(line)) mixed.set(f, [...(mixed.get(f) ?? []), `${i + 1}: ${m}`]);
      });
    }
    const unlisted = [...mixed].filter(([f]) => !NOT_YET.includes(f));
    expect(unlisted).toEqual([]);
    expect(NOT_YET.filter((f) => !mixed.has(f))).toEqual([]);
  });

  it.each([
    ['an error, vi (en)', "    throw invalid('vote: biểu quyết đã kết thúc (the vote is closed)');", 1],
    ['an error, vi / en', "      if (!ok) throw new AppError('conflict', 'restore: cơ sở dữ liệu đích không trống / the target database is not empty');", 1],
    ['a printed line, vi / en', '    console.log(`Đã khôi phục từ ${file} / restored from ${file}`);', 1],
    ['a printed error with parentheses, vi / en', '    console.error(`Hải Đăng: máy chủ dừng (${signal}); khởi động lại / the server stopped; restarting`);', 1],
    ["a zod rule's message, vi (en)", "  link: z.string().regex(/^https?:/u, 'link: cần một đường dẫn (a web address)'),", 1],
    ['{ vi, en } with parentheses in each', "    throw invalid({ vi: 'tệp: quá lớn (tối đa 10 MB)', en: 'file: too large (at most 10 MB)' });", 0],
    ['{ vi, en } with parentheses in English', "    throw conflict({ vi: 'kỳ: không cần đôn đốc', en: 'period: no unit is behind (all sent)' });", 0],
    ["an API document's tag", "      method: 'get', path: '/x', tags: ['Kỳ báo cáo (reporting)'],", 0],
    ['a slash between values', "    message: `năm học ${n} / ${m}`,", 0],
    ['a slash inside a word', "    throw invalid({ vi: 'dạng 12/12 hoặc 10/10', en: 'of the form 12/12 or 10/10' });", 0],
  ] as const)('sees the shape it looks for (the scan can fail): %s', (_what, line, count) => {
    expect(mixedIn(line)).toHaveLength(count);
  });
});
