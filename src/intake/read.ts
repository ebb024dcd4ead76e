// The text of an uploaded document, whatever the name says: the format is sniffed from its bytes.
import { AppError } from '../domain/errors.ts';
import { checkZip, verifyZip } from './zip-check.ts';
import { pdfText } from './pdf.ts';

/** The most text a document may hold: what a stored document accepts (DocumentCreate.text). */
export const MAX_DOCUMENT_CHARS = 2_000_000;

export type DocumentFormat = 'txt' | 'html' | 'docx' | 'pdf';

export function sniffFormat(bytes: Uint8Array): DocumentFormat | 'binary' {
  const head = Buffer.from(bytes.subarray(0, 512));
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'pdf';
  // A .docx is a zip (PK\x03\x04) holding word/document.xml.
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return Buffer.from(bytes).includes('word/') ? 'docx' : 'binary';
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
  } catch {
    // A cut in the middle of a multi-byte character at the 64 KB mark is still text.
    if (bytes.length <= 64 * 1024) return 'binary';
    text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024 - 4));
  }
  if (text.includes('\u0000')) return 'binary';
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/iu.test(text) ? 'html' : 'txt';
}

export async function documentText(bytes: Uint8Array, opts: { maxChars?: number } = {}): Promise<{ format: DocumentFormat; text: string }> {
  const r = await readText(bytes);
  const max = opts.maxChars ?? MAX_DOCUMENT_CHARS;
  // What comes back is capped too: a small file may still unpack to more text than a document may hold.
  if (r.text.length > max) throw new AppError('too_large', `file: văn bản dài ${r.text.length} ký tự, quá giới hạn ${max} ký tự`);
  return r;
}

async function readText(bytes: Uint8Array): Promise<{ format: DocumentFormat; text: string }> {
  const format = sniffFormat(bytes);
  if (format === 'binary') throw new AppError('unsupported', { vi: 'tệp: không phải văn bản, HTML, Word (.docx) hay PDF', en: 'file: not a text, HTML, Word (.docx) or PDF document' });
  if (format === 'pdf') return { format, text: await pdfText(bytes) };
  if (format === 'docx') {
    // The archive is measured before mammoth unpacks it (see zip-check.ts).
    verifyZip(bytes, checkZip(bytes));
    const mammoth = await import('mammoth');
    try {
      const r = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return { format, text: r.value.normalize('NFC') };
    } catch {
      throw new AppError('invalid', { vi: 'tệp: không đọc được văn bản Word', en: 'file: the Word document cannot be read' });
    }
  }
  const raw = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/u, '');
  if (format === 'html') {
    const { convert } = await import('html-to-text');
    return { format, text: convert(raw, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] }) };
  }
  return { format, text: raw };
}
