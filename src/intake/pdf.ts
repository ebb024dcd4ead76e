// The text of a PDF: its text layer read with PDF.js (through unpdf, the build made for servers),
// lines joined back into paragraphs (pdf-lines.ts). A scan has no text layer: it is refused with
// a clear word rather than read as an empty document.
import { AppError } from '../domain/errors.ts';
import { paragraphsOf, type PdfLine } from './pdf-lines.ts';

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
    const paragraphs: string[] = [];
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
      paragraphs.push(...paragraphsOf(lines));
      page.cleanup();
    }
    const text = paragraphs.join('\n').normalize('NFC');
    if (text.replace(/\s/g, '').length < 20) {
      throw new AppError('unsupported', {
        vi: 'tệp: PDF không có lớp chữ (bản quét, chỉ có hình ảnh); hãy dùng bản Word hoặc bản PDF xuất từ Word',
        en: 'file: the PDF has no text layer (a scan, images only); use the Word file or a PDF saved from Word',
      });
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}
