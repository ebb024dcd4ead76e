// `haidang extract FILE [--date YYYY-MM-DD] [--json]`: reads .txt, .html or .docx and prints what the extractor proposes.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { extract, type Extraction } from '../extract/index.ts';
import { writeOut } from './write-out.ts';
import { say } from './language.js';
import type { Bilingual } from '../domain/errors.ts';

const USAGE = 'usage: haidang extract FILE [--date YYYY-MM-DD] [--json]';

/** The document's text, or a one-line reason why it cannot be read. */
async function readDocument(file: string): Promise<{ text: string } | { error: Bilingual }> {
  const ext = extname(file).toLowerCase();
  try {
    if (ext === '.txt' || ext === '.text' || ext === '') return { text: await readFile(file, 'utf8') };
    if (ext === '.html' || ext === '.htm') {
      const { convert } = await import('html-to-text');
      const html = await readFile(file, 'utf8');
      return { text: convert(html, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] }) };
    }
    if (ext === '.docx') {
      const mammoth = await import('mammoth');
      const r = await mammoth.extractRawText({ path: file });
      return { text: r.value };
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return { error: { vi: `haidang extract: không có tệp ${file}`, en: `haidang extract: no such file: ${file}` } };
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { error: { vi: `haidang extract: không đọc được ${file}: ${why}`, en: `haidang extract: cannot read ${file}: ${why}` } };
  }
  if (ext === '.pdf') return { error: { vi: `haidang extract: chưa đọc được PDF; hãy lưu văn bản thành .docx, .html hoặc .txt trước (${file})`, en: `haidang extract: PDF is not supported; save the document as .docx, .html or .txt first (${file})` } };
  return { error: { vi: `haidang extract: không đọc được loại tệp "${ext}"; dùng .txt, .html hoặc .docx (${file})`, en: `haidang extract: unsupported file type "${ext}"; use .txt, .html or .docx (${file})` } };
}

function fmtNumber(n: number): string {
  return n.toLocaleString('vi-VN', { maximumFractionDigits: 4 });
}

/** A plain table with Vietnamese headings, for a person reading the terminal. */
function table(x: Extraction): string {
  const lines: string[] = [];
  lines.push(`Ngày văn bản: ${x.document.date ?? '(không rõ)'}`, '');
  const facts = x.facts.filter((f) => f.indicator !== 'other');
  lines.push(`CHỈ TIÊU, SỐ LIỆU (${facts.length}; ${x.facts.length - facts.length} số liệu khác chưa gán chỉ tiêu)`);
  lines.push(['Loại', 'Chỉ tiêu', 'Giá trị', 'Đơn vị', 'Kỳ', 'Vị trí'].join('\t'));
  for (const f of facts) {
    const value = (f.cmp ? f.cmp + ' ' : '') + (f.approx ? '~' : '') + fmtNumber(f.value) + (f.max !== undefined ? ' – ' + fmtNumber(f.max) : '');
    lines.push([f.kind === 'target' ? 'Mục tiêu' : 'Thực hiện', f.indicator, value, f.unit, f.period ?? '', `${f.span[0]}-${f.span[1]}`].join('\t'));
  }
  lines.push('', `NHIỆM VỤ CÓ THỜI HẠN (${x.tasks.length})`);
  lines.push(['Thời hạn', 'Chậm nhất', 'Đơn vị chủ trì', 'Nội dung'].join('\t'));
  for (const t of x.tasks) lines.push([t.deadline, t.latest ?? '', t.owner ?? '', t.text].join('\t'));
  return lines.join('\n');
}

export async function runExtract(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { date: { type: 'string' }, json: { type: 'boolean', default: false } } });
  } catch (e) {
    console.error(`haidang extract: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const date = parsed.values.date;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(date)) {
    console.error(say({ vi: `haidang extract: --date là ngày YYYY-MM-DD, không phải "${date}"`, en: `haidang extract: --date must be YYYY-MM-DD, got "${date}"` }));
    return 2;
  }
  const doc = await readDocument(file);
  if ('error' in doc) {
    console.error(say(doc.error));
    return 2;
  }
  const result = extract(doc.text, date ? { documentDate: date } : {});
  await writeOut(parsed.values.json ? JSON.stringify(result, null, 2) + '\n' : table(result) + '\n');
  return 0;
}
