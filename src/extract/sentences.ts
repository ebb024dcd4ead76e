// Splits normalised text into paragraphs (lines) and sentences, with offsets; marks heading lines.

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  para: number;
  /** First sentence of its paragraph. */
  first: boolean;
  /** The paragraph looks like a heading: numbered section title or a short line without a full stop. */
  heading: boolean;
}

// Abbreviations whose dot does not end a sentence ("TP. Hải Phòng", "PGS. TS.").
const ABBREVIATION = /(?<![\p{L}\p{N}])(?:TP|Tp|tp|TS|ThS|PGS|GS|BS|Th\.S|St|Mr|Mrs|Dr|v\.v|đ\/c|Đ\/c|Q|P|TT)$/u;

// Example: "2.3. Các chỉ tiêu chủ yếu", "IV. KẾT QUẢ ĐẠI HỘI", "a) Các chỉ tiêu", "* Kết quả đạt được"
const NUMBERED_HEADING = /^\s*(?:[IVXL]{1,5}\.|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\)|\*|-)\s+\S/u;

function isHeading(line: string): boolean {
  const t = line.trim();
  // A list item ending with a full stop is prose ("- Giao Sở Xây dựng … trong tháng 9/2025.").
  return t.length > 0 && t.length <= 160 && !/[.!?…;]["”»)]*$/u.test(t);
}

/** A numbered line ("2.3. Các chỉ tiêu chủ yếu", "a) …", "- …"), heading or list item. */
export function isNumbered(line: string): boolean {
  return NUMBERED_HEADING.test(line);
}

// A sentence ends at . ! ? … followed by space (or the end), unless the dot belongs to an abbreviation.
// Example: "đạt 11,28%. Thu ngân sách…" splits after "%."; "1.845" never splits (no space after the dot).
// The lookbehind starts a match only at the first mark of a run, which keeps the scan linear.
const END = /(?<![.!?…])[.!?…]+["”»)]*(?=\s|$)/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length > 0) {
      const heading = isHeading(line);
      let s = lineStart;
      let first = true;
      END.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = END.exec(line)) !== null) {
        const stop = lineStart + m.index + m[0].length;
        const before = text.slice(Math.max(s, lineStart + m.index - 8), lineStart + m.index);
        if (m[0] === '.' && ABBREVIATION.test(before)) continue;
        // A section number such as "2.3." at the start of a line is not a sentence of its own.
        if (first && /^\s*(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3}|\(\d{1,2}\))\.$/u.test(text.slice(s, stop))) continue;
        push(out, text, s, stop, para, first, heading);
        first = false;
        s = stop;
      }
      push(out, text, s, lineEnd, para, first, heading);
      para++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, para: number, first: boolean, heading: boolean): void {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end, para, first, heading });
}
