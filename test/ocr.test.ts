// A scanned PDF (images only, no text layer) read by OCR: the scan is made here by rendering a PDF with a text layer
// to a grey image (pdftoppm) and wrapping it in a PDF of its own; Tesseract's Vietnamese model reads it back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfText } from '../src/intake/pdf.ts';
import { ocrReady } from '../src/intake/ocr.ts';
import { imagePdf, readPgm } from './support/image-pdf.ts';
import { runJob } from '../src/workers/pool.ts';

const source = new URL('./fixtures/pdf/ket-luan.pdf', import.meta.url);
const ready = await ocrReady();

function scanOf(pdf: URL, dpi: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'haidang-scan-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', pdf.pathname, join(dir, 'p')]);
    const file = readdirSync(dir).find((f) => f.endsWith('.pgm'));
    if (!file) throw new Error('pdftoppm wrote no image');
    return imagePdf([readPgm(new Uint8Array(readFileSync(join(dir, file))))], dpi);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const folded = (s: string) => s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

describe.skipIf(!ready.ok)('a scanned PDF read by OCR', () => {
  it('has no text layer, and OCR gives back the words of the page, the time limit in its sentence', async () => {
    const scan = scanOf(source, 200);
    const { getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(scan));
    expect((await (await pdf.getPage(1)).getTextContent()).items).toHaveLength(0);
    await pdf.destroy();

    const text = await pdfText(scan);
    // OCR may miss a mark here and there: most of the words of the page, not every one, must come back.
    const want = folded('Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan tham mưu Ủy ban nhân dân thành phố hoàn thiện Đề án phát triển khu thương mại tự do, báo cáo Ban Thường vụ Thành ủy trước ngày 30/10/2025');
    const got = new Set(folded(text));
    const found = want.filter((w) => got.has(w));
    expect(found.length / want.length, text).toBeGreaterThanOrEqual(0.85);
    expect(text).toMatch(/trước ngày 30\/10\/2025/u);
    expect(text).toMatch(/THÔNG BÁO KẾT LUẬN/u);
  }, 120_000);

  it('is read in a worker, off the request path, as an upload is', async () => {
    const r = await runJob('documentText', { bytes: scanOf(source, 150), maxChars: 100_000 }, { limits: { timeoutMs: 120_000 } });
    expect(r.format).toBe('pdf');
    expect(r.text).toMatch(/Thường trực Thành ủy/u);
  }, 150_000);
});

describe('a scan where OCR is not installed', () => {
  const saved = process.env.HAIDANG_TESSERACT;
  afterEach(() => {
    if (saved === undefined) delete process.env.HAIDANG_TESSERACT;
    else process.env.HAIDANG_TESSERACT = saved;
  });
  it('is refused as unsupported, saying in Vietnamese and English what to install', async () => {
    process.env.HAIDANG_TESSERACT = '/nonexistent/tesseract';
    const scan = imagePdf([{ width: 40, height: 40, pixels: new Uint8Array(1600).fill(255) }]);
    const err = await pdfText(scan).then(() => null, (e: unknown) => e);
    expect(err).toMatchObject({ code: 'unsupported', text: { vi: expect.stringMatching(/chưa cài .*tesseract-ocr-vie/u), en: expect.stringMatching(/not installed/u) } });
  });
  it('says so in both languages from a worker too', async () => {
    process.env.HAIDANG_TESSERACT = '/nonexistent/tesseract';
    const scan = imagePdf([{ width: 40, height: 40, pixels: new Uint8Array(1600).fill(255) }]);
    const err = await runJob('documentText', { bytes: scan, maxChars: 1000 }).then(() => null, (e: unknown) => e);
    expect(err).toMatchObject({ code: 'unsupported', text: { vi: expect.stringMatching(/chưa cài/u), en: expect.stringMatching(/not installed/u) } });
  }, 60_000);
});
