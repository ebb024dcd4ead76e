// A PDF has lines, not paragraphs: the words of one sentence are cut wherever the page ran out of
// width. The reader needs the sentences whole ("hoàn thành trước ngày" on one line, "30/9/2025" on the
// next is one time limit), so lines are joined back into paragraphs by how a page is laid out.

export interface PdfLine {
  text: string;
  /** Left and right edge of the line's text, in the page's units. */
  xStart: number;
  xEnd: number;
}

/** A line that opens an item of its own: "- ", "+ ", "• ", "a) ", "1. ", "2) ", "I. ", "Điều 3.". */
const ITEM_START = /^\s*(?:[-–+•*]\s|[a-zđ]\)\s|\d{1,2}[.)]\s|[IVXLC]{1,5}\.\s|Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+)/u;

/** The value below which a share q of the values lie, rounded outwards (a page of 3 lines keeps its widest). */
function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const at = q < 0.5 ? Math.floor(q * (s.length - 1)) : Math.ceil(q * (s.length - 1));
  return s[Math.min(s.length - 1, Math.max(0, at))] ?? 0;
}

/**
 * Joins a page's lines into paragraphs. A line runs on into the next when it reaches the right
 * margin (within 8% of the text's width) and the next line neither is indented nor opens an item; a
 * short line, or one ending a heading with ":" that is short, ends its paragraph.
 */
export function paragraphsOf(lines: readonly PdfLine[]): string[] {
  const real = lines.filter((l) => l.text.trim() !== '');
  if (real.length === 0) return [];
  const left = quantile(real.map((l) => l.xStart), 0.1);
  const right = quantile(real.map((l) => l.xEnd), 0.9); // a stray wide line (a page number far right) is ignored
  const width = Math.max(1, right - left);
  const reachesRight = (l: PdfLine) => l.xEnd >= right - 0.08 * width;
  const indented = (l: PdfLine) => l.xStart > left + 0.02 * width;
  const out: string[] = [];
  let current = '';
  real.forEach((line, i) => {
    const text = line.text.replace(/\s+/g, ' ').trim();
    current = current ? `${current} ${text}` : text;
    const next = real[i + 1];
    const runsOn = next !== undefined && reachesRight(line) && !indented(next) && !ITEM_START.test(next.text);
    if (!runsOn) {
      out.push(current);
      current = '';
    }
  });
  return out;
}
