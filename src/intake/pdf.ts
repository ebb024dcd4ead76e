// The text of a PDF: its text layer read with PDF.js (through unpdf, the build made for servers),
// lines joined back into paragraphs (pdf-lines.ts). A scanned page has no text layer: it is read by OCR
// (ocr.ts) where Tesseract is installed, and the upload is refused saying so where it is not.
import { AppError } from '../domain/errors.ts';
import { paragraphsOf, type PdfLine } from './pdf-lines.ts';
import { ocrPages } from './ocr.ts';

// Fewer visible characters than this on a page, and the page is an image: a page number or a stamp is no text layer.
const MIN_CHARS = 20;

function visibleLength(s: string): number {
  return s.replace(/\s/gu, '').length;
}

/** The pages (1-based) whose text layer holds next to nothing: scanned pages, to be read by OCR. */
export function pagesWithoutText(pages: string[][]): number[] {
  return pages.flatMap((p, i) => (visibleLength(p.join('')) < MIN_CHARS ? [i + 1] : []));
}

/** A conference report is tens of pages; a thousand pages is not a document to read into proposals. */
export const MAX_PDF_PAGES = 1000;

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js takes the buffer over, and the caller may still need its bytes.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  } catch {
    throw new AppError('invalid', { vi: 'tệp: không đọc được tệp PDF (hỏng hoặc có mật khẩu)', en: 'file: the PDF cannot be read (damaged or password-protected)' });
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new AppError('too_large', { vi: `tệp: PDF có ${pdf.numPages} trang, quá giới hạn ${MAX_PDF_PAGES} trang`, en: `file: the PDF has ${pdf.numPages} pages, more than ${MAX_PDF_PAGES}` });
    }
    // Each page's paragraphs; a page without a text layer (a scanned page) is read by OCR afterwards.
    const pages: string[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const lines: PdfLine[] = [];
      let line: PdfLine | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const x = item.transform[4] as number;
        line ??= { text: '', xStart: x, xEnd: x };
        line.text += item.str;
        line.xEnd = Math.max(line.xEnd, x + item.width);
        if (item.hasEOL) {
          lines.push(line);
          line = null;
        }
      }
      if (line) lines.push(line);
      pages.push(paragraphsOf(lines));
      page.cleanup();
    }
    const scanned = pagesWithoutText(pages);
    if (scanned.length > 0) {
      // A blank page in a document with a text layer is no scan: without OCR it is only left out.
      const someText = scanned.length < pages.length;
      const read = await ocrPages(bytes, scanned).catch((err: unknown) => {
        if (someText && err instanceof AppError && err.code === 'unsupported') return new Map<number, string>();
        throw err;
      });
      for (const [n, text] of read) pages[n - 1] = text ? text.split('\n') : [];
    }
    const text = pages.flat().join('\n').normalize('NFC');
    if (visibleLength(text) < MIN_CHARS) {
      throw new AppError('unsupported', {
        vi: 'tệp: PDF không có lớp chữ (bản quét, chỉ có hình ảnh) và phần nhận dạng chữ không đọc được chữ nào; hãy dùng bản Word hoặc bản PDF xuất từ Word',
        en: 'file: the PDF has no text layer (a scan, images only) and text recognition read nothing from it; use the Word file or a PDF saved from Word',
      });
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}
