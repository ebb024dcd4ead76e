// Every word a user sees is Vietnamese, errors included, with English for a reader who asks for it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

describe('answers in the reader\'s language', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => s?.close());

  it.each([
    ['a refused body (zod)', 'POST', '/api/tasks', { title: 'x', assignedOn: '2025-13-45' }, /^ngày giao: /, /^assignedOn: /],
    ['a missing field (zod)', 'POST', '/api/units', { name: 'Sở' }, /^mã: /, /^code: /],
    ['a rule of the data', 'POST', '/api/tasks', { title: 'Nhiệm vụ', assignedOn: '2025-07-01', deadline: '2025-06-01' }, /^thời hạn: trước ngày giao/, /^deadline: before the day/],
    ['something missing', 'GET', '/api/tasks/khong-co', undefined, /^không tìm thấy nhiệm vụ/, /^task not found/],
    ['no such route', 'GET', '/api/khong-co-duong-dan', undefined, /^không có đường dẫn/, /^no such route/],
  ] as const)('%s', async (_what, method, path, body, vi, en) => {
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
  it('has no English-only error message a user can meet', () => {
    const offenders: string[] = [];
    for (const f of files('src')) {
      if (OPERATOR_ONLY.some((r) => r.test(f))) continue;
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        const m = /(?:\b(?:invalid|conflict|forbidden)\(|new AppError\('\w+',\s*)(['`])(.*?)\1/.exec(line);
        // A message built from a table of Vietnamese labels (MERGER_REFUSAL_LABELS…) is Vietnamese by construction.
        if (m && !VIETNAMESE.test(m[2]!) && !/\$\{[A-Z_]+_LABELS\b/.test(m[2]!)) offenders.push(`${f}:${i + 1}: ${m[2]}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
