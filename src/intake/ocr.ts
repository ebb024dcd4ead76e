// Reading the pages of a scanned PDF: each page rendered to an image by poppler's `pdftoppm` and read by
// Tesseract with its Vietnamese model (Debian: poppler-utils, tesseract-ocr, tesseract-ocr-vie). Runs where
// pdfText runs, inside the documentText worker job (src/workers), never on the request's event loop.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../domain/errors.ts';

/** A scan of more pages than this is a book, not a document to read in one request. */
export const MAX_OCR_PAGES = 60;
// 300 dpi is what Tesseract is trained for; less loses the diacritics of Vietnamese.
const DPI = 300;
// One page rarely takes more than a few seconds; a stuck tool must not hold the worker.
const PAGE_TIMEOUT_MS = 60_000;
/** The time budget of a worker that may read a scan: MAX_OCR_PAGES at a few seconds each, within reason. */
export const OCR_JOB_TIMEOUT_MS = Number(process.env.HAIDANG_OCR_TIMEOUT_MS ?? 10 * 60_000);

export interface OcrTools {
  pdftoppm: string;
  tesseract: string;
}

/** The programs, from the environment when set (so a test or a server can point elsewhere), else from PATH. */
export function ocrTools(env: NodeJS.ProcessEnv = process.env): OcrTools {
  return { pdftoppm: env.HAIDANG_PDFTOPPM ?? 'pdftoppm', tesseract: env.HAIDANG_TESSERACT ?? 'tesseract' };
}

function run(cmd: string, args: string[], timeout = PAGE_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout, maxBuffer: 16 << 20, encoding: 'utf8' }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

export const OCR_MISSING = {
  vi: 'tệp: PDF không có lớp chữ (bản quét, chỉ có hình ảnh) và máy chủ chưa cài phần nhận dạng chữ tiếng Việt (gói tesseract-ocr, tesseract-ocr-vie và poppler-utils); hãy nhờ quản trị cài đặt, hoặc dùng bản Word hay bản PDF xuất từ Word',
  en: 'file: the PDF has no text layer (a scan, images only) and Vietnamese text recognition is not installed on the server (packages tesseract-ocr, tesseract-ocr-vie and poppler-utils); ask the administrator to install them, or use the Word file or a PDF saved from Word',
};

/** Whether both programs answer and Tesseract has its Vietnamese model; the reason when not. */
export async function ocrReady(tools: OcrTools = ocrTools()): Promise<{ ok: true } | { ok: false; missing: string }> {
  try {
    await run(tools.pdftoppm, ['-v'], 10_000);
  } catch {
    return { ok: false, missing: 'poppler-utils (pdftoppm)' };
  }
  let langs: string;
  try {
    langs = await run(tools.tesseract, ['--list-langs'], 10_000);
  } catch {
    return { ok: false, missing: 'tesseract-ocr' };
  }
  return hasLanguage(langs, 'vie') ? { ok: true } : { ok: false, missing: 'tesseract-ocr-vie' };
}

/** Whether `tesseract --list-langs` output names the language (one per line, after a heading line). */
export function hasLanguage(listing: string, lang: string): boolean {
  return listing.split(/\r?\n/u).some((l) => l.trim() === lang);
}

/**
 * Tesseract prints a paragraph as the lines of the page, with a blank line between paragraphs: the lines of one
 * paragraph are joined again, so that a sentence (and its time limit) printed over two lines stays one. A word
 * cut by a hyphen at the end of a line is not joined: Vietnamese syllables are not hyphenated.
 */
export function ocrParagraphs(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\f/gu, '\n\n')
    .split(/\n[ \t]*\n+/u)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter((p) => p.length > 0)
    .join('\n');
}

/** The text of the given pages (1-based), read by OCR, in page order; throws OCR_MISSING when it cannot run. */
export async function ocrPages(bytes: Uint8Array, pages: number[], tools: OcrTools = ocrTools()): Promise<Map<number, string>> {
  if (pages.length > MAX_OCR_PAGES) {
    throw new AppError('too_large', { vi: `tệp: bản quét có ${pages.length} trang cần nhận dạng chữ, quá giới hạn ${MAX_OCR_PAGES} trang`, en: `file: the scan has ${pages.length} pages to recognise, more than ${MAX_OCR_PAGES}` });
  }
  const ready = await ocrReady(tools);
  if (!ready.ok) throw new AppError('unsupported', OCR_MISSING, { missing: ready.missing });
  const dir = await mkdtemp(join(tmpdir(), 'haidang-ocr-'));
  try {
    const pdf = join(dir, 'in.pdf');
    await writeFile(pdf, bytes);
    const out = new Map<number, string>();
    for (const n of pages) {
      const prefix = join(dir, `p${n}`);
      await run(tools.pdftoppm, ['-r', String(DPI), '-gray', '-png', '-f', String(n), '-l', String(n), pdf, prefix]);
      // pdftoppm pads the page number to the width of the page count: find the image it wrote.
      const image = (await readdir(dir)).find((f) => f.startsWith(`p${n}-`) && f.endsWith('.png'));
      if (!image) continue;
      // --psm 3: the page's own layout (columns, headings); stdout: no text file to clean up.
      const text = await run(tools.tesseract, [join(dir, image), 'stdout', '-l', 'vie', '--psm', '3'], PAGE_TIMEOUT_MS).catch(() => '');
      out.set(n, ocrParagraphs(text));
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
