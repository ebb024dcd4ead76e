// Reads a generated docx back for tests: its raw text (mammoth), its tables as rows of cell texts,
// and its raw parts (document.xml, media) for the page set-up.
import JSZip from 'jszip';
import mammoth from 'mammoth';

export interface ReadDocx {
  /** Paragraphs in order, whitespace collapsed. */
  paragraphs: string[];
  /** All text, paragraphs joined by newlines. */
  text: string;
  /** Every table, each a list of rows of cell texts. */
  tables: string[][][];
  documentXml: string;
  media: string[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const plain = (html: string): string =>
  html
    .replace(/<\/p>\s*<p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();

export async function readDocx(buffer: Buffer): Promise<ReadDocx> {
  const { value: raw } = await mammoth.extractRawText({ buffer });
  const paragraphs = raw.split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
  const { value: html } = await mammoth.convertToHtml({ buffer });
  // The writers never nest tables, so a lazy match finds each one whole.
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => plain(c[1]!))),
  );
  const zip = await JSZip.loadAsync(buffer);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
  return { paragraphs, text: paragraphs.join('\n'), tables, documentXml, media };
}

/** The table whose first row starts with these header cells. */
export function tableByHeader(tables: string[][][], ...header: string[]): string[][] {
  const found = tables.find((t) => header.every((h, i) => t[0]?.[i] === h));
  if (!found) throw new Error(`no table with header ${header.join(' | ')}; headers: ${tables.map((t) => t[0]?.join(' | ')).join(' / ')}`);
  return found;
}
