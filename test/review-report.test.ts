// The review report through the API and the CLI, read back: the Word text and the Excel sheets.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDatabase } from './support/db.ts';
import { startDemoServer, type TestServer } from './support/server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startDemoServer();
});
afterAll(async () => s?.close());

async function download(path: string) {
  const res = await fetch(s.url + path, { headers: { cookie: [...s.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('review report', () => {
  it('downloads the quarter\'s report as a Word document with its sections and figures', async () => {
    const r = await download('/api/reports/review?period=2025-Q3&format=docx');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toContain('bao-cao-kiem-diem-2025-Q3.docx');
    const text = (await mammoth.extractRawText({ buffer: r.bytes })).value;
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('BÁO CÁO');
    expect(text).toMatch(/quý III\/2025/);
    expect(text).toMatch(/\d+\/\d+ chỉ tiêu có số liệu đạt/);
    // A target of the demo with its figure written the Vietnamese way.
    expect(text).toContain('12,35');
  });

  it('downloads the same tables as an Excel workbook', async () => {
    const r = await download('/api/reports/review?period=2025-Q3&format=xlsx');
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a period that is not one', async () => {
    const r = await s.api('GET', '/api/reports/review?period=2025-Q9');
    expect(r.status).toBe(400);
  });

  it('is written by `haidang report` too', { timeout: 240_000 }, async () => {
    const scratch = await scratchDatabase();
    try {
      const bin = resolve(import.meta.dirname, '../bin/haidang.js');
      const env = { ...process.env, ...scratch.env };
      expect(spawnSync(process.execPath, [bin, 'demo'], { env, encoding: 'utf8' }).status).toBe(0);
      const out = join(mkdtempSync(join(tmpdir(), 'haidang-report-')), 'bc.docx');
      const r = spawnSync(process.execPath, [bin, 'report', '--period', '2025-Q3', '--out', out], { env, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const text = (await mammoth.extractRawText({ buffer: readFileSync(out) })).value;
      expect(text).toMatch(/quý III\/2025/);
      const bad = spawnSync(process.execPath, [bin, 'report', '--period', 'quy 3'], { env, encoding: 'utf8' });
      expect(bad.status).toBe(1);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await scratch.drop();
    }
  });
});
